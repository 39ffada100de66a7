package io.redispool.pool;

import io.redispool.metrics.CloseReason;
import io.redispool.metrics.CommandOutcome;
import io.redispool.metrics.PoolListener;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the events a pool reports, cheaply enough for a soak's hundreds of thousands of
 * commands.
 */
public final class RecordingListener implements PoolListener {

    public final AtomicLong created = new AtomicLong();

    public final AtomicLong borrowed = new AtomicLong();

    public final AtomicLong released = new AtomicLong();

    public final AtomicLong refused = new AtomicLong();

    public final Queue<CloseReason> closed = new ConcurrentLinkedQueue<>();

    public final Queue<String> commands = new ConcurrentLinkedQueue<>();

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

    @Override
    public void commandCompleted(String command, long durationNanos, CommandOutcome outcome) {
        this.commands.add(command + ":" + outcome);
    }

}
