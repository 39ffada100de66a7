package io.redispool.spring.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.cache.CacheMeterBinder;
import io.redispool.spring.cache.RedisPoolCache;

/**
 * Micrometer's standard cache meters for a {@link RedisPoolCache}: {@code cache.gets} by
 * {@code result} ({@code hit}, {@code miss}), {@code cache.puts} and
 * {@code cache.evictions}, each a {@code FunctionCounter} read from the cache's
 * {@link RedisPoolCache#getStatistics() statistics}. No {@code cache.size}: counting a
 * cache's keys would take a SCAN of the database.
 */
public final class RedisPoolCacheMetrics extends CacheMeterBinder<RedisPoolCache> {

    private final RedisPoolCache cache;

    /**
     * Creates the binder.
     * @param cache the cache, which should count statistics
     * @param tags tags for every meter besides {@code cache}, its name
     */
    public RedisPoolCacheMetrics(RedisPoolCache cache, Iterable<Tag> tags) {
        super(cache, cache.getName(), tags);
        this.cache = cache;
    }

    @Override
    protected Long size() {
        return null;
    }

    @Override
    protected long hitCount() {
        return this.cache.getStatistics().hits();
    }

    @Override
    protected Long missCount() {
        return this.cache.getStatistics().misses();
    }

    @Override
    protected Long evictionCount() {
        return this.cache.getStatistics().evictions();
    }

    @Override
    protected long putCount() {
        return this.cache.getStatistics().puts();
    }

    @Override
    protected void bindImplementationSpecificMetrics(MeterRegistry registry) {
    }

}
