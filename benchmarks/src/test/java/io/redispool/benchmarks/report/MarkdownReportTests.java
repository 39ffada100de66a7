package io.redispool.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.benchmarks.JmhSuite.JmhResult;
import io.redispool.benchmarks.load.Measurement;
import io.redispool.benchmarks.load.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTests {

    private static final Workload GET_8 = new Workload("GET", 3, 8, 1);

    private static final Workload GET_1 = new Workload("GET", 3, 1, 1);

    private static Measurement ops(String client, Workload workload, int round, double opsPerSecond, double p99) {
        return new Measurement(client, workload, round, (workload.threads() == 1) ? 1 : 2, opsPerSecond, 50, p99,
                Double.NaN, "");
    }

    @Test
    void ratiosUseTheMedianOfRoundsAndJudgeTheTargets() {
        List<Measurement> load = List.of(ops("redis-benchmark", GET_8, 1, 100_000, 200),
                ops("redis-pool", GET_8, 1, 90_000, 300), ops("jedis", GET_8, 1, 80_000, 400),
                ops("redis-benchmark", GET_8, 2, 100_000, 200), ops("redis-pool", GET_8, 2, 94_000, 300),
                ops("jedis", GET_8, 2, 80_000, 400), ops("redis-pool", GET_1, 1, 30_000, 50),
                ops("jedis", GET_1, 1, 31_000, 40));
        List<JmhResult> jmh = List.of(new JmhResult("PoolBenchmark.threads01", "pool=redis-pool", 1, 30, 1, "ns/op", 0),
                new JmhResult("PoolBenchmark.threads01", "pool=commons-pool2", 1, 400, 1, "ns/op", 0));

        String report = new MarkdownReport(load, jmh, "2 cores").render();

        assertThat(report).contains("| GET 3 B, 8 threads | 100.0k | 92.0k (0.92) | 80.0k (0.80) | 1.15 |",
                "| GET 3 B, 1 thread (1 core) |");
        assertThat(report).contains("| Throughput >= 1.1x Jedis at 8 and 64 threads | met | lowest 1.15");
        assertThat(report).contains("| Throughput >= 0.9x redis-benchmark at 8 and 64 threads | met | lowest 0.92");
        assertThat(report).contains("| Throughput >= Jedis at 1 thread | **missed** | lowest 0.97");
        assertThat(report).contains("| p99 no worse than Jedis anywhere | **missed** | worse in 1 of 2");
        assertThat(report).contains("| Pool borrow + release <= 40 ns uncontended | met | 30.0 ns");
        assertThat(report).contains("| Pipelined throughput >= 1.2x Jedis's pipeline | not measured |");
    }

    @Test
    void failedRoundsAreShownWithTheirError() {
        List<Measurement> load = List.of(ops("redis-pool", GET_8, 1, 90_000, 300),
                Measurement.failed("jedis", GET_8, 1, 2, new IllegalStateException("Unexpected reply | null")));

        String report = new MarkdownReport(load, List.of(), "").render();

        assertThat(report).contains("failed: Unexpected reply / null");
    }

}
