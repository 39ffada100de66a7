package io.redispool.spring.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redispool.InvalidSettingException;
import io.redispool.RedisClient;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.autoconfigure.health.RedisPoolHealthContributorAutoConfiguration;
import io.redispool.spring.autoconfigure.metrics.RedisPoolMetricsAutoConfiguration;
import io.redispool.spring.health.RedisPoolHealthIndicator;
import io.redispool.testing.RedisClusterExtension;
import io.redispool.launcher.RedisServer;
import io.redispool.pubsub.Subscriber;
import io.redispool.spring.autoconfigure.pubsub.RedisPubSubAutoConfiguration;
import io.redispool.spring.pubsub.RedisListenerContainer;
import io.redispool.spring.pubsub.RedisMessageListener;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class RedisClusterStarterTests {

    @RegisterExtension
    static final RedisClusterExtension extension = RedisClusterExtension.create((builder) -> builder.masters(3));

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RedisPoolAutoConfiguration.class,
                RedisPoolHealthContributorAutoConfiguration.class, RedisPoolMetricsAutoConfiguration.class,
                RedisClusterMetricsAutoConfiguration.class, MetricsAutoConfiguration.class))
        .withBean(SimpleMeterRegistry.class)
        .withPropertyValues("redis.pool.cluster.nodes=" + extension.cluster().nodeAddresses().get(0),
                "redis.pool.cluster.max-redirects=3", "redis.pool.cluster.topology-refresh-period=5s");

    @Test
    void clusterNodesMakeTheSameClientBeanRouteOverTheCluster() {
        this.runner.run((context) -> {
            RedisClient client = context.getBean(RedisClient.class);
            assertThat(client.config().cluster().maxRedirects()).isEqualTo(3);
            for (int i = 0; i < 100; i++) {
                client.commands().set("starter:" + i, Integer.toString(i));
            }
            for (RedisServer master : extension.cluster().masters()) {
                assertThat((Long) io.redispool.testing.RedisCluster.call(master, "DBSIZE")).isPositive();
            }
            assertThat(client.commands().mget(List.of("starter:1", "starter:99"))).containsExactly("1", "99");
        });
    }

    @Test
    void healthShowsTheClusterStateCoverageAndEachNodesPool() {
        this.runner.run((context) -> {
            RedisClient client = context.getBean(RedisClient.class);
            client.commands().set("health:a", "1");
            client.commands().set("health:b", "2");
            Health health = context.getBean(RedisPoolHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("clusterState", "ok")
                .containsEntry("slotsOk", 16384L)
                .containsEntry("slotsCovered", 16384)
                .containsEntry("masters", 3)
                .containsKey("nodes");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> nodes = (Map<String, Map<String, Object>>) health.getDetails()
                .get("nodes");
            assertThat(nodes).isNotEmpty();
            nodes.values().forEach((node) -> assertThat(node).containsEntry("max", 32).containsKey("inUse"));
        });
    }

    @Test
    void metersTagEachNodesPoolAndCountRefreshes() {
        this.runner.run((context) -> {
            RedisClient client = context.getBean(RedisClient.class);
            for (int i = 0; i < 30; i++) {
                client.commands().set("meter:" + i, "x");
            }
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            for (String node : client.cluster().get().nodePools().keySet()) {
                assertThat(registry.get("redis.pool.cluster.node.connections")
                    .tag("pool", "redisClient")
                    .tag("node", node)
                    .gauge()
                    .value()).isPositive();
            }
            assertThat(registry.get("redis.pool.cluster.slots.covered").gauge().value()).isEqualTo(16384);
            assertThat(registry.get("redis.pool.cluster.topology.refreshes")
                .tag("outcome", "success")
                .functionCounter()
                .count()).isPositive();
            assertThat(registry.get("redis.pool.cluster.redirects").tag("type", "moved").functionCounter().count())
                .isZero();
            assertThat(registry.get("redis.pool.connections").tag("pool", "redisClient").gauge().value())
                .isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void aListenerBeansShardChannelsOnEveryMasterDeliverOverTheCluster() {
        List<String> channels = List.of("cart:{1}", "cart:{2}", "cart:{3}", "cart:{4}");
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        RedisMessageListener listener = new RedisMessageListener() {

            @Override
            public Set<String> shardChannels() {
                return Set.copyOf(channels);
            }

            @Override
            public void message(String channel, String message) {
                received.add(channel + " " + message);
            }

        };
        this.runner.withConfiguration(AutoConfigurations.of(RedisPubSubAutoConfiguration.class))
            .withBean("carts", RedisMessageListener.class, () -> listener)
            .run((context) -> {
                Subscriber<String, String> subscriber = context.getBean(RedisListenerContainer.class)
                    .subscribers()
                    .get("carts");
                assertThat(subscriber.awaitSubscribed(Duration.ofSeconds(10))).isTrue();
                RedisClient client = context.getBean(RedisClient.class);
                Set<Integer> masters = new HashSet<>();
                for (String channel : channels) {
                    masters.add(extension.cluster().masterOf(extension.cluster().slotOf(channel)).port());
                    assertThat(client.commands().spublish(channel, "added")).as(channel).isEqualTo(1);
                }
                assertThat(masters).as("masters serving the channels").hasSizeGreaterThan(1);
                Set<String> heard = new HashSet<>();
                for (int i = 0; i < channels.size(); i++) {
                    heard.add(received.poll(10, TimeUnit.SECONDS));
                }
                assertThat(heard).containsExactlyInAnyOrderElementsOf(
                        channels.stream().map((channel) -> channel + " added").toList());
            });
    }

    @Test
    void badClusterPropertyFailsStartupNamingIt() {
        this.runner.withPropertyValues("redis.pool.cluster.max-redirects=-1")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("redis.pool.cluster.max-redirects")
                .rootCause()
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        (ex) -> assertThat(ex.setting()).isEqualTo("cluster.max-redirects")));
    }

}
