package io.redispool.pool;

import io.redispool.RedisConnectionException;
import java.time.Duration;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The pool's {@code max-connections}: one slot per connection open or being opened, and
 * the borrowers waiting for a connection or a slot to come free.
 *
 * <p>
 * Why slots count connections rather than borrowers: a borrower that reuses an idle
 * connection then touches no shared counter at all; only opening and closing a connection
 * takes and frees a slot, and {@code open <= max-connections} holds by construction, for
 * the min-idle filler too. Waiting borrowers are served through a hand-off (after
 * HikariCP's {@code ConcurrentBag}): a releaser that sees waiters passes its connection,
 * and whoever closes a connection passes the freed slot, to the longest waiting borrower.
 * Both cost a look at the waiter count when nobody waits.
 */
final class ConnectionSlots {

    /** What a waiter receives when a slot, rather than a connection, came free. */
    static final Object SLOT_FREE = new Object();

    /** How long a hand-off spins between yields before it parks briefly. */
    private static final int SPINS_BEFORE_PARK = 0xff;

    private static final long PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(10);

    private final int max;

    private final String poolName;

    private final AtomicInteger taken = new AtomicInteger();

    private final AtomicInteger waiters = new AtomicInteger();

    private final SynchronousQueue<Object> handOff = new SynchronousQueue<>(true);

    private volatile boolean closing;

    ConnectionSlots(PoolConfig config) {
        this.max = config.maxConnections();
        this.poolName = config.name();
    }

    /**
     * Takes a slot for a connection about to be opened, if one is free.
     * @return {@code true} if taken; the caller must {@link #free} it unless the
     * connection opens
     */
    boolean tryTake() {
        for (int current = this.taken.get(); current < this.max; current = this.taken.get()) {
            if (this.taken.compareAndSet(current, current + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Frees the slot of a connection closed, or never opened, and tells a waiter. */
    void free() {
        int left = this.taken.decrementAndGet();
        if (left == 0 && this.closing) {
            synchronized (this) {
                notifyAll();
            }
        }
        for (int spins = 0; this.waiters.get() > 0 && this.taken.get() < this.max; spins++) {
            if (this.handOff.offer(SLOT_FREE)) {
                return;
            }
            pause(spins);
        }
    }

    /**
     * Passes an idle connection to a waiting borrower, if any waits.
     * @param pooled a connection just released, already idle
     * @return {@code true} if a waiter received it or someone claimed it meanwhile;
     * {@code false} if nobody waits
     */
    boolean handOff(PooledConnection pooled) {
        for (int spins = 0; this.waiters.get() > 0; spins++) {
            if (!pooled.isIdle() || this.handOff.offer(pooled)) {
                return true;
            }
            pause(spins);
        }
        return false;
    }

    /** Counts the caller as waiting, before its last look for an idle connection. */
    void startWaiting() {
        this.waiters.incrementAndGet();
    }

    void stopWaiting() {
        this.waiters.decrementAndGet();
    }

    /**
     * Waits for a connection or a slot to be handed over.
     * @param nanos how long to wait
     * @return a {@link PooledConnection} (idle, to claim), {@link #SLOT_FREE}, or
     * {@code null} when nothing came in time
     */
    Object awaitHandOff(long nanos) {
        try {
            return this.handOff.poll(nanos, TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new RedisConnectionException(
                    "Interrupted while waiting for a connection from pool '" + this.poolName + "'", ex, false);
        }
    }

    /**
     * How many borrowers wait for a connection.
     * @return the number of waiting threads
     */
    int waiting() {
        return this.waiters.get();
    }

    /**
     * How many slots are taken: connections open and being opened.
     * @return the number of taken slots
     */
    int taken() {
        return this.taken.get();
    }

    /**
     * Waits for every slot to be freed, as connections in use come back and are closed.
     * @param timeout how long to wait
     * @return {@code true} if every slot was freed in time
     * @throws InterruptedException if interrupted while waiting
     */
    boolean awaitAllFree(Duration timeout) throws InterruptedException {
        this.closing = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (this.taken.get() > 0) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, remaining);
            }
        }
        return true;
    }

    /**
     * Wakes every waiting borrower, so that each looks again and finds the pool closed.
     * @param timeout how long to keep waking borrowers that are about to wait
     */
    void wakeAll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int spins = 0; this.waiters.get() > 0 && System.nanoTime() - deadline < 0; spins++) {
            if (!this.handOff.offer(SLOT_FREE)) {
                pause(spins);
            }
        }
    }

    private static void pause(int spins) {
        if ((spins & SPINS_BEFORE_PARK) == SPINS_BEFORE_PARK) {
            LockSupport.parkNanos(PARK_NANOS);
        }
        else {
            Thread.yield();
        }
    }

}
