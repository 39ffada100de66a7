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
 * Builds the sorted set commands that count, remove or list members by a range of scores,
 * of members' bytes or of ranks, as data; {@link SortedSetRangeCommands} runs them.
 *
 * <p>
 * ZRANGEBYSCORE, ZREVRANGEBYSCORE, ZRANGEBYLEX and ZREVRANGEBYLEX are deprecated by the
 * server in favour of ZRANGE with BYSCORE or BYLEX (see {@link ZRange}); they are here
 * for servers and code that still use them. The reversed ones take their range in natural
 * order, min then max, and send it swapped.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class SortedSetRangeCommandBuilder<K, V> {

    private static final CommandSpec ZCOUNT = CommandTable.get().spec("zcount");

    private static final CommandSpec ZLEXCOUNT = CommandTable.get().spec("zlexcount");

    private static final CommandSpec ZREMRANGEBYRANK = CommandTable.get().spec("zremrangebyrank");

    private static final CommandSpec ZREMRANGEBYSCORE = CommandTable.get().spec("zremrangebyscore");

    private static final CommandSpec ZREMRANGEBYLEX = CommandTable.get().spec("zremrangebylex");

    private static final CommandSpec ZRANGEBYSCORE = CommandTable.get().spec("zrangebyscore");

    private static final CommandSpec ZREVRANGEBYSCORE = CommandTable.get().spec("zrevrangebyscore");

    private static final CommandSpec ZRANGEBYLEX = CommandTable.get().spec("zrangebylex");

    private static final CommandSpec ZREVRANGEBYLEX = CommandTable.get().spec("zrevrangebylex");

    private final CommandCodec<K, V> codec;

    private final ReplyDecoder<List<ScoredValue<V>>> scored;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public SortedSetRangeCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
        this.scored = ReplyDecoders.scoredValues(codec.valueDecoder());
    }

    /**
     * ZCOUNT.
     * @param key the sorted set's key
     * @param range the scores to count
     * @return a command that yields how many members have a score in the range
     */
    public Command<Long> zcount(K key, ScoreRange range) {
        return byScore(ZCOUNT, key, range, false).build(ReplyDecoders.INTEGER);
    }

    /**
     * ZLEXCOUNT.
     * @param key the sorted set's key
     * @param range the members to count
     * @return a command that yields how many members lie in the range
     */
    public Command<Long> zlexcount(K key, LexRange<V> range) {
        return byLex(ZLEXCOUNT, key, range, false).build(ReplyDecoders.INTEGER);
    }

    /**
     * ZREMRANGEBYRANK.
     * @param key the sorted set's key
     * @param start the first rank to remove, 0 for the lowest score
     * @param stop the last rank to remove, inclusive; -1 for the highest score
     * @return a command that yields how many members were removed
     */
    public Command<Long> zremrangebyrank(K key, long start, long stop) {
        return this.codec.keyArgs(ZREMRANGEBYRANK, key, 2).add(start).add(stop).build(ReplyDecoders.INTEGER);
    }

    /**
     * ZREMRANGEBYSCORE.
     * @param key the sorted set's key
     * @param range the scores to remove
     * @return a command that yields how many members were removed
     */
    public Command<Long> zremrangebyscore(K key, ScoreRange range) {
        return byScore(ZREMRANGEBYSCORE, key, range, false).build(ReplyDecoders.INTEGER);
    }

    /**
     * ZREMRANGEBYLEX.
     * @param key the sorted set's key
     * @param range the members to remove
     * @return a command that yields how many members were removed
     */
    public Command<Long> zremrangebylex(K key, LexRange<V> range) {
        return byLex(ZREMRANGEBYLEX, key, range, false).build(ReplyDecoders.INTEGER);
    }

    /**
     * ZRANGEBYSCORE.
     * @param key the sorted set's key
     * @param range the scores
     * @return a command that yields the members, lowest score first
     */
    public Command<List<V>> zrangebyscore(K key, ScoreRange range) {
        return byScore(ZRANGEBYSCORE, key, range, false).build(this.codec.valuesDecoder());
    }

    /**
     * ZRANGEBYSCORE ... LIMIT.
     * @param key the sorted set's key
     * @param range the scores
     * @param offset how many matching members to skip, at least 0
     * @param count how many to return at most, at least 0
     * @return a command that yields the members, lowest score first
     */
    public Command<List<V>> zrangebyscore(K key, ScoreRange range, long offset, long count) {
        return limit(byScore(ZRANGEBYSCORE, key, range, false), offset, count).build(this.codec.valuesDecoder());
    }

    /**
     * ZRANGEBYSCORE ... WITHSCORES.
     * @param key the sorted set's key
     * @param range the scores
     * @return a command that yields members with their scores, lowest first
     */
    public Command<List<ScoredValue<V>>> zrangebyscoreWithScores(K key, ScoreRange range) {
        return byScore(ZRANGEBYSCORE, key, range, false).add(Keyword.WITHSCORES).build(this.scored);
    }

    /**
     * ZRANGEBYSCORE ... WITHSCORES LIMIT.
     * @param key the sorted set's key
     * @param range the scores
     * @param offset how many matching members to skip, at least 0
     * @param count how many to return at most, at least 0
     * @return a command that yields members with their scores, lowest first
     */
    public Command<List<ScoredValue<V>>> zrangebyscoreWithScores(K key, ScoreRange range, long offset, long count) {
        CommandArgs args = byScore(ZRANGEBYSCORE, key, range, false).add(Keyword.WITHSCORES);
        return limit(args, offset, count).build(this.scored);
    }

    /**
     * ZREVRANGEBYSCORE.
     * @param key the sorted set's key
     * @param range the scores, min then max
     * @return a command that yields the members, highest score first
     */
    public Command<List<V>> zrevrangebyscore(K key, ScoreRange range) {
        return byScore(ZREVRANGEBYSCORE, key, range, true).build(this.codec.valuesDecoder());
    }

    /**
     * ZREVRANGEBYSCORE ... LIMIT.
     * @param key the sorted set's key
     * @param range the scores, min then max
     * @param offset how many matching members to skip, at least 0
     * @param count how many to return at most, at least 0
     * @return a command that yields the members, highest score first
     */
    public Command<List<V>> zrevrangebyscore(K key, ScoreRange range, long offset, long count) {
        return limit(byScore(ZREVRANGEBYSCORE, key, range, true), offset, count).build(this.codec.valuesDecoder());
    }

    /**
     * ZREVRANGEBYSCORE ... WITHSCORES.
     * @param key the sorted set's key
     * @param range the scores, min then max
     * @return a command that yields members with their scores, highest first
     */
    public Command<List<ScoredValue<V>>> zrevrangebyscoreWithScores(K key, ScoreRange range) {
        return byScore(ZREVRANGEBYSCORE, key, range, true).add(Keyword.WITHSCORES).build(this.scored);
    }

    /**
     * ZREVRANGEBYSCORE ... WITHSCORES LIMIT.
     * @param key the sorted set's key
     * @param range the scores, min then max
     * @param offset how many matching members to skip, at least 0
     * @param count how many to return at most, at least 0
     * @return a command that yields members with their scores, highest first
     */
    public Command<List<ScoredValue<V>>> zrevrangebyscoreWithScores(K key, ScoreRange range, long offset, long count) {
        CommandArgs args = byScore(ZREVRANGEBYSCORE, key, range, true).add(Keyword.WITHSCORES);
        return limit(args, offset, count).build(this.scored);
    }

    /**
     * ZRANGEBYLEX.
     * @param key the sorted set's key
     * @param range the members
     * @return a command that yields the members in the range, in byte order
     */
    public Command<List<V>> zrangebylex(K key, LexRange<V> range) {
        return byLex(ZRANGEBYLEX, key, range, false).build(this.codec.valuesDecoder());
    }

    /**
     * ZRANGEBYLEX ... LIMIT.
     * @param key the sorted set's key
     * @param range the members
     * @param offset how many matching members to skip, at least 0
     * @param count how many to return at most, at least 0
     * @return a command that yields the members in the range, in byte order
     */
    public Command<List<V>> zrangebylex(K key, LexRange<V> range, long offset, long count) {
        return limit(byLex(ZRANGEBYLEX, key, range, false), offset, count).build(this.codec.valuesDecoder());
    }

    /**
     * ZREVRANGEBYLEX.
     * @param key the sorted set's key
     * @param range the members, min then max
     * @return a command that yields the members in the range, in reverse byte order
     */
    public Command<List<V>> zrevrangebylex(K key, LexRange<V> range) {
        return byLex(ZREVRANGEBYLEX, key, range, true).build(this.codec.valuesDecoder());
    }

    /**
     * ZREVRANGEBYLEX ... LIMIT.
     * @param key the sorted set's key
     * @param range the members, min then max
     * @param offset how many matching members to skip, at least 0
     * @param count how many to return at most, at least 0
     * @return a command that yields the members in the range, in reverse byte order
     */
    public Command<List<V>> zrevrangebylex(K key, LexRange<V> range, long offset, long count) {
        return limit(byLex(ZREVRANGEBYLEX, key, range, true), offset, count).build(this.codec.valuesDecoder());
    }

    private CommandArgs byScore(CommandSpec spec, K key, ScoreRange range, boolean reversed) {
        Objects.requireNonNull(range, "'range' must not be null");
        CommandArgs args = this.codec.keyArgs(spec, key, 6);
        range.appendTo(args, reversed);
        return args;
    }

    private CommandArgs byLex(CommandSpec spec, K key, LexRange<V> range, boolean reversed) {
        Objects.requireNonNull(range, "'range' must not be null");
        CommandArgs args = this.codec.keyArgs(spec, key, 5);
        range.appendTo(args, this.codec, reversed);
        return args;
    }

    private static CommandArgs limit(CommandArgs args, long offset, long count) {
        ZRange.requireNotNegative("offset", offset);
        ZRange.requireNotNegative("count", count);
        return args.add(Keyword.LIMIT).add(offset).add(count);
    }

}
