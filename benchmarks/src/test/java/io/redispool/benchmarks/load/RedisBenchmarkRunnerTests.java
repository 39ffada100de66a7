package io.redispool.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class RedisBenchmarkRunnerTests {

    private static final String OUTPUT = """
            "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
            "SET","677966.12","0.151","0.032","0.151","0.215","0.303","4.199"
            "GET","54704.60","0.096","0.024","0.095","0.143","0.231","1.263"
            """;

    @Test
    void csvLineOfTheCommandGivesRateAndLatenciesInMicroseconds() {
        Workload workload = new Workload("GET", 3, 8, 1);

        Measurement measurement = RedisBenchmarkRunner.parse(OUTPUT, workload, 2, 2);

        assertThat(measurement)
            .isEqualTo(new Measurement("redis-benchmark", workload, 2, 2, 54704.60, 95.0, 231.0, Double.NaN, ""));
    }

    @Test
    void outputWithoutTheCommandsLineIsRefusedWithTheOutput() {
        assertThatIllegalStateException()
            .isThrownBy(() -> RedisBenchmarkRunner.parse("Could not connect", new Workload("GET", 3, 1, 1), 1, 2))
            .withMessageContaining("Could not connect");
    }

    @Test
    void measurementSurvivesItsLineFormat() {
        Measurement measurement = new Measurement("jedis", new Workload("SET", 100, 64, 1), 1, 2, 81300.0, 93.5, 1200.0,
                11.25, "");

        assertThat(Measurement.parse(measurement.toLine())).isEqualTo(measurement);
    }

}
