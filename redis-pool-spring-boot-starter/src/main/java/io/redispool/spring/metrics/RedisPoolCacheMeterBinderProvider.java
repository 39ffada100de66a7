package io.redispool.spring.metrics;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redispool.spring.cache.RedisPoolCache;

import org.springframework.boot.cache.metrics.CacheMeterBinderProvider;

/**
 * Lets Spring Boot's cache metrics (its {@code CacheMetricsRegistrar}) bind a
 * {@link RedisPoolCache} as it binds its own caches; a cache that counts no statistics
 * gets no meters, rather than meters that stay at zero.
 */
public final class RedisPoolCacheMeterBinderProvider implements CacheMeterBinderProvider<RedisPoolCache> {

    @Override
    public MeterBinder getMeterBinder(RedisPoolCache cache, Iterable<Tag> tags) {
        return cache.getStatistics().isEnabled() ? new RedisPoolCacheMetrics(cache, tags) : null;
    }

}
