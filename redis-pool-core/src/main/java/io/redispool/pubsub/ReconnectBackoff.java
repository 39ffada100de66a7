package io.redispool.pubsub;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before each attempt to reconnect: doubling from a first delay up to a
 * bound, each delay drawn at random from its upper half.
 *
 * <p>
 * Why the jitter: when a server restarts, every subscriber of every application loses its
 * connection at the same moment; without it they would all come back in lockstep, at
 * every step.
 */
final class ReconnectBackoff {

    private final long firstMillis;

    private final long maxMillis;

    ReconnectBackoff(Duration first, Duration max) {
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
    }

    /**
     * The delay before an attempt.
     * @param attempt 0 for the first attempt after a loss
     * @return the delay in milliseconds, between half the bound of this attempt and the
     * bound
     */
    long delayMillis(int attempt) {
        long bound = this.firstMillis;
        for (int i = 0; i < attempt && bound < this.maxMillis; i++) {
            bound *= 2;
        }
        bound = Math.min(bound, this.maxMillis);
        long half = bound / 2;
        return half + ThreadLocalRandom.current().nextLong(bound - half + 1);
    }

}
