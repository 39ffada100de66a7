package io.redispool.pool;

import io.redispool.RedisConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The pool's {@code max-connections}: one slot per connection that may be in use at once, and
 * the queue of borrowers waiting for one.
 *
 * <p>A semaphore, because taking a free slot is then a single compare-and-set: borrowers never
 * queue on a lock unless they must wait, and then only up to {@code max-wait}.
 */
final class ConnectionSlots {

    /** What {@link #acquire} returns when no slot came free in time. */
    static final long REFUSED = Long.MIN_VALUE;

    private final Semaphore permits;

    private final int max;

    private final long maxWaitNanos;

    private final String poolName;

    ConnectionSlots(PoolConfig config) {
        this.max = config.maxConnections();
        this.permits = new Semaphore(this.max);
        this.maxWaitNanos = config.maxWait().toNanos();
        this.poolName = config.name();
    }

    /**
     * Takes a slot, waiting up to {@code max-wait} for one.
     * @param start when the borrower asked, from {@link System#nanoTime()}
     * @return when the slot was granted (reading the clock only if it had to wait), or
     * {@link #REFUSED}
     */
    long acquire(long start) {
        if (this.permits.tryAcquire()) {
            return start;
        }
        if (this.maxWaitNanos > 0) {
            try {
                if (this.permits.tryAcquire(this.maxWaitNanos, TimeUnit.NANOSECONDS)) {
                    return System.nanoTime();
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new RedisConnectionException("Interrupted while waiting for a connection from pool '"
                        + this.poolName + "'", ex, false);
            }
        }
        return REFUSED;
    }

    /**
     * Takes a slot if one is free, without waiting.
     * @return {@code true} if taken
     */
    boolean tryAcquire() {
        return this.permits.tryAcquire();
    }

    void release() {
        this.permits.release();
    }

    /**
     * How many borrowers wait for a slot; an estimate, as the semaphore's queue is.
     * @return the number of waiting threads
     */
    int waiting() {
        return this.permits.getQueueLength();
    }

    /**
     * Waits for every slot to come back, then hands them back again so that borrowers still
     * waiting wake (and find the pool closed).
     * @param timeout how long to wait
     * @return {@code true} if every slot came back in time
     * @throws InterruptedException if interrupted while waiting
     */
    boolean awaitAllReturned(Duration timeout) throws InterruptedException {
        if (this.permits.tryAcquire(this.max, timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            this.permits.release(this.max);
            return true;
        }
        return false;
    }
}
