package io.redispool.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.testing.RedisServerExtension;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs every client of the load generator for half a second against a real server, so
 * that none rots; the figures mean nothing.
 */
class LoadGeneratorTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    @Test
    void everyClientCompletesGetsSetsAndPipelinesWithTheRepliesChecked() {
        List<Workload> workloads = List.of(new Workload("GET", 100, 2, 1), new Workload("SET", 3, 2, 16));
        LoadPlan plan = new LoadPlan(redis.server().host(), redis.server().port(), workloads, LoadPlan.ALL_CLIENTS,
                Duration.ofMillis(200), Duration.ofMillis(500), 1, "redis-benchmark", List.of());
        List<Measurement> streamed = new ArrayList<>();

        List<Measurement> measurements = new LoadGenerator(plan,
                new PrintStream(System.out, true, StandardCharsets.UTF_8))
            .run(streamed::add);

        assertThat(streamed).isEqualTo(measurements);
        assertThat(measurements).allSatisfy((measurement) -> {
            assertThat(measurement.error()).isEmpty();
            assertThat(measurement.opsPerSecond()).isPositive();
            assertThat(measurement.p99Micros()).isGreaterThanOrEqualTo(measurement.p50Micros()).isPositive();
        });
        assertThat(measurements).filteredOn((measurement) -> !measurement.client().equals("redis-benchmark"))
            .allSatisfy((measurement) -> assertThat(measurement.cpuMicrosPerOp()).isPositive());
        assertThat(measurements).extracting(Measurement::client)
            .contains("redis-pool", "redis-pool+metrics", "jedis", "lettuce");
        assertThat(measurements).extracting(Measurement::workload).containsOnly(workloads.toArray(Workload[]::new));
    }

    @Test
    void planFromOptionsCoversPlainRowsThenPipelinedRows() {
        LoadPlan plan = LoadPlan.from(io.redispool.benchmarks.CommandLineOptions.parse("--threads", "1,8", "--sizes",
                "3", "--pipelines", "16", "--pipeline-threads", "4", "--warmup", "500ms"));

        assertThat(plan.workloads()).containsExactly(new Workload("GET", 3, 1, 1), new Workload("SET", 3, 1, 1),
                new Workload("GET", 3, 8, 1), new Workload("SET", 3, 8, 1), new Workload("GET", 3, 4, 16),
                new Workload("SET", 3, 4, 16));
        assertThat(plan.warmup()).isEqualTo(Duration.ofMillis(500));
        assertThat(plan.clients()).isEqualTo(LoadPlan.ALL_CLIENTS);
    }

    @Test
    void aKeyspaceSpreadsEveryClientsCommandsOverKeysThatAllHoldTheValue() {
        KeySpace keys = KeySpace.of(50);
        List<Workload> workloads = List.of(new Workload("GET", 7, 2, 1, keys), new Workload("GET", 7, 2, 16, keys));
        LoadPlan plan = new LoadPlan(redis.server().host(), redis.server().port(), workloads,
                List.of("redis-pool", "jedis", "lettuce", "redis-pool-pipelined", "redis-benchmark"),
                Duration.ofMillis(100), Duration.ofMillis(300), 1, "redis-benchmark", List.of());

        List<Measurement> measurements = new LoadGenerator(plan,
                new PrintStream(System.out, true, StandardCharsets.UTF_8))
            .run((measurement) -> {
            });

        assertThat(measurements).isNotEmpty().allSatisfy((measurement) -> assertThat(measurement.error()).isEmpty());
        assertThat(keys.all()).hasSize(50).startsWith("key:000000000000").endsWith("key:000000000049");
        try (io.redispool.RedisClient client = io.redispool.RedisClient.create(redis.server().url())) {
            assertThat(client.commands().mget(keys.all())).allSatisfy((value) -> assertThat(value).hasSize(7));
        }
    }

    @Test
    void keyspaceOptionGivesEveryWorkloadItsKeys() {
        LoadPlan plan = LoadPlan.from(io.redispool.benchmarks.CommandLineOptions.parse("--threads", "8", "--sizes", "3",
                "--pipelines", "16", "--keyspace", "1000"));

        assertThat(plan.workloads()).allSatisfy((workload) -> assertThat(workload.keys().size()).isEqualTo(1000));
        assertThat(plan.workloads().get(0)).hasToString("GET 3B x8 threads over 1000 keys");
        assertThat(LoadPlan.from(io.redispool.benchmarks.CommandLineOptions.parse("--threads", "8"))
            .workloads()
            .get(0)
            .keys()).isSameAs(KeySpace.ONE_KEY);
    }

}
