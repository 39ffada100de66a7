package io.redispool.commands.keys;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import io.redispool.command.ScanResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the commands of keys of any type (the generic group): existence, expiry, deletion, iteration as data; {@link KeyCommands} runs them.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class KeyCommandBuilder<K, V> {

    private static final CommandSpec DEL = CommandTable.get().spec("del");

    private static final CommandSpec EXISTS = CommandTable.get().spec("exists");

    private static final CommandSpec EXPIRE = CommandTable.get().spec("expire");

    private static final CommandSpec TTL = CommandTable.get().spec("ttl");

    private static final CommandSpec SCAN = CommandTable.get().spec("scan");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public KeyCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    public Command<Long> del(List<K> keys) {
        return this.codec.keysArgs(DEL, keys).build(ReplyDecoders.INTEGER);
    }

    public Command<Long> exists(List<K> keys) {
        return this.codec.keysArgs(EXISTS, keys).build(ReplyDecoders.INTEGER);
    }

    public Command<Boolean> expire(K key, long seconds) {
        return this.codec.keyArgs(EXPIRE, key, 1).add(seconds).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    public Command<Long> ttl(K key) {
        return this.codec.keyArgs(TTL, key, 0).build(ReplyDecoders.INTEGER);
    }

    public Command<ScanResult<K>> scan(String cursor) {
        return scan(cursor, null, 0);
    }

    /**
     * SCAN with a MATCH pattern and a COUNT hint.
     * @param cursor "0" to start, then the cursor of the previous page
     * @param pattern a glob-style pattern, or {@code null} for every key
     * @param count how many keys to examine per call, or 0 for the server's default
     * @return a command that yields one page
     */
    public Command<ScanResult<K>> scan(String cursor, String pattern, long count) {
        CommandArgs args = CommandArgs.of(SCAN, 5).add(cursor.getBytes(StandardCharsets.US_ASCII));
        if (pattern != null) {
            args.add(Keyword.MATCH).add(pattern.getBytes(StandardCharsets.UTF_8));
        }
        if (count > 0) {
            args.add(Keyword.COUNT).add(count);
        }
        return args.build(ReplyDecoders.scanPage(this.codec.keysDecoder()));
    }
}
