package io.redispool.commands.string;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.util.List;
import java.util.Map;

/**
 * Builds the commands of strings and counters as data; {@link StringCommands} runs them.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class StringCommandBuilder<K, V> {

    private static final CommandSpec GET = CommandTable.get().spec("get");

    private static final CommandSpec SET = CommandTable.get().spec("set");

    private static final CommandSpec MGET = CommandTable.get().spec("mget");

    private static final CommandSpec MSET = CommandTable.get().spec("mset");

    private static final CommandSpec INCR = CommandTable.get().spec("incr");

    private static final CommandSpec INCRBY = CommandTable.get().spec("incrby");

    private static final CommandSpec DECR = CommandTable.get().spec("decr");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public StringCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    public Command<V> get(K key) {
        return this.codec.keyArgs(GET, key, 0).build(this.codec.valueDecoder());
    }

    public Command<Boolean> set(K key, V value) {
        return set(key, value, SetOptions.none());
    }

    /**
     * SET with options.
     * @param key the key
     * @param value the value
     * @param options expiry and condition
     * @return a command that yields {@code false} when an NX or XX condition was not met
     */
    public Command<Boolean> set(K key, V value, SetOptions options) {
        CommandArgs args = this.codec.keyArgs(SET, key, 5).add(this.codec.value(value));
        options.appendTo(args);
        return args.build(ReplyDecoders.OK_OR_NULL);
    }

    public Command<List<V>> mget(List<K> keys) {
        return this.codec.keysArgs(MGET, keys).build(this.codec.valuesDecoder());
    }

    public Command<String> mset(Map<K, V> entries) {
        CommandCodec.requireNotEmpty(MSET, "entries", entries.keySet());
        CommandArgs args = CommandArgs.of(MSET, entries.size() * 2);
        entries.forEach((k, v) -> args.add(this.codec.key(k)).add(this.codec.value(v)));
        return args.build(ReplyDecoders.STATUS);
    }

    public Command<Long> incr(K key) {
        return this.codec.keyArgs(INCR, key, 0).build(ReplyDecoders.INTEGER);
    }

    public Command<Long> incrby(K key, long increment) {
        return this.codec.keyArgs(INCRBY, key, 1).add(increment).build(ReplyDecoders.INTEGER);
    }

    public Command<Long> decr(K key) {
        return this.codec.keyArgs(DECR, key, 0).build(ReplyDecoders.INTEGER);
    }
}
