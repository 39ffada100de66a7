package io.redispool.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.benchmarks.JmhSuite.JmhResult;
import io.redispool.testing.RedisServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every JMH benchmark for 100 ms in this JVM, so that none rots; the figures mean nothing.
 */
class JmhSuiteTests {

    private static RedisServer redis;

    @BeforeAll
    static void startServer() {
        redis = RedisServer.builder().start();
    }

    @AfterAll
    static void stopServer() {
        redis.close();
    }

    @Test
    void everyBenchmarkRunsQuicklyInProcessAndYieldsATimeAndAnAllocation() throws Exception {
        List<JmhResult> results = JmhSuite.run(true, "io\\.redispool\\.benchmarks\\..*", redis.host(), redis.port());

        assertThat(results).extracting(JmhResult::benchmark).contains("PoolBenchmark.threads01",
                "PoolBenchmark.threads02", "PoolBenchmark.threads04", "PoolBenchmark.threads16",
                "RespBenchmark.encodeSet", "RespBenchmark.buildAndEncodeSet", "RespBenchmark.parseSimpleString",
                "RespBenchmark.parseBulk100", "RespBenchmark.parseBulk16k", "RespBenchmark.parseArray100",
                "ClientGetBenchmark.get");
        assertThat(results).hasSize(4 * 3 + 6 + 3);
        assertThat(results).allSatisfy((result) -> {
            assertThat(result.score()).isPositive();
            assertThat(result.allocatedBytes()).isNotNaN();
        });
        assertThat(results).filteredOn((result) -> result.benchmark().equals("ClientGetBenchmark.get"))
                .extracting((result) -> result.param("client")).containsExactlyInAnyOrder("redis-pool", "jedis",
                        "lettuce");
    }

    @Test
    void resultSurvivesItsLineFormat() {
        JmhResult result = new JmhResult("PoolBenchmark.threads04", "pool=redis-pool", 4, 31.25, 1.5, "ns/op", 0.0);

        JmhResult read = JmhResult.parse(result.toLine());

        assertThat(read).isEqualTo(result);
        assertThat(read.param("pool")).isEqualTo("redis-pool");
        assertThat(read.param("client")).isEmpty();
    }
}
