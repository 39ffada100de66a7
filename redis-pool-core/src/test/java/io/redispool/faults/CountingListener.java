package io.redispool.faults;

import io.redispool.metrics.CloseReason;
import io.redispool.metrics.PoolListener;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the pool events a fault scenario checks against the pool's stats; cheap enough for
 * the soak's hundreds of thousands of commands, as it records nothing per command.
 */
final class CountingListener implements PoolListener {

    final AtomicLong created = new AtomicLong();

    final AtomicLong borrowed = new AtomicLong();

    final AtomicLong released = new AtomicLong();

    final AtomicLong refused = new AtomicLong();

    final Queue<CloseReason> closed = new ConcurrentLinkedQueue<>();

    @Override
    public void connectionCreated(long setupNanos) {
        this.created.incrementAndGet();
    }

    @Override
    public void connectionClosed(CloseReason reason) {
        this.closed.add(reason);
    }

    @Override
    public void connectionBorrowed(long waitNanos) {
        this.borrowed.incrementAndGet();
    }

    @Override
    public void connectionReleased(long heldNanos) {
        this.released.incrementAndGet();
    }

    @Override
    public void connectionRefused(long waitNanos) {
        this.refused.incrementAndGet();
    }
}
