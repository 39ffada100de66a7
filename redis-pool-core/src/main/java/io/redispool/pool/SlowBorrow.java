package io.redispool.pool;

import io.redispool.RedisConnectionException;
import io.redispool.TooManyConnectionsException;
import java.util.concurrent.TimeUnit;

/**
 * The way to a connection when the borrower's own thread has none idle: the idle
 * connection released most recently by any thread, else a new one in a free slot, else a
 * wait in the pool's queue, within {@code max-wait}, for a connection or a slot to be
 * handed over, else a refusal that carries the pool's state.
 *
 * <p>
 * Why apart from {@link ConnectionPool#borrow()}: the borrow that finds a connection in
 * its thread's cache must stay small enough to inline, and pays for this path only with a
 * call when its cache is empty. The wait never closes anything meanwhile, so that a slot
 * it frees could never be offered to itself.
 */
final class SlowBorrow {

    private final ConnectionPool pool;

    private final ConnectionBag bag;

    private final ConnectionSlots slots;

    private final ConnectionOpener opener;

    private final PoolCounters counters;

    private final PoolConfig config;

    private final long maxWaitNanos;

    SlowBorrow(ConnectionPool pool, ConnectionBag bag, ConnectionSlots slots, ConnectionOpener opener,
            PoolCounters counters, PoolConfig config) {
        this.pool = pool;
        this.bag = bag;
        this.slots = slots;
        this.opener = opener;
        this.counters = counters;
        this.config = config;
        this.maxWaitNanos = config.maxWait().toNanos();
    }

    /**
     * Finds, opens or waits for a connection.
     * @param timed whether to stamp the connection with the exact time it was borrowed
     * @return a connection, claimed and fit to hand out
     * @throws TooManyConnectionsException if none came free within {@code max-wait}
     * @throws io.redispool.RedisException if the pool is closed, or a new connection
     * could not be opened; no slot is lost
     */
    PooledConnection borrow(boolean timed) {
        long waitStart = 0;
        for (;;) {
            this.pool.ensureOpen();
            Object taken = this.bag.takeShared();
            if (taken == null && this.slots.tryTake()) {
                taken = ConnectionSlots.SLOT_TAKEN;
            }
            if (taken == null) {
                if (this.maxWaitNanos == 0) {
                    throw refuse(0);
                }
                if (waitStart == 0) {
                    waitStart = System.nanoTime();
                }
                taken = awaitConnectionOrSlot(waitStart + this.maxWaitNanos);
                if (taken == null) {
                    throw refuse(System.nanoTime() - waitStart);
                }
            }
            if (taken == ConnectionSlots.SLOT_TAKEN) {
                return openInTakenSlot(timed);
            }
            if (taken instanceof PooledConnection pooled && this.pool.fitToHandOut(pooled)) {
                if (timed) {
                    pooled.borrowedAt = System.nanoTime();
                }
                return pooled;
            }
        }
    }

    /**
     * Waits in the pool's queue, counted as pending, for a connection or a slot.
     * @return a claimed connection, {@link ConnectionSlots#SLOT_TAKEN} for a slot taken
     * for the caller, {@link ConnectionSlots#LOOK_AGAIN}, or {@code null} at the deadline
     */
    private Object awaitConnectionOrSlot(long deadline) {
        // Queued before the last look, so that a release or close after the look sees
        // this borrower in the queue.
        PoolWaiter waiter = this.slots.enqueue();
        Object found = null;
        boolean parked = false;
        try {
            this.pool.ensureOpen();
            found = this.bag.takeShared();
            if (found == null && this.slots.tryTake()) {
                found = ConnectionSlots.SLOT_TAKEN;
            }
            if (found == null) {
                parked = true;
                found = waiter.await(deadline);
            }
        }
        finally {
            Object handed = this.slots.leave(waiter);
            if (!parked) {
                // Found by the last look, or the pool closed: anything handed over
                // meanwhile is not this borrower's to keep. Never compared with what was
                // found: a slot handed over is the same marker as a slot taken here.
                if (handed != null) {
                    giveBack(handed);
                }
            }
            else if (found == null) {
                // Handed over as the deadline passed or the thread was interrupted.
                found = handed;
            }
        }
        if (found == null && Thread.currentThread().isInterrupted()) {
            throw new RedisConnectionException(
                    "Interrupted while waiting for a connection from pool '" + this.config.name() + "'", null, false);
        }
        return found;
    }

    /**
     * Returns what was handed to a borrower that had found a connection itself, or was
     * failing, so that nothing handed over is lost.
     */
    private void giveBack(Object handed) {
        if (handed == ConnectionSlots.SLOT_TAKEN) {
            this.slots.free();
        }
        else if (handed instanceof PooledConnection pooled) {
            this.pool.release(pooled);
        }
    }

    private PooledConnection openInTakenSlot(boolean timed) {
        PooledConnection pooled;
        try {
            this.pool.ensureOpen();
            pooled = this.opener.open(PooledConnection.IN_USE);
        }
        catch (RuntimeException | Error ex) {
            this.slots.free();
            throw ex;
        }
        if (timed) {
            pooled.borrowedAt = pooled.createdAt;
        }
        return pooled;
    }

    /** Counts and reports a refusal, and builds its exception with the pool's state. */
    private TooManyConnectionsException refuse(long waited) {
        this.counters.refused();
        this.pool.listener().connectionRefused(waited);
        PoolStats stats = this.pool.stats();
        int opening = Math.max(0, this.slots.taken() - stats.open());
        long maxWait = this.config.maxWait().toMillis();
        return new TooManyConnectionsException("Too many connections: pool '" + this.config.name() + "' has "
                + (stats.inUse() + opening) + " of max-connections=" + stats.max() + " in use"
                + ((opening > 0) ? " or opening" : "") + " and none came free"
                + (this.config.maxWait().isZero() ? " (max-wait=0)" : " within max-wait=" + maxWait + "ms") + " (open="
                + stats.open() + ", idle=" + stats.idle() + ", opening=" + opening + ", pending=" + stats.pending()
                + ", waited=" + TimeUnit.NANOSECONDS.toMillis(waited) + "ms)");
    }

}
