package io.redispool.spring.sentinel;

import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.docs.MeterDocumentation;
import io.redispool.spring.metrics.RedisPoolMeters;

/**
 * The meters {@link SentinelMetrics} registers for a client configured for Sentinel, in
 * one place that the binder, the tests and {@code docs/metrics.md} follow.
 */
public enum SentinelMeters implements MeterDocumentation {

    FAILOVERS("redis.pool.sentinel.failovers", Meter.Type.COUNTER, BaseUnits.EVENTS,
            "Times the pool moved to a new master named by the sentinels since it started.");

    private final String name;

    private final Meter.Type type;

    private final String baseUnit;

    private final String description;

    SentinelMeters(String name, Meter.Type type, String baseUnit, String description) {
        this.name = name;
        this.type = type;
        this.baseUnit = baseUnit;
        this.description = description;
    }

    @Override
    public String getName() {
        return this.name;
    }

    @Override
    public Meter.Type getType() {
        return this.type;
    }

    @Override
    public String getBaseUnit() {
        return this.baseUnit;
    }

    /**
     * The meter's description, as registered and documented.
     * @return one sentence
     */
    public String getDescription() {
        return this.description;
    }

    @Override
    public KeyName[] getKeyNames() {
        return new KeyName[] { RedisPoolMeters.TagKey.POOL };
    }

}
