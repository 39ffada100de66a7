package io.redispool.spring.metrics;

import io.redispool.metrics.CloseReason;
import io.redispool.metrics.PoolListener;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts the connections a pool closes, by {@link CloseReason}, for function counters to
 * read; closing is off the command path, so one atomic add per close.
 */
final class ClosedConnections implements PoolListener {

    private static final CloseReason[] REASONS = CloseReason.values();

    private final AtomicLongArray counts = new AtomicLongArray(REASONS.length);

    @Override
    public void connectionClosed(CloseReason reason) {
        this.counts.incrementAndGet(reason.ordinal());
    }

    long count(CloseReason reason) {
        return this.counts.get(reason.ordinal());
    }

    static CloseReason[] reasons() {
        return REASONS.clone();
    }

}
