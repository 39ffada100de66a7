package io.redispool.commands.set;

import io.redispool.command.Command;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.util.List;
import java.util.Set;

/**
 * Builds the commands of sets as data; {@link SetCommands} runs them.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class SetCommandBuilder<K, V> {

    private static final CommandSpec SADD = CommandTable.get().spec("sadd");

    private static final CommandSpec SMEMBERS = CommandTable.get().spec("smembers");

    private static final CommandSpec SREM = CommandTable.get().spec("srem");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public SetCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    public Command<Long> sadd(K key, List<V> members) {
        return this.codec.keyValuesArgs(SADD, key, members).build(ReplyDecoders.INTEGER);
    }

    /**
     * SMEMBERS. With byte[] values the set compares arrays by identity; iterate it instead.
     * @param key the set's key
     * @return a command that yields the members
     */
    public Command<Set<V>> smembers(K key) {
        return this.codec.keyArgs(SMEMBERS, key, 0).build(ReplyDecoders.set(this.codec.valueDecoder()));
    }

    public Command<Long> srem(K key, List<V> members) {
        return this.codec.keyValuesArgs(SREM, key, members).build(ReplyDecoders.INTEGER);
    }
}
