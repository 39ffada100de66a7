package io.redispool.spring.cache;

import java.util.concurrent.atomic.LongAdder;

/**
 * Lifetime counts of one cache, for its meters: gets by hit and miss, puts, and entries
 * removed by evict and clear. Counting is off unless {@code enable-statistics} is set,
 * and then every count stays zero.
 */
public final class CacheStatistics {

    private final boolean enabled;

    private final LongAdder hits = new LongAdder();

    private final LongAdder misses = new LongAdder();

    private final LongAdder puts = new LongAdder();

    private final LongAdder evictions = new LongAdder();

    CacheStatistics(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Whether this cache counts.
     * @return {@code true} when {@code enable-statistics} is set
     */
    public boolean isEnabled() {
        return this.enabled;
    }

    /**
     * Gets that found an entry.
     * @return the count
     */
    public long hits() {
        return this.hits.sum();
    }

    /**
     * Gets that found none.
     * @return the count
     */
    public long misses() {
        return this.misses.sum();
    }

    /**
     * Entries written: puts, successful put-if-absents and synchronized computations.
     * @return the count
     */
    public long puts() {
        return this.puts.sum();
    }

    /**
     * Entries removed by evict and clear; entries Redis expires are not seen, so not
     * counted.
     * @return the count
     */
    public long evictions() {
        return this.evictions.sum();
    }

    void recordGet(boolean hit) {
        if (this.enabled) {
            (hit ? this.hits : this.misses).increment();
        }
    }

    void recordPut() {
        if (this.enabled) {
            this.puts.increment();
        }
    }

    void recordEvictions(long removed) {
        if (this.enabled && removed > 0) {
            this.evictions.add(removed);
        }
    }

    @Override
    public String toString() {
        return "CacheStatistics[hits=" + hits() + ", misses=" + misses() + ", puts=" + puts() + ", evictions="
                + evictions() + "]";
    }

}
