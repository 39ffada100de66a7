package io.redispool.commands.hyperloglog;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.util.List;

/**
 * Builds the commands of HyperLogLogs (counts of distinct elements, estimated in 12 KB at
 * most) as data; {@link HyperLogLogCommands} runs them.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class HyperLogLogCommandBuilder<K, V> {

    private static final CommandSpec PFADD = CommandTable.get().spec("pfadd");

    private static final CommandSpec PFCOUNT = CommandTable.get().spec("pfcount");

    private static final CommandSpec PFMERGE = CommandTable.get().spec("pfmerge");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public HyperLogLogCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    /**
     * PFADD: adds elements (none just creates the key); {@code true} when the estimate
     * may have changed.
     */
    public Command<Boolean> pfadd(K key, List<V> elements) {
        CommandArgs args = this.codec.keyArgs(PFADD, key, elements.size());
        elements.forEach((each) -> args.add(this.codec.value(each)));
        return args.build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /**
     * PFCOUNT: the estimated number of distinct elements added to the keys, counted once
     * across all of them.
     */
    public Command<Long> pfcount(List<K> keys) {
        return this.codec.keysArgs(PFCOUNT, keys).build(ReplyDecoders.INTEGER);
    }

    /**
     * PFMERGE: stores in the destination the union of its own elements and the sources'.
     */
    public Command<String> pfmerge(K destination, List<K> sources) {
        CommandArgs args = this.codec.keyArgs(PFMERGE, destination, sources.size());
        sources.forEach((each) -> args.add(this.codec.key(each)));
        return args.build(ReplyDecoders.STATUS);
    }

}
