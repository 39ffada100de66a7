package io.redispool.commands.list;

import io.redispool.command.Command;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.util.List;

/**
 * Builds the commands of lists as data; {@link ListCommands} runs them.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class ListCommandBuilder<K, V> {

    private static final CommandSpec LPUSH = CommandTable.get().spec("lpush");

    private static final CommandSpec RPUSH = CommandTable.get().spec("rpush");

    private static final CommandSpec LPOP = CommandTable.get().spec("lpop");

    private static final CommandSpec RPOP = CommandTable.get().spec("rpop");

    private static final CommandSpec LRANGE = CommandTable.get().spec("lrange");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public ListCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    public Command<Long> lpush(K key, List<V> elements) {
        return this.codec.keyValuesArgs(LPUSH, key, elements).build(ReplyDecoders.INTEGER);
    }

    public Command<Long> rpush(K key, List<V> elements) {
        return this.codec.keyValuesArgs(RPUSH, key, elements).build(ReplyDecoders.INTEGER);
    }

    public Command<V> lpop(K key) {
        return this.codec.keyArgs(LPOP, key, 0).build(this.codec.valueDecoder());
    }

    public Command<V> rpop(K key) {
        return this.codec.keyArgs(RPOP, key, 0).build(this.codec.valueDecoder());
    }

    public Command<List<V>> lrange(K key, long start, long stop) {
        return this.codec.keyArgs(LRANGE, key, 2).add(start).add(stop).build(this.codec.valuesDecoder());
    }
}
