package io.redispool.spring.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.redispool.spring.observation.RedisCommandObservation.LowCardinalityKeys;

/**
 * Names a command's observation {@code db.client.operation} and its span after the
 * command, tagged as OpenTelemetry's database conventions tag a client operation.
 *
 * <p>
 * Every tag is low-cardinality, and every observation has the same keys: a registry such
 * as Prometheus refuses a meter whose tags differ from another of the same name, so a
 * successful command carries {@code error.type=none} where OpenTelemetry would leave the
 * attribute out. A command name that does not look like one (anything
 * {@code RedisClient.execute(String...)} was given as its first word) is {@code OTHER}.
 */
public class DefaultRedisCommandObservationConvention implements RedisCommandObservationConvention {

    /** The observation's name, OpenTelemetry's operation metric without its unit. */
    public static final String NAME = "db.client.operation";

    static final String OTHER = "OTHER";

    private static final int MAX_COMMAND_LENGTH = 32;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(RedisCommandObservationContext context) {
        return operationName(context.getCommand());
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(RedisCommandObservationContext context) {
        Throwable error = context.getError();
        return KeyValues.of(KeyValue.of(LowCardinalityKeys.DB_SYSTEM_NAME, "redis"),
                KeyValue.of(LowCardinalityKeys.DB_OPERATION_NAME, operationName(context.getCommand())),
                KeyValue.of(LowCardinalityKeys.DB_NAMESPACE, String.valueOf(context.getDatabase())),
                KeyValue.of(LowCardinalityKeys.SERVER_ADDRESS, context.getServerAddress()),
                KeyValue.of(LowCardinalityKeys.SERVER_PORT,
                        (context.getServerPort() >= 0) ? String.valueOf(context.getServerPort()) : "none"),
                KeyValue.of(LowCardinalityKeys.ERROR_TYPE,
                        (error != null) ? error.getClass().getSimpleName() : "none"));
    }

    /**
     * The command's name if it looks like one (GET, CLIENT SETNAME, JSON.GET), otherwise
     * {@value #OTHER}, so that a key passed as a command never becomes a tag.
     */
    static String operationName(String command) {
        if (command == null || command.isEmpty() || command.length() > MAX_COMMAND_LENGTH) {
            return OTHER;
        }
        int space = command.indexOf(' ');
        if (space >= 0 && (space == 0 || command.indexOf(' ', space + 1) >= 0)) {
            return OTHER;
        }
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'
                    || c == '|' || (c == ' ' && i < command.length() - 1);
            if (!allowed) {
                return OTHER;
            }
        }
        return command;
    }

}
