package io.redispool.spring.pubsub;

import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.redispool.spring.metrics.DescribedMeter;
import io.redispool.spring.metrics.LowerCaseKeyName;
import io.redispool.spring.metrics.MeterDescription;

/**
 * The meters {@link RedisPubSubMetrics} registers for each listener's subscriber, in one
 * place that the binder, the tests and {@code docs/pubsub.md} follow.
 */
public enum RedisPubSubMeters implements DescribedMeter {

    SUBSCRIPTIONS("redis.pool.pubsub.subscriptions", Meter.Type.GAUGE, "subscriptions",
            "Channels, patterns and shard channels the server has confirmed on the subscriber's connection."),

    CONNECTED("redis.pool.pubsub.connected", Meter.Type.GAUGE, BaseUnits.CONNECTIONS,
            "1 while the subscriber has an open connection, 0 during a gap."),

    MESSAGES_RECEIVED("redis.pool.pubsub.messages.received", Meter.Type.COUNTER, BaseUnits.MESSAGES,
            "Messages read off the subscriber's connection, dropped ones included."),

    MESSAGES_DROPPED("redis.pool.pubsub.messages.dropped", Meter.Type.COUNTER, BaseUnits.MESSAGES,
            "Messages dropped because the listener was a full queue behind."),

    RECONNECTS("redis.pool.pubsub.reconnects", Meter.Type.COUNTER, BaseUnits.CONNECTIONS,
            "Connections the subscriber opened again after losing one.");

    private final MeterDescription description;

    RedisPubSubMeters(String name, Meter.Type type, String baseUnit, String description) {
        this.description = new MeterDescription(name, type, baseUnit, description);
    }

    @Override
    public MeterDescription meterDescription() {
        return this.description;
    }

    @Override
    public KeyName[] getKeyNames() {
        return new KeyName[] { TagKey.LISTENER };
    }

    /**
     * The tags of the meters.
     */
    public enum TagKey implements LowerCaseKeyName {

        /** The bean name of the {@link RedisMessageListener}. */
        LISTENER

    }

}
