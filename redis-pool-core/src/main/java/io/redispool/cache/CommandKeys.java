package io.redispool.cache;

import io.redispool.command.Command;
import io.redispool.command.KeySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which commands a {@link ClientSideCache} caches, and which keys a write changes.
 *
 * <p>
 * Cached: the reads of one key whose reply depends on that key alone, named here rather
 * than taken from the command table's read-only flag, which also covers commands whose
 * reply depends on time (TTL), on other keys (SINTER) or on chance (SRANDMEMBER).
 */
final class CommandKeys {

    /** The cached commands; each takes its key as its first argument. */
    static final Set<String> CACHED = Set.of("get", "getrange", "strlen", "hget", "hmget", "hgetall", "hexists", "hlen",
            "hstrlen", "hkeys", "hvals", "smembers", "sismember", "smismember", "scard", "lrange", "llen", "lindex",
            "zscore", "zmscore", "zcard", "zrank", "zrevrank", "zcount", "exists", "type");

    private CommandKeys() {
    }

    /**
     * The key a command reads, if it is one the cache keeps.
     * @return the key, or {@code null} if the command is not cached
     */
    static RedisKey cachedKey(Command<?> command) {
        byte[][] arguments = command.arguments();
        String name = command.spec().name();
        if (arguments.length < 2 || !CACHED.contains(name) || (name.equals("exists") && arguments.length != 2)) {
            return null;
        }
        return new RedisKey(arguments[1]);
    }

    /**
     * The keys a command names, as far as its key specs say where they are: a fixed index
     * and a range, or a count. Keys found after a keyword are not found: such a write is
     * still invalidated by the server, only later.
     * @return the keys, possibly none
     */
    static List<RedisKey> keysOf(Command<?> command) {
        byte[][] arguments = command.arguments();
        List<RedisKey> keys = new ArrayList<>(2);
        for (KeySpec spec : command.spec().keySpecs()) {
            if (!(spec.begin() instanceof KeySpec.AtIndex at) || at.index() >= arguments.length) {
                continue;
            }
            int first = at.index();
            if (spec.find() instanceof KeySpec.Range range) {
                int last = (range.lastKey() >= 0) ? first + range.lastKey() : arguments.length + range.lastKey();
                int step = Math.max(1, range.keyStep());
                for (int i = first; i <= Math.min(last, arguments.length - 1); i += step) {
                    keys.add(new RedisKey(arguments[i]));
                }
            }
            else if (spec.find() instanceof KeySpec.KeyNum keyNum && first + keyNum.keyNumIndex() < arguments.length) {
                int count = count(arguments[first + keyNum.keyNumIndex()]);
                int step = Math.max(1, keyNum.keyStep());
                for (int i = 0, index = first + keyNum.firstKey(); i < count && index < arguments.length; i++) {
                    keys.add(new RedisKey(arguments[index]));
                    index += step;
                }
            }
        }
        return keys;
    }

    private static int count(byte[] argument) {
        try {
            return Integer.parseInt(new String(argument, StandardCharsets.US_ASCII));
        }
        catch (NumberFormatException ex) {
            return 0;
        }
    }

}
