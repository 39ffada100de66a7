package io.redispool.pool;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a pool counts: the connections open now, and lifetime totals of those opened,
 * closed and refused; and the {@link PoolStats} snapshot that gauges read from them.
 *
 * <p>
 * Why only these: each changes when a connection is opened or closed or a borrower is
 * refused, never when one is borrowed or released. How many are in use is not counted at
 * all: the connections' own states are the record of it, read when a snapshot is taken,
 * so the hot path writes no counter.
 */
final class PoolCounters {

    private final AtomicInteger open = new AtomicInteger();

    private final LongAdder created = new LongAdder();

    private final LongAdder closed = new LongAdder();

    private final LongAdder refused = new LongAdder();

    /** Counts a connection just opened. */
    void opened() {
        this.open.incrementAndGet();
        this.created.increment();
    }

    /** Counts a connection just closed. */
    void closed() {
        this.open.decrementAndGet();
        this.closed.increment();
    }

    /** Counts a borrower refused with "Too many connections". */
    void refused() {
        this.refused.increment();
    }

    /**
     * How many connections are open now, in use or idle.
     * @return the number of open connections
     */
    int open() {
        return this.open.get();
    }

    /**
     * Takes a snapshot of the pool's state.
     * @param bag the pool's connections, whose states say which are in use
     * @param slots the pool's slots, which count the waiting borrowers
     * @param max the pool's {@code max-connections}
     * @return the current figures
     */
    PoolStats snapshot(ConnectionBag bag, ConnectionSlots slots, int max) {
        int inUse = bag.count(PooledConnection.IN_USE);
        int open = this.open.get();
        return new PoolStats(open, inUse, Math.max(0, open - inUse), slots.waiting(), max, this.refused.sum(),
                this.created.sum(), this.closed.sum());
    }

}
