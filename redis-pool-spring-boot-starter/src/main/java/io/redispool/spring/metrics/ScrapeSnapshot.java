package io.redispool.spring.metrics;

import io.redispool.pool.PoolMonitor;
import io.redispool.pool.PoolStats;
import java.util.concurrent.TimeUnit;

/**
 * One {@link PoolStats} snapshot shared by a pool's gauges during a scrape.
 *
 * <p>
 * Why: a snapshot per gauge costs one pass over the pool per gauge and lets the gauges of
 * one scrape disagree ({@code in.use + idle != connections}). A registry gives no signal
 * when a scrape starts, so a gauge that asks again, having already read the current
 * snapshot, starts the next one; so does a snapshot older than {@value #MAX_AGE_MILLIS}
 * ms, for registries that read only some gauges. HikariCP's {@code PoolStats} caches for
 * the same reason, by age alone.
 */
final class ScrapeSnapshot {

    static final long MAX_AGE_MILLIS = 100;

    private static final long MAX_AGE_NANOS = TimeUnit.MILLISECONDS.toNanos(MAX_AGE_MILLIS);

    private final PoolMonitor pool;

    private PoolStats stats;

    private long takenAt;

    /** The readers, by bit, that have read {@link #stats} since it was taken. */
    private long readers;

    ScrapeSnapshot(PoolMonitor pool) {
        this.pool = pool;
    }

    /**
     * The snapshot for one reader, taking a new one if this reader read the current one.
     * @param reader the reader's index, from 0 to 63
     * @return the snapshot
     */
    synchronized PoolStats read(int reader) {
        long bit = 1L << reader;
        long now = System.nanoTime();
        if (this.stats == null || (this.readers & bit) != 0 || now - this.takenAt > MAX_AGE_NANOS) {
            this.stats = this.pool.stats();
            this.takenAt = now;
            this.readers = 0;
        }
        this.readers |= bit;
        return this.stats;
    }

}
