package io.redispool.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.redispool.benchmarks.CommandLineOptions;
import io.redispool.testing.RedisClusterExtension;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs every cluster client of the load generator briefly against a local 3-master
 * cluster, so that none rots; the figures mean nothing.
 */
class ClusterLoadGeneratorTests {

    @RegisterExtension
    static final RedisClusterExtension redis = RedisClusterExtension.create((builder) -> builder.masters(3));

    @Test
    void everyClusterClientCompletesGetsAndPipelinedSetsWithTheRepliesChecked() {
        List<Workload> workloads = List.of(new Workload("GET", 100, 2, 1), new Workload("SET", 3, 2, 16));
        LoadPlan plan = new LoadPlan("127.0.0.1", 0, workloads, LoadPlan.CLUSTER_CLIENTS, Duration.ofMillis(100),
                Duration.ofMillis(300), 1, "redis-benchmark", redis.cluster().nodeAddresses());

        List<Measurement> measurements = new LoadGenerator(plan,
                new PrintStream(System.out, true, StandardCharsets.UTF_8))
            .run((measurement) -> {
            });

        assertThat(measurements).hasSize(workloads.size() * LoadPlan.CLUSTER_CLIENTS.size())
            .allSatisfy((measurement) -> {
                assertThat(measurement.error()).isEmpty();
                assertThat(measurement.opsPerSecond()).isPositive();
            });
        assertThat(measurements).extracting(Measurement::client)
            .containsOnly("redis-pool", "jedis", "jedis-executor", "lettuce");
    }

    @Test
    void planWithClusterNodesDefaultsToTheClusterClientsAndRefusesRedisBenchmark() {
        LoadPlan plan = LoadPlan.from(CommandLineOptions.parse("--cluster-nodes", "127.0.0.1:7000,127.0.0.1:7001"));

        assertThat(plan.cluster()).isTrue();
        assertThat(plan.clusterNodes()).containsExactly("127.0.0.1:7000", "127.0.0.1:7001");
        assertThat(plan.clients()).isEqualTo(LoadPlan.CLUSTER_CLIENTS);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> LoadPlan
                .from(CommandLineOptions.parse("--cluster-nodes", "127.0.0.1:7000", "--clients", "redis-benchmark")))
            .withMessageContaining("with 'cluster-nodes'");
    }

}
