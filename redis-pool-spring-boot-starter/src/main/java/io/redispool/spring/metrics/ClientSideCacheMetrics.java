package io.redispool.spring.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redispool.cache.ClientSideCache;
import io.redispool.cache.ClientSideCacheStats;
import java.util.function.ToDoubleFunction;

/**
 * Binds a {@link ClientSideCache}'s counters as Micrometer meters tagged {@code pool}:
 * function counters and a gauge that read the cache's stats on each scrape, so the hot
 * path never touches a registry.
 */
public final class ClientSideCacheMetrics implements MeterBinder {

    private final ClientSideCache cache;

    private final Tags tags;

    public ClientSideCacheMetrics(ClientSideCache cache, String poolName) {
        this.cache = cache;
        this.tags = Tags.of(RedisPoolMeters.TagKey.POOL.asString(), poolName);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, ClientSideCacheMeters.HITS, ClientSideCacheStats::hits);
        counter(registry, ClientSideCacheMeters.MISSES, ClientSideCacheStats::misses);
        counter(registry, ClientSideCacheMeters.EVICTIONS, ClientSideCacheStats::evictions);
        counter(registry, ClientSideCacheMeters.INVALIDATIONS, ClientSideCacheStats::invalidations);
        counter(registry, ClientSideCacheMeters.RECONNECTS, ClientSideCacheStats::reconnects);
        Gauge.builder(ClientSideCacheMeters.SIZE.getName(), this.cache, (cache) -> cache.stats().size())
            .description(ClientSideCacheMeters.SIZE.getDescription())
            .baseUnit(ClientSideCacheMeters.SIZE.getBaseUnit())
            .tags(this.tags)
            .register(registry);
    }

    private void counter(MeterRegistry registry, ClientSideCacheMeters meter,
            ToDoubleFunction<ClientSideCacheStats> value) {
        FunctionCounter.builder(meter.getName(), this.cache, (cache) -> value.applyAsDouble(cache.stats()))
            .description(meter.getDescription())
            .baseUnit(meter.getBaseUnit())
            .tags(this.tags)
            .register(registry);
    }

}
