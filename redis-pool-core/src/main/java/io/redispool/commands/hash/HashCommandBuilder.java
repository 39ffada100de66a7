package io.redispool.commands.hash;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.util.List;
import java.util.Map;

/**
 * Builds the commands of hashes as data; {@link HashCommands} runs them.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class HashCommandBuilder<K, V> {

    private static final CommandSpec HGET = CommandTable.get().spec("hget");

    private static final CommandSpec HSET = CommandTable.get().spec("hset");

    private static final CommandSpec HGETALL = CommandTable.get().spec("hgetall");

    private static final CommandSpec HDEL = CommandTable.get().spec("hdel");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public HashCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    public Command<V> hget(K key, K field) {
        return this.codec.keyArgs(HGET, key, 1).add(this.codec.key(field)).build(this.codec.valueDecoder());
    }

    public Command<Long> hset(K key, K field, V value) {
        return this.codec.keyArgs(HSET, key, 2).add(this.codec.key(field)).add(this.codec.value(value))
                .build(ReplyDecoders.INTEGER);
    }

    public Command<Long> hset(K key, Map<K, V> fields) {
        CommandCodec.requireNotEmpty(HSET, "fields", fields.keySet());
        CommandArgs args = this.codec.keyArgs(HSET, key, fields.size() * 2);
        fields.forEach((f, v) -> args.add(this.codec.key(f)).add(this.codec.value(v)));
        return args.build(ReplyDecoders.INTEGER);
    }

    public Command<Map<K, V>> hgetall(K key) {
        return this.codec.keyArgs(HGETALL, key, 0).build(this.codec.mapDecoder());
    }

    public Command<Long> hdel(K key, List<K> fields) {
        CommandCodec.requireNotEmpty(HDEL, "fields", fields);
        CommandArgs args = this.codec.keyArgs(HDEL, key, fields.size());
        fields.forEach((f) -> args.add(this.codec.key(f)));
        return args.build(ReplyDecoders.INTEGER);
    }
}
