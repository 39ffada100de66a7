package io.redispool.spring.metrics;

import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;

/**
 * The meters {@link ClientSideCacheMetrics} registers for a client-side cache, in one
 * place that the binder, the tests and {@code docs/metrics.md} follow.
 */
public enum ClientSideCacheMeters implements DescribedMeter {

    HITS("redis.pool.cache.local.hits", Meter.Type.COUNTER, "reads", "Reads served from the client-side cache."),

    MISSES("redis.pool.cache.local.misses", Meter.Type.COUNTER, "reads",
            "Reads of cached commands that went to the server."),

    EVICTIONS("redis.pool.cache.local.evictions", Meter.Type.COUNTER, "entries",
            "Entries dropped for room or age, not because their key changed."),

    INVALIDATIONS("redis.pool.cache.local.invalidations", Meter.Type.COUNTER, "keys",
            "Keys the server said changed, and flushes, each counted once."),

    RECONNECTS("redis.pool.cache.local.reconnects", Meter.Type.COUNTER, "connections",
            "Times the invalidation connection was opened again after it was lost."),

    SIZE("redis.pool.cache.local.size", Meter.Type.GAUGE, "entries", "Entries held in the client-side cache now.");

    private final MeterDescription description;

    ClientSideCacheMeters(String name, Meter.Type type, String baseUnit, String description) {
        this.description = new MeterDescription(name, type, baseUnit, description);
    }

    @Override
    public MeterDescription meterDescription() {
        return this.description;
    }

    @Override
    public KeyName[] getKeyNames() {
        return new KeyName[] { RedisPoolMeters.TagKey.POOL };
    }

}
