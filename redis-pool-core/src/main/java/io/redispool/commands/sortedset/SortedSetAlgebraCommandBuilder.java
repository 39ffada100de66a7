package io.redispool.commands.sortedset;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ScoredValue;
import io.redispool.commands.CommandCodec;
import java.util.List;
import java.util.Objects;

/**
 * Builds the sorted set commands that combine several sets (difference, intersection,
 * union), as data; {@link SortedSetAlgebraCommands} runs them.
 *
 * <p>
 * The number of keys these commands take before their keys is counted from the list
 * given, so the two cannot disagree.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class SortedSetAlgebraCommandBuilder<K, V> {

    private static final CommandSpec ZDIFF = CommandTable.get().spec("zdiff");

    private static final CommandSpec ZDIFFSTORE = CommandTable.get().spec("zdiffstore");

    private static final CommandSpec ZINTER = CommandTable.get().spec("zinter");

    private static final CommandSpec ZINTERSTORE = CommandTable.get().spec("zinterstore");

    private static final CommandSpec ZINTERCARD = CommandTable.get().spec("zintercard");

    private static final CommandSpec ZUNION = CommandTable.get().spec("zunion");

    private static final CommandSpec ZUNIONSTORE = CommandTable.get().spec("zunionstore");

    private static final ZAggregateOptions NONE = ZAggregateOptions.none();

    private final CommandCodec<K, V> codec;

    private final ReplyDecoder<List<ScoredValue<V>>> scored;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public SortedSetAlgebraCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
        this.scored = ReplyDecoders.scoredValues(codec.valueDecoder());
    }

    /**
     * ZDIFF.
     * @param keys the first sorted set, then those whose members to take away, at least
     * one
     * @return a command that yields the members of the first set that no other set holds
     */
    public Command<List<V>> zdiff(List<K> keys) {
        return read(ZDIFF, keys, NONE).build(this.codec.valuesDecoder());
    }

    /**
     * ZDIFF ... WITHSCORES.
     * @param keys the first sorted set, then those whose members to take away, at least
     * one
     * @return a command that yields those members with their scores in the first set
     */
    public Command<List<ScoredValue<V>>> zdiffWithScores(List<K> keys) {
        return read(ZDIFF, keys, NONE).add(Keyword.WITHSCORES).build(this.scored);
    }

    /**
     * ZDIFFSTORE.
     * @param destination the sorted set to (over)write
     * @param keys the first sorted set, then those whose members to take away, at least
     * one
     * @return a command that yields how many members the destination holds
     */
    public Command<Long> zdiffstore(K destination, List<K> keys) {
        return store(ZDIFFSTORE, destination, keys, NONE).build(ReplyDecoders.INTEGER);
    }

    /**
     * ZINTER.
     * @param keys the sorted sets, at least one
     * @return a command that yields the members every set holds
     */
    public Command<List<V>> zinter(List<K> keys) {
        return zinter(keys, NONE);
    }

    /**
     * ZINTER with WEIGHTS and AGGREGATE.
     * @param keys the sorted sets, at least one
     * @param options weights and how scores combine
     * @return a command that yields the members every set holds
     */
    public Command<List<V>> zinter(List<K> keys, ZAggregateOptions options) {
        return read(ZINTER, keys, options).build(this.codec.valuesDecoder());
    }

    /**
     * ZINTER ... WITHSCORES.
     * @param keys the sorted sets, at least one
     * @return a command that yields the members every set holds, with their summed scores
     */
    public Command<List<ScoredValue<V>>> zinterWithScores(List<K> keys) {
        return zinterWithScores(keys, NONE);
    }

    /**
     * ZINTER ... WITHSCORES with WEIGHTS and AGGREGATE.
     * @param keys the sorted sets, at least one
     * @param options weights and how scores combine
     * @return a command that yields the members every set holds, with their combined
     * scores
     */
    public Command<List<ScoredValue<V>>> zinterWithScores(List<K> keys, ZAggregateOptions options) {
        return read(ZINTER, keys, options).add(Keyword.WITHSCORES).build(this.scored);
    }

    /**
     * ZINTERSTORE.
     * @param destination the sorted set to (over)write
     * @param keys the sorted sets, at least one
     * @return a command that yields how many members the destination holds
     */
    public Command<Long> zinterstore(K destination, List<K> keys) {
        return zinterstore(destination, keys, NONE);
    }

    /**
     * ZINTERSTORE with WEIGHTS and AGGREGATE.
     * @param destination the sorted set to (over)write
     * @param keys the sorted sets, at least one
     * @param options weights and how scores combine
     * @return a command that yields how many members the destination holds
     */
    public Command<Long> zinterstore(K destination, List<K> keys, ZAggregateOptions options) {
        return store(ZINTERSTORE, destination, keys, options).build(ReplyDecoders.INTEGER);
    }

    /**
     * ZINTERCARD.
     * @param keys the sorted sets, at least one
     * @return a command that yields how many members every set holds
     */
    public Command<Long> zintercard(List<K> keys) {
        return read(ZINTERCARD, keys, NONE).build(ReplyDecoders.INTEGER);
    }

    /**
     * ZINTERCARD ... LIMIT: stops counting at the limit.
     * @param keys the sorted sets, at least one
     * @param limit the most to count, at least 1; 0 for no limit
     * @return a command that yields how many members every set holds, at most the limit
     */
    public Command<Long> zintercard(List<K> keys, long limit) {
        ZRange.requireNotNegative("limit", limit);
        return read(ZINTERCARD, keys, NONE).add(Keyword.LIMIT).add(limit).build(ReplyDecoders.INTEGER);
    }

    /**
     * ZUNION.
     * @param keys the sorted sets, at least one
     * @return a command that yields the members any set holds
     */
    public Command<List<V>> zunion(List<K> keys) {
        return zunion(keys, NONE);
    }

    /**
     * ZUNION with WEIGHTS and AGGREGATE.
     * @param keys the sorted sets, at least one
     * @param options weights and how scores combine
     * @return a command that yields the members any set holds
     */
    public Command<List<V>> zunion(List<K> keys, ZAggregateOptions options) {
        return read(ZUNION, keys, options).build(this.codec.valuesDecoder());
    }

    /**
     * ZUNION ... WITHSCORES.
     * @param keys the sorted sets, at least one
     * @return a command that yields the members any set holds, with their summed scores
     */
    public Command<List<ScoredValue<V>>> zunionWithScores(List<K> keys) {
        return zunionWithScores(keys, NONE);
    }

    /**
     * ZUNION ... WITHSCORES with WEIGHTS and AGGREGATE.
     * @param keys the sorted sets, at least one
     * @param options weights and how scores combine
     * @return a command that yields the members any set holds, with their combined scores
     */
    public Command<List<ScoredValue<V>>> zunionWithScores(List<K> keys, ZAggregateOptions options) {
        return read(ZUNION, keys, options).add(Keyword.WITHSCORES).build(this.scored);
    }

    /**
     * ZUNIONSTORE.
     * @param destination the sorted set to (over)write
     * @param keys the sorted sets, at least one
     * @return a command that yields how many members the destination holds
     */
    public Command<Long> zunionstore(K destination, List<K> keys) {
        return zunionstore(destination, keys, NONE);
    }

    /**
     * ZUNIONSTORE with WEIGHTS and AGGREGATE.
     * @param destination the sorted set to (over)write
     * @param keys the sorted sets, at least one
     * @param options weights and how scores combine
     * @return a command that yields how many members the destination holds
     */
    public Command<Long> zunionstore(K destination, List<K> keys, ZAggregateOptions options) {
        return store(ZUNIONSTORE, destination, keys, options).build(ReplyDecoders.INTEGER);
    }

    private CommandArgs read(CommandSpec spec, List<K> keys, ZAggregateOptions options) {
        return withKeys(CommandArgs.of(spec, keys.size() + 8), spec, keys, options);
    }

    private CommandArgs store(CommandSpec spec, K destination, List<K> keys, ZAggregateOptions options) {
        return withKeys(this.codec.keyArgs(spec, destination, keys.size() + 8), spec, keys, options);
    }

    private CommandArgs withKeys(CommandArgs args, CommandSpec spec, List<K> keys, ZAggregateOptions options) {
        CommandCodec.requireNotEmpty(spec, "keys", keys);
        Objects.requireNonNull(options, "'options' must not be null");
        args.add(keys.size());
        keys.forEach((each) -> args.add(this.codec.key(each)));
        options.appendTo(args, spec, keys.size());
        return args;
    }

}
