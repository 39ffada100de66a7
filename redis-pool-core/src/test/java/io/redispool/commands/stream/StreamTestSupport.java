package io.redispool.commands.stream;

import io.redispool.RedisCommands;
import io.redispool.command.Command;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the stream tests share: fields in order, entry IDs, and a command's words.
 */
final class StreamTestSupport {

    private StreamTestSupport() {
    }

    static void addNumbered(RedisCommands<String, String> commands, String key, int count) {
        for (int i = 1; i <= count; i++) {
            commands.xadd(key, XAddOptions.none().id(i + "-0"), fields("n", Integer.toString(i)));
        }
    }

    static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    static List<String> ids(List<StreamEntry<String, String>> entries) {
        return entries.stream().map(StreamEntry::id).toList();
    }

    static List<String> words(Command<?> command) {
        return Arrays.stream(command.arguments()).map((bytes) -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

}
