package io.redispool.commands.sortedset;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ScoredValue;
import io.redispool.commands.CommandCodec;
import io.redispool.commands.TimeArguments;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Builds the sorted set commands that remove and return the lowest or highest scoring
 * members, waiting for them or not, as data; {@link SortedSetPopCommands} runs them.
 *
 * <p>
 * The blocking ones take their wait as a {@link Duration}, {@link Duration#ZERO} meaning
 * for ever; the wait extends the call's socket timeout (see
 * {@link io.redispool.command.Command#blockingWait()}).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class SortedSetPopCommandBuilder<K, V> {

    private static final CommandSpec ZPOPMIN = CommandTable.get().spec("zpopmin");

    private static final CommandSpec ZPOPMAX = CommandTable.get().spec("zpopmax");

    private static final CommandSpec BZPOPMIN = CommandTable.get().spec("bzpopmin");

    private static final CommandSpec BZPOPMAX = CommandTable.get().spec("bzpopmax");

    private static final CommandSpec ZMPOP = CommandTable.get().spec("zmpop");

    private static final CommandSpec BZMPOP = CommandTable.get().spec("bzmpop");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public SortedSetPopCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    /**
     * ZPOPMIN of one member.
     * @param key the sorted set's key
     * @return a command that yields the lowest scoring member, or {@code null} when there
     * is none
     */
    public Command<ScoredValue<V>> zpopmin(K key) {
        return this.codec.keyArgs(ZPOPMIN, key, 0).build(SortedSetReplies.single(this.codec.valueDecoder()));
    }

    /**
     * ZPOPMIN with a count.
     * @param key the sorted set's key
     * @param count how many members at most, at least 0
     * @return a command that yields the lowest scoring members, lowest first
     */
    public Command<List<ScoredValue<V>>> zpopmin(K key, long count) {
        return popCount(ZPOPMIN, key, count);
    }

    /**
     * ZPOPMAX of one member.
     * @param key the sorted set's key
     * @return a command that yields the highest scoring member, or {@code null} when
     * there is none
     */
    public Command<ScoredValue<V>> zpopmax(K key) {
        return this.codec.keyArgs(ZPOPMAX, key, 0).build(SortedSetReplies.single(this.codec.valueDecoder()));
    }

    /**
     * ZPOPMAX with a count.
     * @param key the sorted set's key
     * @param count how many members at most, at least 0
     * @return a command that yields the highest scoring members, highest first
     */
    public Command<List<ScoredValue<V>>> zpopmax(K key, long count) {
        return popCount(ZPOPMAX, key, count);
    }

    /**
     * BZPOPMIN: pops the lowest scoring member of the first non-empty set, waiting for
     * one.
     * @param timeout how long to wait, {@link Duration#ZERO} for ever
     * @param keys the sorted sets, in the order to try them, at least one
     * @return a command that yields the member, its score and its key, or {@code null}
     * when the wait ran out
     */
    public Command<KeyedScoredValue<K, V>> bzpopmin(Duration timeout, List<K> keys) {
        return blockingPop(BZPOPMIN, timeout, keys);
    }

    /**
     * BZPOPMAX: pops the highest scoring member of the first non-empty set, waiting for
     * one.
     * @param timeout how long to wait, {@link Duration#ZERO} for ever
     * @param keys the sorted sets, in the order to try them, at least one
     * @return a command that yields the member, its score and its key, or {@code null}
     * when the wait ran out
     */
    public Command<KeyedScoredValue<K, V>> bzpopmax(Duration timeout, List<K> keys) {
        return blockingPop(BZPOPMAX, timeout, keys);
    }

    /**
     * ZMPOP of one member.
     * @param keys the sorted sets, in the order to try them, at least one
     * @param end which end to pop from
     * @return a command that yields the member popped from the first non-empty set with
     * its key, or {@code null} when all are empty
     */
    public Command<KeyedScoredValues<K, V>> zmpop(List<K> keys, ScoreEnd end) {
        return mpop(CommandArgs.of(ZMPOP, keys.size() + 4), ZMPOP, keys, end, 0);
    }

    /**
     * ZMPOP ... COUNT.
     * @param keys the sorted sets, in the order to try them, at least one
     * @param end which end to pop from
     * @param count how many members at most, at least 1
     * @return a command that yields the members popped from the first non-empty set with
     * its key, or {@code null} when all are empty
     */
    public Command<KeyedScoredValues<K, V>> zmpop(List<K> keys, ScoreEnd end, long count) {
        requirePositive(count);
        return mpop(CommandArgs.of(ZMPOP, keys.size() + 4), ZMPOP, keys, end, count);
    }

    /**
     * BZMPOP of one member: ZMPOP, waiting while every set is empty.
     * @param timeout how long to wait, {@link Duration#ZERO} for ever
     * @param keys the sorted sets, in the order to try them, at least one
     * @param end which end to pop from
     * @return a command that yields the member popped with its key, or {@code null} when
     * the wait ran out
     */
    public Command<KeyedScoredValues<K, V>> bzmpop(Duration timeout, List<K> keys, ScoreEnd end) {
        CommandArgs args = CommandArgs.of(BZMPOP, keys.size() + 5).add(TimeArguments.blockingWait(BZMPOP, timeout));
        return mpop(args, BZMPOP, keys, end, 0);
    }

    /**
     * BZMPOP ... COUNT.
     * @param timeout how long to wait, {@link Duration#ZERO} for ever
     * @param keys the sorted sets, in the order to try them, at least one
     * @param end which end to pop from
     * @param count how many members at most, at least 1
     * @return a command that yields the members popped with their key, or {@code null}
     * when the wait ran out
     */
    public Command<KeyedScoredValues<K, V>> bzmpop(Duration timeout, List<K> keys, ScoreEnd end, long count) {
        requirePositive(count);
        CommandArgs args = CommandArgs.of(BZMPOP, keys.size() + 5).add(TimeArguments.blockingWait(BZMPOP, timeout));
        return mpop(args, BZMPOP, keys, end, count);
    }

    private Command<List<ScoredValue<V>>> popCount(CommandSpec spec, K key, long count) {
        ZRange.requireNotNegative("count", count);
        return this.codec.keyArgs(spec, key, 1).add(count).build(ReplyDecoders.scoredValues(this.codec.valueDecoder()));
    }

    private Command<KeyedScoredValue<K, V>> blockingPop(CommandSpec spec, Duration timeout, List<K> keys) {
        double seconds = TimeArguments.blockingWait(spec, timeout);
        return this.codec.keysArgs(spec, keys)
            .add(seconds)
            .build(SortedSetReplies.keyed(this.codec.keyDecoder(), this.codec.valueDecoder()));
    }

    private Command<KeyedScoredValues<K, V>> mpop(CommandArgs args, CommandSpec spec, List<K> keys, ScoreEnd end,
            long count) {
        CommandCodec.requireNotEmpty(spec, "keys", keys);
        Objects.requireNonNull(end, "'end' must not be null");
        args.add(keys.size());
        keys.forEach((each) -> args.add(this.codec.key(each)));
        args.add(end.keyword());
        if (count > 0) {
            args.add(Keyword.COUNT).add(count);
        }
        return args.build(SortedSetReplies.keyedList(this.codec.keyDecoder(), this.codec.valueDecoder()));
    }

    private static void requirePositive(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("'count' must be at least 1 but was " + count);
        }
    }

}
