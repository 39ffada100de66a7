package io.redispool.spring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation of a command, its name and its tags, in one place that the convention,
 * the tests and {@code docs/tracing.md} follow.
 */
public enum RedisCommandObservation implements ObservationDocumentation {

    /** One command, from the call to its result, borrowing and retries included. */
    COMMAND {

        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultRedisCommandObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return LowCardinalityKeys.values();
        }

    };

    /**
     * The tags, OpenTelemetry's attribute names for a database client operation.
     */
    public enum LowCardinalityKeys implements KeyName {

        /** Always {@code redis}. */
        DB_SYSTEM_NAME("db.system.name"),

        /**
         * The command's name in upper case, such as {@code GET} or
         * {@code CLIENT SETNAME}; {@code OTHER} for a first word that does not look like
         * a command.
         */
        DB_OPERATION_NAME("db.operation.name"),

        /** The database index the client selects, such as {@code 0}. */
        DB_NAMESPACE("db.namespace"),

        /** The server's host, or a unix socket's path. */
        SERVER_ADDRESS("server.address"),

        /** The server's port; {@code none} for a unix socket. */
        SERVER_PORT("server.port"),

        /**
         * The simple name of the exception the command ended with, such as
         * {@code RedisTimeoutException}; {@code none} on success.
         */
        ERROR_TYPE("error.type");

        private final String key;

        LowCardinalityKeys(String key) {
            this.key = key;
        }

        @Override
        public String asString() {
            return this.key;
        }

    }

}
