package io.redispool.commands.stream;

import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.Keyword;
import io.redispool.commands.CommandCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The arguments the stream commands share: group and consumer names, entry IDs, counts,
 * times, and the STREAMS block of XREAD and XREADGROUP, each checked with a message
 * naming it.
 */
final class StreamArguments {

    private StreamArguments() {
    }

    /**
     * A group or consumer name, in UTF-8.
     */
    static byte[] name(String argument, String name) {
        return Objects.requireNonNull(name, () -> "'" + argument + "' must not be null")
            .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An entry ID or a special ID such as {@code -}, {@code +}, {@code $} or {@code >}.
     */
    static String id(String argument, String id) {
        Objects.requireNonNull(id, () -> "'" + argument + "' must not be null");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("'" + argument + "' must be a stream ID but was empty");
        }
        return id;
    }

    static long count(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("'count' must be at least 1 but was " + count);
        }
        return count;
    }

    static long millis(String argument, Duration duration) {
        Objects.requireNonNull(duration, () -> "'" + argument + "' must not be null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("'" + argument + "' must not be negative but was " + duration);
        }
        return duration.toMillis();
    }

    /**
     * The STREAMS block: every key, then every ID, in the map's order.
     */
    static <K> CommandArgs streams(CommandSpec spec, CommandArgs args, CommandCodec<K, ?> codec,
            Map<K, String> streams) {
        CommandCodec.requireNotEmpty(spec, "streams", streams.keySet());
        args.add(Keyword.STREAMS);
        streams.keySet().forEach((key) -> args.add(codec.key(key)));
        streams.values().forEach((id) -> args.add(id("id", id)));
        return args;
    }

}
