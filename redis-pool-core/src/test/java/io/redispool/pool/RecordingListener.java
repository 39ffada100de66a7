package io.redispool.pool;

import io.redispool.metrics.CloseReason;
import io.redispool.metrics.CommandOutcome;
import io.redispool.metrics.PoolListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the events a pool reports.
 */
public final class RecordingListener implements PoolListener {

    public final AtomicInteger created = new AtomicInteger();

    public final AtomicInteger borrowed = new AtomicInteger();

    public final AtomicInteger released = new AtomicInteger();

    public final AtomicInteger refused = new AtomicInteger();

    public final List<CloseReason> closed = new CopyOnWriteArrayList<>();

    public final List<String> commands = new CopyOnWriteArrayList<>();

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
