package io.redispool.pool;

import io.redispool.RedisAuthenticationException;
import java.util.concurrent.TimeUnit;

/**
 * Stops a pool from hammering the server with connection attempts it knows will be
 * refused.
 *
 * <p>
 * Wrong credentials do not fix themselves, yet every borrow would open a connection, send
 * AUTH and be refused. After such a refusal, new connections are not attempted for a
 * delay that doubles with each further refusal, from 100ms up to 30s; borrowers meanwhile
 * get the refusal at once. One successful setup clears it.
 */
final class AuthenticationBackoff {

    private static final long INITIAL_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private static final long MAX_DELAY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private volatile Refusal last;

    /**
     * Throws the last refusal again while its delay runs.
     * @param now the current {@link System#nanoTime()}
     */
    void check(long now) {
        Refusal refusal = this.last;
        if (refusal != null && now - refusal.at() < refusal.delayNanos()) {
            long remaining = TimeUnit.NANOSECONDS.toMillis(refusal.delayNanos() - (now - refusal.at()));
            throw new RedisAuthenticationException(refusal.failure().getMessage() + " (no new attempt for another "
                    + remaining + "ms: the server refused these credentials)", refusal.failure().errorCode());
        }
    }

    void refused(RedisAuthenticationException failure, long now) {
        Refusal previous = this.last;
        long delay = (previous == null) ? INITIAL_DELAY_NANOS : Math.min(MAX_DELAY_NANOS, previous.delayNanos() * 2);
        this.last = new Refusal(failure, now, delay);
    }

    void succeeded() {
        if (this.last != null) {
            this.last = null;
        }
    }

    private record Refusal(RedisAuthenticationException failure, long at, long delayNanos) {
    }

}
