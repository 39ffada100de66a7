package io.redispool.spring.aot;

import io.redispool.command.CommandTable;
import io.redispool.spring.autoconfigure.RedisPoolProperties;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

/**
 * The hints a native image needs for redis-pool: the command table the core reads as a
 * class path resource, and the properties bound from {@code redis.pool.*} with their
 * groups.
 *
 * <p>
 * Everything else is reached without reflection: the core builds commands as data, and
 * the starter's factories and failure analyzer are listed in {@code spring.factories},
 * whose entries Spring Boot registers hints for itself.
 */
public final class RedisPoolRuntimeHints implements RuntimeHintsRegistrar {

    /**
     * The command table, read by {@link CommandTable} with {@code getResourceAsStream}.
     */
    public static final String COMMAND_TABLE = "io/redispool/command/commands.tsv";

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        hints.resources().registerPattern(COMMAND_TABLE);
        BindableRuntimeHintsRegistrar.forTypes(RedisPoolProperties.class).registerHints(hints, classLoader);
    }

}
