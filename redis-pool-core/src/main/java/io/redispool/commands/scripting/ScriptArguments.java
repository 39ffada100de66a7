package io.redispool.commands.scripting;

import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.commands.CommandCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The arguments EVAL, EVALSHA, FCALL and their read-only forms share: what to run, the
 * number of keys, the keys, then the other arguments.
 */
final class ScriptArguments {

    private ScriptArguments() {
    }

    static <K, V> CommandArgs call(CommandCodec<K, V> codec, CommandSpec spec, String what, String target, List<K> keys,
            List<V> args) {
        Objects.requireNonNull(target, () -> "'" + what + "' must not be null");
        Objects.requireNonNull(keys, "'keys' must not be null");
        Objects.requireNonNull(args, "'args' must not be null");
        CommandArgs call = CommandArgs.of(spec, 2 + keys.size() + args.size())
            .add(target.getBytes(StandardCharsets.UTF_8))
            .add(keys.size());
        keys.forEach((key) -> call.add(codec.key(key)));
        args.forEach((arg) -> call.add(codec.value(arg)));
        return call;
    }

    static String text(String what, String text) {
        return Objects.requireNonNull(text, () -> "'" + what + "' must not be null");
    }

}
