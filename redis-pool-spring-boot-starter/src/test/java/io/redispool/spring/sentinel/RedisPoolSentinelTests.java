package io.redispool.spring.sentinel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusNamingConvention;
import io.redispool.RedisClient;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.autoconfigure.health.RedisPoolHealthContributorAutoConfiguration;
import io.redispool.spring.autoconfigure.metrics.RedisPoolMetricsAutoConfiguration;
import io.redispool.spring.health.RedisPoolHealthIndicator;
import io.redispool.testing.RedisSentinelExtension;
import io.redispool.launcher.RedisServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter against a real Sentinel set-up: the {@code redis.pool.sentinel.*}
 * properties, the health's {@code sentinel} detail and the failover meter, through one
 * SENTINEL FAILOVER.
 */
class RedisPoolSentinelTests {

    private static final String DATA_PASSWORD = "data-S3cret";

    private static final String SENTINEL_PASSWORD = "sentinel-S3cret";

    @RegisterExtension
    static final RedisSentinelExtension sentinel = RedisSentinelExtension
        .create((builder) -> builder.password(DATA_PASSWORD).sentinelPassword(SENTINEL_PASSWORD));

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RedisPoolAutoConfiguration.class,
                RedisPoolHealthContributorAutoConfiguration.class, RedisPoolMetricsAutoConfiguration.class,
                MetricsAutoConfiguration.class))
        .withBean(SimpleMeterRegistry.class)
        .withPropertyValues("redis.pool.sentinel.master=" + sentinel.setup().masterName(),
                "redis.pool.sentinel.nodes=" + String.join(",", sentinel.setup().sentinelAddresses()),
                "redis.pool.sentinel.password=" + SENTINEL_PASSWORD, "redis.pool.password=" + DATA_PASSWORD);

    @Test
    void propertiesConnectThroughTheSentinelsAndHealthAndMeterFollowAFailover() {
        this.runner.run((context) -> {
            RedisClient client = context.getBean(RedisClient.class);
            client.commands().set("greeting", "hello");
            RedisServer master = sentinel.setup().master();
            assertThat(client.sentinel().orElseThrow().currentMaster().orElseThrow().port()).isEqualTo(master.port());
            Health health = context.getBean(RedisPoolHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("sentinel",
                    Map.of("name", "mymaster", "master", "127.0.0.1:" + master.port(), "failoversFollowed", 0L));
            FunctionCounter failovers = context.getBean(MeterRegistry.class)
                .get("redis.pool.sentinel.failovers")
                .tag("pool", "redisClient")
                .functionCounter();
            assertThat(failovers.count()).isZero();

            RedisServer promoted = sentinel.setup().failover();
            await().atMost(Duration.ofSeconds(15))
                .until(() -> client.sentinel().orElseThrow().failoversFollowed() == 1);
            client.commands().set("after", "failover");
            assertThat(failovers.count()).isEqualTo(1);
            Health after = context.getBean(RedisPoolHealthIndicator.class).health();
            assertThat(after.getStatus()).isEqualTo(Status.UP);
            assertThat(after.getDetails()).containsEntry("sentinel",
                    Map.of("name", "mymaster", "master", "127.0.0.1:" + promoted.port(), "failoversFollowed", 1L));
            assertThat(after.toString()).doesNotContain(SENTINEL_PASSWORD).doesNotContain(DATA_PASSWORD);
        });
    }

    @Test
    void clientOfOneServerHasNoSentinelMeterOrDetail() {
        RedisServer master = sentinel.setup().master();
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RedisPoolAutoConfiguration.class,
                    RedisPoolHealthContributorAutoConfiguration.class, RedisPoolMetricsAutoConfiguration.class,
                    MetricsAutoConfiguration.class))
            .withBean(SimpleMeterRegistry.class)
            .withPropertyValues("redis.pool.port=" + master.port(), "redis.pool.host=" + master.host(),
                    "redis.pool.password=" + DATA_PASSWORD)
            .run((context) -> {
                assertThat(context.getBean(MeterRegistry.class).find("redis.pool.sentinel.failovers").meters())
                    .isEmpty();
                assertThat(context.getBean(RedisPoolHealthIndicator.class).health().getDetails())
                    .doesNotContainKey("sentinel");
            });
    }

    @Test
    void masterWithoutNodesFailsStartupNamingBothProperties() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RedisPoolAutoConfiguration.class))
            .withPropertyValues("redis.pool.sentinel.master=mymaster")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("redis.pool.sentinel.nodes")
                .hasStackTraceContaining("redis.pool.sentinel.master"));
    }

    @Test
    void replicaReadsShowTheReplicasInHealthAndMeters() {
        sentinel.setup().awaitReplicas();
        RedisServer replica = sentinel.setup().replicas().get(0);
        String address = "127.0.0.1:" + replica.port();
        this.runner.withPropertyValues("redis.pool.sentinel.read-from=replica-preferred").run((context) -> {
            RedisClient client = context.getBean(RedisClient.class);
            await().atMost(Duration.ofSeconds(15))
                .until(() -> client.sentinel().orElseThrow().replicaPools().containsKey(address));
            client.commands().set("greeting", "hello");
            client.execute("WAIT", "1", "5000");
            assertThat(client.commands().get("greeting")).isEqualTo("hello");
            Health health = context.getBean(RedisPoolHealthIndicator.class).health();
            assertThat(health.getDetails().get("sentinel")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("replicas", List.of(address));
            Gauge connections = context.getBean(MeterRegistry.class)
                .get(SentinelMeters.REPLICA_CONNECTIONS.getName())
                .tag("pool", "redisClient")
                .tag("replica", address)
                .gauge();
            assertThat(connections.value()).as("connections open to the replica after a GET").isEqualTo(1.0);
            assertThat(context.getBean(MeterRegistry.class)
                .get("redis.pool.commands")
                .tag("pool", "redisClient")
                .tag("command", "GET")
                .tag("outcome", "success")
                .timer()
                .count()).as("GETs on the replica in the client's command timer").isEqualTo(1);
        });
    }

    @Test
    void replicaReadsWithoutAMasterFailStartupNamingBothProperties() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RedisPoolAutoConfiguration.class))
            .withPropertyValues("redis.pool.sentinel.read-from=replica-preferred")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("redis.pool.sentinel.read-from")
                .hasStackTraceContaining("redis.pool.sentinel.master"));
    }

    @Test
    void docsListTheFailoverMeter() throws Exception {
        String metrics = Files.readString(Path.of("..", "docs", "metrics.md"));
        SentinelMeters meter = SentinelMeters.FAILOVERS;
        assertThat(metrics).contains("| `" + meter.getName() + "` | counter | " + meter.getBaseUnit()
                + " | `pool` | `redis_pool_sentinel_failovers_total` | " + meter.getDescription() + " |");
    }

    @Test
    void docsListTheReplicaGauges() throws Exception {
        String metrics = Files.readString(Path.of("..", "docs", "metrics.md"));
        PrometheusNamingConvention prometheus = new PrometheusNamingConvention();
        List<SentinelMeters> gauges = Stream.of(SentinelMeters.values())
            .filter((meter) -> meter.getType() == Meter.Type.GAUGE)
            .toList();
        assertThat(gauges).hasSize(3);
        for (SentinelMeters meter : gauges) {
            String tags = Stream.of(meter.getKeyNames())
                .map((key) -> "`" + key.asString() + "`")
                .collect(Collectors.joining(", "));
            assertThat(metrics).contains("| `" + meter.getName() + "` | gauge | " + meter.getBaseUnit() + " | " + tags
                    + " | `" + prometheus.name(meter.getName(), meter.getType(), meter.getBaseUnit()) + "` | "
                    + meter.getDescription() + " |");
        }
    }

}
