package io.redispool.pool;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * One borrower parked in the pool's queue, and what was handed to it: a connection
 * claimed on its behalf, a slot taken on its behalf, or a call to look again.
 *
 * <p>
 * Why a slot per waiter rather than a shared hand-off queue: what is handed over is the
 * waiter's the moment the compare-and-set succeeds, while it is still asleep, so that a
 * borrower arriving in the meantime cannot take it first. A shared queue hands over idle
 * connections that any newcomer may claim during the waiter's wake-up; under load the
 * newcomers win again and again, and the borrowers that waited longest see the worst
 * latency.
 */
final class PoolWaiter {

    /** Marks a waiter that gave up: nothing can be handed to it any more. */
    private static final Object CANCELLED = new Object();

    private final AtomicReference<Object> handed = new AtomicReference<>();

    private final Thread thread = Thread.currentThread();

    /**
     * Hands something to this waiter and wakes it, unless it gave up.
     * @param item a claimed connection, {@link ConnectionSlots#SLOT_TAKEN} or
     * {@link ConnectionSlots#LOOK_AGAIN}
     * @return {@code true} if the waiter now has it
     */
    boolean hand(Object item) {
        if (this.handed.compareAndSet(null, item)) {
            LockSupport.unpark(this.thread);
            return true;
        }
        return false;
    }

    /**
     * Parks until something is handed over, the deadline passes or the thread is
     * interrupted.
     * @param deadline in {@link System#nanoTime()}'s terms
     * @return what was handed over, or {@code null} if nothing was
     */
    Object await(long deadline) {
        for (;;) {
            Object item = this.handed.get();
            if (item != null) {
                return item;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0 || Thread.currentThread().isInterrupted()) {
                return null;
            }
            LockSupport.parkNanos(this, remaining);
        }
    }

    /**
     * Gives up waiting.
     * @return what was handed over before the waiter gave up, which the caller now owns,
     * or {@code null} if nothing was
     */
    Object cancel() {
        if (this.handed.compareAndSet(null, CANCELLED)) {
            return null;
        }
        return this.handed.get();
    }

}
