package io.redispool.commands.sortedset;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import io.redispool.command.ScoredValue;
import java.util.List;

/**
 * Builds the commands of sorted sets as data; {@link SortedSetCommands} runs them.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class SortedSetCommandBuilder<K, V> {

    private static final CommandSpec ZADD = CommandTable.get().spec("zadd");

    private static final CommandSpec ZRANGE = CommandTable.get().spec("zrange");

    private static final CommandSpec ZSCORE = CommandTable.get().spec("zscore");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public SortedSetCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    public Command<Long> zadd(K key, double score, V member) {
        return this.codec.keyArgs(ZADD, key, 2).add(score).add(this.codec.value(member)).build(ReplyDecoders.INTEGER);
    }

    public Command<Long> zadd(K key, List<ScoredValue<V>> members) {
        CommandCodec.requireNotEmpty(ZADD, "members", members);
        CommandArgs args = this.codec.keyArgs(ZADD, key, members.size() * 2);
        members.forEach((m) -> args.add(m.score()).add(this.codec.value(m.value())));
        return args.build(ReplyDecoders.INTEGER);
    }

    public Command<List<V>> zrange(K key, long start, long stop) {
        return this.codec.keyArgs(ZRANGE, key, 2).add(start).add(stop).build(this.codec.valuesDecoder());
    }

    /**
     * ZRANGE ... WITHSCORES.
     * @param key the sorted set's key
     * @param start the first rank
     * @param stop the last rank, inclusive; -1 for the last member
     * @return a command that yields members with their scores, lowest first
     */
    public Command<List<ScoredValue<V>>> zrangeWithScores(K key, long start, long stop) {
        return this.codec.keyArgs(ZRANGE, key, 3).add(start).add(stop).add(Keyword.WITHSCORES)
                .build(ReplyDecoders.scoredValues(this.codec.valueDecoder()));
    }

    public Command<Double> zscore(K key, V member) {
        return this.codec.keyArgs(ZSCORE, key, 1).add(this.codec.value(member)).build(ReplyDecoders.DOUBLE);
    }
}
