package io.redispool.spring.pubsub;

import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.docs.MeterDocumentation;

/**
 * The meters {@link RedisPubSubMetrics} registers for each listener's subscriber, in one
 * place that the binder, the tests and {@code docs/pubsub.md} follow.
 */
public enum RedisPubSubMeters implements MeterDocumentation {

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

    private final String name;

    private final Meter.Type type;

    private final String baseUnit;

    private final String description;

    RedisPubSubMeters(String name, Meter.Type type, String baseUnit, String description) {
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

    @Override
    public KeyName[] getKeyNames() {
        return new KeyName[] { TagKey.LISTENER };
    }

    /**
     * The description set on the meter.
     * @return one sentence
     */
    public String getDescription() {
        return this.description;
    }

    /**
     * The tags of the meters.
     */
    public enum TagKey implements KeyName {

        /** The bean name of the {@link RedisMessageListener}. */
        LISTENER("listener");

        private final String key;

        TagKey(String key) {
            this.key = key;
        }

        @Override
        public String asString() {
            return this.key;
        }

    }

}
