package io.redispool.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.benchmarks.JmhSuite.JmhResult;
import io.redispool.testing.RedisServerExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs every JMH benchmark for 100 ms in this JVM, so that none rots; the figures mean
 * nothing.
 */
class JmhSuiteTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    @Test
    void everyBenchmarkRunsQuicklyInProcessAndYieldsATimeAndAnAllocation() throws Exception {
        List<JmhResult> results = JmhSuite.run(true, "io\\.redispool\\.benchmarks\\..*", redis.server().host(),
                redis.server().port());

        assertThat(results).extracting(JmhResult::benchmark)
            .contains("PoolBenchmark.threads01", "PoolBenchmark.threads02", "PoolBenchmark.threads04",
                    "PoolBenchmark.threads16", "RespBenchmark.encodeSet", "RespBenchmark.buildAndEncodeSet",
                    "RespBenchmark.parseSimpleString", "RespBenchmark.parseBulk100", "RespBenchmark.parseBulk16k",
                    "RespBenchmark.parseArray100", "ClientGetBenchmark.get");
        assertThat(results).hasSize(4 * 4 + 6 + 5);
        assertThat(results).allSatisfy((result) -> {
            assertThat(result.score()).isPositive();
            assertThat(result.allocatedBytes()).isNotNaN();
        });
        assertThat(results).filteredOn((result) -> result.benchmark().equals("ClientGetBenchmark.get"))
            .extracting((result) -> result.param("client"))
            .containsExactlyInAnyOrder("redis-pool", "jedis", "lettuce", "redis-pool-pipelined", "redis-pool-async");
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
