package io.redispool.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.redispool.RedisClient;
import io.redispool.testing.RedisServerExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimiterTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final SampleProperties.RateLimit THREE_PER_10S = new SampleProperties.RateLimit(3,
            Duration.ofSeconds(10));

    private static final Instant WINDOW_START = Instant.parse("2026-01-01T00:00:00Z");

    private RedisClient client;

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(redis.server().url());
        this.client.commands().flushdb();
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    @Test
    void allowsTheLimitThenRefusesUntilTheNextWindow() {
        RateLimiter limiter = limiterAt(WINDOW_START.plusSeconds(4));
        assertThat(limiter.tryAcquire("alice")).isEqualTo(decision(true, 2, 6));
        assertThat(limiter.tryAcquire("alice")).isEqualTo(decision(true, 1, 6));
        assertThat(limiter.tryAcquire("alice")).isEqualTo(decision(true, 0, 6));
        RateLimiter.Decision refused = limiter.tryAcquire("alice");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.resetSeconds()).isEqualTo(6);
        assertThat(limiterAt(WINDOW_START.plusSeconds(10)).tryAcquire("alice").allowed()).isTrue();
    }

    @Test
    void eachClientHasItsOwnCounter() {
        RateLimiter limiter = limiterAt(WINDOW_START);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("alice");
        }
        assertThat(limiter.tryAcquire("alice").allowed()).isFalse();
        assertThat(limiter.tryAcquire("bob").allowed()).isTrue();
    }

    @Test
    void counterExpiresOnItsOwn() {
        limiterAt(WINDOW_START).tryAcquire("alice");
        String key = "sample:rate:alice:" + WINDOW_START.toEpochMilli() / 10_000;
        assertThat(this.client.commands().get(key)).isEqualTo("1");
        assertThat(this.client.commands().ttl(key)).isBetween(1L, 20L);
    }

    @Test
    void windowThatIsNotWholeSecondsIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new RateLimiter(this.client, new SampleProperties.RateLimit(3, Duration.ofMillis(1500)),
                    Clock.systemUTC()))
            .withMessage("'sample.rate-limit.window' must be whole seconds, at least 1s, but was PT1.5S");
    }

    private RateLimiter limiterAt(Instant now) {
        return new RateLimiter(this.client, THREE_PER_10S, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static RateLimiter.Decision decision(boolean allowed, long remaining, long resetSeconds) {
        return new RateLimiter.Decision(allowed, 3, remaining, Duration.ofSeconds(resetSeconds));
    }

}
