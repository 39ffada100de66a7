package io.redispool.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The options' checks, each naming the option and its value, and the backoff's bounds.
 */
class SubscriberOptionsTests {

    @Test
    void badOptionsAreRefusedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> SubscriberOptions.builder().queueCapacity(0).build())
            .withMessage("'queue-capacity' must be at least 1 but was 0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SubscriberOptions.builder().reconnectDelay(Duration.ZERO, Duration.ofSeconds(1)).build())
            .withMessage("'reconnect-delay' must be at least 1ms but was PT0S");
        assertThatIllegalStateException().isThrownBy(
                () -> SubscriberOptions.builder().reconnectDelay(Duration.ofSeconds(2), Duration.ofSeconds(1)).build())
            .withMessage("'max-reconnect-delay' (PT1S) must not be shorter than 'reconnect-delay' (PT2S)");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SubscriberOptions.builder().heartbeatInterval(Duration.ofSeconds(-1)).build())
            .withMessage("'heartbeat-interval' must not be negative (zero sends none) but was PT-1S");
    }

    @Test
    void theBackoffDoublesWithJitterUpToItsBound() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(1000));
        for (int i = 0; i < 1000; i++) {
            assertThat(backoff.delayMillis(0)).isBetween(50L, 100L);
            assertThat(backoff.delayMillis(1)).isBetween(100L, 200L);
            assertThat(backoff.delayMillis(3)).isBetween(400L, 800L);
            assertThat(backoff.delayMillis(40)).isBetween(500L, 1000L);
        }
    }

}
