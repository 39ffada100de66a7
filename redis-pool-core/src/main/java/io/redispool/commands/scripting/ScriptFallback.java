package io.redispool.commands.scripting;

import io.redispool.RedisServerException;
import io.redispool.command.Command;
import io.redispool.commands.CommandRunner;
import java.util.function.Supplier;

/**
 * Runs a script by its SHA1 and sends its source only when the server answers NOSCRIPT:
 * after a restart, a failover or a SCRIPT FLUSH. EVAL caches the script, so the next
 * EVALSHA finds it. This is redis-py's {@code Script.__call__}; it needs the reply of the
 * first command before it can choose the second, so it runs at once and not in a
 * pipeline.
 */
final class ScriptFallback {

    private static final String NOSCRIPT = "NOSCRIPT";

    private ScriptFallback() {
    }

    static <T> T run(CommandRunner<?, ?> runner, Command<T> bySha, Supplier<Command<T>> bySource) {
        try {
            return runner.execute(bySha);
        }
        catch (RedisServerException ex) {
            if (!NOSCRIPT.equals(ex.errorCode())) {
                throw ex;
            }
            return runner.execute(bySource.get());
        }
    }

}
