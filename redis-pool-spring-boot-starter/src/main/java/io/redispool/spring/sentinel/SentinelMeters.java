package io.redispool.spring.sentinel;

import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.redispool.spring.metrics.DescribedMeter;
import io.redispool.spring.metrics.MeterDescription;
import io.redispool.spring.metrics.RedisPoolMeters;

/**
 * The meters {@link SentinelMetrics} registers for a client configured for Sentinel, in
 * one place that the binder, the tests and {@code docs/metrics.md} follow.
 */
public enum SentinelMeters implements DescribedMeter {

    FAILOVERS("redis.pool.sentinel.failovers", Meter.Type.COUNTER, BaseUnits.EVENTS,
            "Times the pool moved to a new master named by the sentinels since it started.");

    private final MeterDescription description;

    SentinelMeters(String name, Meter.Type type, String baseUnit, String description) {
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
