package io.redispool.spring.sentinel;

import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.redispool.spring.metrics.DescribedMeter;
import io.redispool.spring.metrics.LowerCaseKeyName;
import io.redispool.spring.metrics.MeterDescription;
import io.redispool.spring.metrics.RedisPoolMeters;

/**
 * The meters {@link SentinelMetrics} registers for a client configured for Sentinel, in
 * one place that the binder, the tests and {@code docs/metrics.md} follow.
 */
public enum SentinelMeters implements DescribedMeter {

    FAILOVERS("redis.pool.sentinel.failovers", Meter.Type.COUNTER, BaseUnits.EVENTS,
            "Times the pool moved to a new master named by the sentinels since it started."),

    REPLICA_CONNECTIONS("redis.pool.sentinel.replica.connections", Meter.Type.GAUGE, BaseUnits.CONNECTIONS,
            "Connections open to a replica that reads go to.") {

        @Override
        public KeyName[] getKeyNames() {
            return REPLICA_KEYS;
        }

    },

    REPLICA_CONNECTIONS_IN_USE("redis.pool.sentinel.replica.connections.in.use", Meter.Type.GAUGE,
            BaseUnits.CONNECTIONS, "Connections to a replica borrowed by a caller now.") {

        @Override
        public KeyName[] getKeyNames() {
            return REPLICA_KEYS;
        }

    },

    REPLICA_CONNECTIONS_PENDING("redis.pool.sentinel.replica.connections.pending", Meter.Type.GAUGE, BaseUnits.THREADS,
            "Callers waiting for a connection to a replica.") {

        @Override
        public KeyName[] getKeyNames() {
            return REPLICA_KEYS;
        }

    };

    private static final KeyName[] REPLICA_KEYS = { RedisPoolMeters.TagKey.POOL, TagKey.REPLICA };

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

    /**
     * The tags of the Sentinel meters besides {@code pool}.
     */
    public enum TagKey implements LowerCaseKeyName {

        /** The replica, as {@code host:port}. */
        REPLICA

    }

}
