package io.redispool.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoadGeneratorTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    @Test
    void withMaxWaitZeroSaturationShowsAsRefusals() {
        try (RedisClient client = client(2, Duration.ZERO)) {
            LoadReport report = new LoadGenerator(new PageViews(client), client).run(16, Duration.ofSeconds(1));
            assertThat(report.operations()).isPositive();
            assertThat(report.refusals()).isPositive();
            assertThat(report.errorsByType()).containsEntry("TooManyConnectionsException", report.refusals());
            assertThat(report.errors()).isEqualTo(report.refusals());
            assertThat(report.pool().peakInUse()).isEqualTo(2);
            assertThat(report.pool().peakPending()).isZero();
            assertThat(report.pool().maxWait()).isEqualTo("0ms");
            assertThat(client.pool().stats().tooManyConnections()).isEqualTo(report.refusals());
        }
    }

    @Test
    void withMaxWaitSaturationShowsAsPendingCallersAndNothingFails() {
        try (RedisClient client = client(2, Duration.ofSeconds(5))) {
            LoadReport report = new LoadGenerator(new PageViews(client), client).run(16, Duration.ofSeconds(1));
            assertThat(report.errors()).isZero();
            assertThat(report.refusals()).isZero();
            assertThat(report.pool().peakInUse()).isEqualTo(2);
            assertThat(report.pool().peakPending()).isPositive();
            assertThat(report.latencyMillis().p50()).isPositive().isLessThanOrEqualTo(report.latencyMillis().p99());
            assertThat(report.latencyMillis().p99()).isLessThanOrEqualTo(report.latencyMillis().max());
            assertThat(report.operationsPerSecond()).isPositive();
        }
    }

    @Test
    void summaryNamesTheFiguresThatShowSaturation() {
        try (RedisClient client = client(2, Duration.ZERO)) {
            String summary = new LoadGenerator(new PageViews(client), client).run(4, Duration.ofSeconds(1)).summary();
            assertThat(summary).contains("Load run: 4 threads for 1.")
                .contains("latency per operation: p50 ")
                .contains("pool redis-pool: max-connections 2, max-wait 0ms; peak in use ")
                .contains("refusals (Too many connections) ");
        }
    }

    @Test
    void secondRunWhileOneRunsIsRefused() throws Exception {
        try (RedisClient client = client(2, Duration.ZERO)) {
            LoadGenerator generator = new LoadGenerator(new PageViews(client), client);
            CompletableFuture<LoadReport> first = CompletableFuture
                .supplyAsync(() -> generator.run(2, Duration.ofSeconds(2)));
            Thread.sleep(300);
            assertThatExceptionOfType(LoadGenerator.LoadAlreadyRunningException.class)
                .isThrownBy(() -> generator.run(2, Duration.ofSeconds(1)));
            assertThat(first.get(10, TimeUnit.SECONDS).operations()).isPositive();
        }
    }

    @Test
    void threadsAndDurationAreBounded() {
        try (RedisClient client = client(2, Duration.ZERO)) {
            LoadGenerator generator = new LoadGenerator(new PageViews(client), client);
            assertThatIllegalArgumentException().isThrownBy(() -> generator.run(257, Duration.ofSeconds(1)))
                .withMessage("'threads' must be between 1 and 256 but was 257");
            assertThatIllegalArgumentException().isThrownBy(() -> generator.run(1, Duration.ofSeconds(61)))
                .withMessage("'seconds' must be between 1 and 60 but was 61.0");
        }
    }

    private static RedisClient client(int maxConnections, Duration maxWait) {
        return RedisClient.create(RedisClientConfig.builder()
            .url(redis.server().url())
            .maxConnections(maxConnections)
            .maxWait(maxWait)
            .build());
    }

}
