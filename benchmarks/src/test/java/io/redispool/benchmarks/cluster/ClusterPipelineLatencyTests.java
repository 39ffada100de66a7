package io.redispool.benchmarks.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.testing.FaultProxy;
import io.redispool.testing.RedisCluster;
import io.redispool.testing.RedisClusterExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the latency measurement briefly, so that it cannot rot, and shows that its
 * pipelines really cross the delaying proxies.
 */
class ClusterPipelineLatencyTests {

    @RegisterExtension
    static final RedisClusterExtension redis = RedisClusterExtension.create((builder) -> builder.masters(3));

    @Test
    void pipelinesGoThroughTheDelayingProxiesAndEveryReplyIsChecked() throws InterruptedException {
        RedisCluster cluster = redis.cluster();
        Duration delay = Duration.ofMillis(5);
        List<FaultProxy> proxies = ClusterPipelineLatency.announceProxies(cluster, delay);
        try {
            ClusterPipelineLatency.Timing timing = ClusterPipelineLatency.measure("redis-pool",
                    "127.0.0.1:" + proxies.get(0).port(), 16, 10);
            // At least one round trip through a proxy: its delay each way.
            assertThat(timing.medianNanos()).isGreaterThanOrEqualTo(2 * delay.toNanos());
            assertThat(proxies).allSatisfy((proxy) -> assertThat(proxy.connectionsAccepted()).isPositive());
            assertThat(timing.line(delay)).startsWith("redis-pool, 16 GETs over 3 masters, 5 ms each way: median");
        }
        finally {
            proxies.forEach(FaultProxy::close);
            for (var master : cluster.masters()) {
                RedisCluster.call(master, "CONFIG", "SET", "cluster-announce-port", "0");
            }
        }
    }

}
