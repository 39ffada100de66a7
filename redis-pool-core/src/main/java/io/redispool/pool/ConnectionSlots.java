package io.redispool.pool;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool's {@code max-connections}: one slot per connection open or being opened, and
 * the borrowers waiting, first come first served, for a connection or a slot.
 *
 * <p>
 * Why slots count connections rather than borrowers: a borrower that reuses an idle
 * connection then touches no shared counter at all; only opening and closing a connection
 * takes and frees a slot, and {@code open <= max-connections} holds by construction, for
 * the min-idle filler too. Waiting borrowers queue in arrival order: a releaser that
 * finds the queue non-empty claims its connection for the longest waiting borrower and
 * hands it over, and whoever closes a connection hands its slot over the same way, still
 * taken. What is handed over is the waiter's while it still sleeps, so a borrower that
 * arrives during its wake-up cannot take it first (see {@link PoolWaiter}). Both cost one
 * look at the queue's head when nobody waits.
 */
final class ConnectionSlots {

    /** What a waiter receives when a slot was taken for it: it opens the connection. */
    static final Object SLOT_TAKEN = new Object();

    /** What a waiter receives when it should look at the pool again: it is closing. */
    static final Object LOOK_AGAIN = new Object();

    private final int max;

    private final AtomicInteger taken = new AtomicInteger();

    private final Queue<PoolWaiter> waiters = new ConcurrentLinkedQueue<>();

    private volatile boolean closing;

    ConnectionSlots(PoolConfig config) {
        this.max = config.maxConnections();
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

    /**
     * Frees the slot of a connection closed, or never opened: the longest waiting
     * borrower gets it still taken, else it is freed.
     */
    void free() {
        for (;;) {
            if (handToWaiter(SLOT_TAKEN)) {
                return;
            }
            int left = this.taken.decrementAndGet();
            if (left == 0 && this.closing) {
                synchronized (this) {
                    notifyAll();
                }
            }
            // A borrower that queued just after the look above may have found every
            // slot taken before the decrement, and sleeps: take the slot back for it.
            if (this.waiters.isEmpty() || !tryTake()) {
                return;
            }
        }
    }

    /**
     * Passes an idle connection to the longest waiting borrower, if any waits.
     * @param pooled a connection just released or opened, idle
     * @return {@code true} if a waiter received it or someone claimed it meanwhile;
     * {@code false} if nobody waits, and the connection stays idle
     */
    boolean handOff(PooledConnection pooled) {
        // The queue is looked at again after the connection is idle once more, so that
        // a borrower queueing meanwhile either is seen here or sees the connection idle.
        while (!this.waiters.isEmpty()) {
            if (!pooled.claim()) {
                return true;
            }
            if (handToWaiter(pooled)) {
                return true;
            }
            pooled.unclaim();
        }
        return false;
    }

    private boolean handToWaiter(Object item) {
        for (PoolWaiter waiter; (waiter = this.waiters.poll()) != null;) {
            if (waiter.hand(item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Queues the calling thread, counted as pending, before its last look for an idle
     * connection or a free slot.
     * @return its place in the queue, to {@link PoolWaiter#await await} on and to
     * {@link #leave}
     */
    PoolWaiter enqueue() {
        PoolWaiter waiter = new PoolWaiter();
        this.waiters.add(waiter);
        return waiter;
    }

    /**
     * Takes a waiter out of the queue, done or given up.
     * @param waiter from {@link #enqueue()}
     * @return what was handed to it, which the caller now owns, or {@code null}
     */
    Object leave(PoolWaiter waiter) {
        Object handed = waiter.cancel();
        if (handed == null) {
            this.waiters.remove(waiter);
        }
        return handed;
    }

    /**
     * How many borrowers wait for a connection.
     * @return the number of waiting threads
     */
    int waiting() {
        // Walks the queue: read per metrics scrape, never on the borrow path.
        return this.waiters.size();
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
     * Wakes every waiting borrower, so that each looks again and finds the pool closed. A
     * borrower queueing after this looks at the pool after queueing, and finds it closed
     * itself.
     */
    void wakeAll() {
        for (PoolWaiter waiter; (waiter = this.waiters.poll()) != null;) {
            waiter.hand(LOOK_AGAIN);
        }
    }

}
