package io.redispool.spring.metrics;

import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.BaseUnits;

/**
 * The meters {@link RedisPoolMetrics} registers for each pool: name, type, base unit,
 * tags and description, in one place that the binder, the tests and
 * {@code docs/metrics.md} all follow.
 */
public enum RedisPoolMeters implements DescribedMeter {

    CONNECTIONS("redis.pool.connections", Meter.Type.GAUGE, BaseUnits.CONNECTIONS,
            "Open connections, in use or idle: the pool's size."),

    CONNECTIONS_IN_USE("redis.pool.connections.in.use", Meter.Type.GAUGE, BaseUnits.CONNECTIONS,
            "Connections handed out to callers now."),

    CONNECTIONS_IDLE("redis.pool.connections.idle", Meter.Type.GAUGE, BaseUnits.CONNECTIONS,
            "Connections open and free."),

    CONNECTIONS_PENDING("redis.pool.connections.pending", Meter.Type.GAUGE, BaseUnits.THREADS,
            "Threads waiting for a connection."),

    CONNECTIONS_MAX("redis.pool.connections.max", Meter.Type.GAUGE, BaseUnits.CONNECTIONS,
            "The most connections the pool opens at once (max-connections)."),

    CONNECTIONS_MIN("redis.pool.connections.min", Meter.Type.GAUGE, BaseUnits.CONNECTIONS,
            "The idle connections the pool keeps open, ready for a burst (min-idle)."),

    CONNECTIONS_CLOSED("redis.pool.connections.closed", Meter.Type.COUNTER, BaseUnits.CONNECTIONS,
            "Connections the pool closed since the metrics were bound, by reason.") {

        @Override
        public KeyName[] getKeyNames() {
            return new KeyName[] { TagKey.POOL, TagKey.REASON };
        }
    },

    TOO_MANY_CONNECTIONS("redis.pool.too.many.connections", Meter.Type.COUNTER, BaseUnits.CONNECTIONS,
            "Requests for a connection refused with \"Too many connections\" since the pool started."),

    ACQUIRE("redis.pool.acquire", Meter.Type.TIMER, "seconds",
            "Time to obtain a connection from the pool, including any wait and connection creation."),

    CONNECTIONS_CREATION("redis.pool.connections.creation", Meter.Type.TIMER, "seconds",
            "Time to open and set up a new connection: connect, AUTH, SELECT, CLIENT SETNAME."),

    CONNECTIONS_USAGE("redis.pool.connections.usage", Meter.Type.TIMER, "seconds",
            "Time a caller held a connection before giving it back."),

    COMMANDS("redis.pool.commands", Meter.Type.TIMER, "seconds",
            "Time to run a command, from the call to its result, including borrowing and retries.") {

        @Override
        public KeyName[] getKeyNames() {
            return new KeyName[] { TagKey.POOL, TagKey.COMMAND, TagKey.OUTCOME };
        }
    };

    private final MeterDescription description;

    RedisPoolMeters(String name, Meter.Type type, String baseUnit, String description) {
        this.description = new MeterDescription(name, type, baseUnit, description);
    }

    @Override
    public MeterDescription meterDescription() {
        return this.description;
    }

    @Override
    public KeyName[] getKeyNames() {
        return new KeyName[] { TagKey.POOL };
    }

    /**
     * The tags of the meters.
     */
    public enum TagKey implements LowerCaseKeyName {

        /**
         * The name of the {@code RedisClient} bean, {@code redisClient} for the
         * auto-configured one.
         */
        POOL,

        /**
         * The command's name in upper case, such as {@code GET}; {@code OTHER} beyond
         * {@link RedisPoolMetrics#DEFAULT_MAX_COMMAND_TAGS} distinct names or for names
         * that do not look like commands.
         */
        COMMAND,

        /** How the command ended: {@code success}, {@code error} or {@code timeout}. */
        OUTCOME,

        /**
         * Why a connection was closed, the core's {@code CloseReason} in lower case:
         * {@code broken}, {@code idle_timeout}, {@code max_lifetime},
         * {@code server_closed}, {@code health_check_failed}, {@code reset},
         * {@code pool_closed}.
         */
        REASON

    }

}
