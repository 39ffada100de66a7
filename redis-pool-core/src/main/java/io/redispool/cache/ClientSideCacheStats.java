package io.redispool.cache;

/**
 * A snapshot of a {@link ClientSideCache}'s counters, for meters and health details.
 *
 * @param hits reads served from the cache
 * @param misses cacheable reads that went to the server
 * @param evictions entries dropped for room or age, not because their key changed
 * @param invalidations keys the server said changed, and flushes (each counted once)
 * @param size entries held now
 * @param reconnects times the invalidation connection was opened again after it was lost
 * @param tracking whether the invalidation connection is up, so that reads are cached
 */
public record ClientSideCacheStats(long hits, long misses, long evictions, long invalidations, int size,
        long reconnects, boolean tracking) {
}
