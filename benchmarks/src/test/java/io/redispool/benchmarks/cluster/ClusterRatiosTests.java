package io.redispool.benchmarks.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.benchmarks.JmhSuite.JmhResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ratio table: other clients' times over redis-pool's, round by round.
 */
class ClusterRatiosTests {

    @Test
    void eachRoundIsComparedWithinItselfAndTheMedianLeads() {
        List<List<JmhResult>> rounds = List.of(
                List.of(result("redis-pool", 100), result("jedis", 150), result("lettuce", 50)),
                List.of(result("redis-pool", 200), result("jedis", 200), result("lettuce", 100)),
                List.of(result("redis-pool", 100), result("jedis", 300), result("lettuce", 60)));

        String table = ClusterRatios.table(rounds);

        assertThat(table).contains("| Benchmark | redis-pool µs (median) | redis-pool / jedis | redis-pool / lettuce |")
            .contains("| ClusterPipelineBenchmark.get depth=16 | 100.0 | **1.50** (1.50, 1.00, 3.00) |"
                    + " **0.50** (0.50, 0.50, 0.60) |");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(ClusterRatios.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    private static JmhResult result(String client, double micros) {
        return new JmhResult("ClusterPipelineBenchmark.get", "client=" + client + ";depth=16", 1, micros, 1, "us/op",
                0);
    }

}
