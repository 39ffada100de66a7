package io.redispool.commands.sortedset;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ScanResult;
import io.redispool.command.ScoredValue;
import io.redispool.commands.CommandCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Builds the commands of sorted sets that add, score, rank, list, sample and scan members
 * as data; {@link SortedSetCommands} runs them. Score and lex ranges, set algebra and
 * popping have builders of their own.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class SortedSetCommandBuilder<K, V> {

    private static final CommandSpec ZADD = CommandTable.get().spec("zadd");

    private static final CommandSpec ZCARD = CommandTable.get().spec("zcard");

    private static final CommandSpec ZINCRBY = CommandTable.get().spec("zincrby");

    private static final CommandSpec ZMSCORE = CommandTable.get().spec("zmscore");

    private static final CommandSpec ZSCORE = CommandTable.get().spec("zscore");

    private static final CommandSpec ZRANK = CommandTable.get().spec("zrank");

    private static final CommandSpec ZREVRANK = CommandTable.get().spec("zrevrank");

    private static final CommandSpec ZREM = CommandTable.get().spec("zrem");

    private static final CommandSpec ZRANGE = CommandTable.get().spec("zrange");

    private static final CommandSpec ZRANGESTORE = CommandTable.get().spec("zrangestore");

    private static final CommandSpec ZREVRANGE = CommandTable.get().spec("zrevrange");

    private static final CommandSpec ZRANDMEMBER = CommandTable.get().spec("zrandmember");

    private static final CommandSpec ZSCAN = CommandTable.get().spec("zscan");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public SortedSetCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    /**
     * ZADD of one member.
     * @param key the sorted set's key
     * @param score the member's score
     * @param member the member
     * @return a command that yields 1 if the member was new, else 0
     */
    public Command<Long> zadd(K key, double score, V member) {
        return this.codec.keyArgs(ZADD, key, 2).add(score).add(this.codec.value(member)).build(ReplyDecoders.INTEGER);
    }

    /**
     * ZADD of several members.
     * @param key the sorted set's key
     * @param members the members with their scores, at least one
     * @return a command that yields how many members were new
     */
    public Command<Long> zadd(K key, List<ScoredValue<V>> members) {
        return zadd(key, members, ZAddOptions.none());
    }

    /**
     * ZADD with options.
     * @param key the sorted set's key
     * @param members the members with their scores, at least one
     * @param options conditions (NX, XX, GT, LT) and CH
     * @return a command that yields how many members were new, or new or changed with CH
     */
    public Command<Long> zadd(K key, List<ScoredValue<V>> members, ZAddOptions options) {
        CommandCodec.requireNotEmpty(ZADD, "members", members);
        CommandArgs args = this.codec.keyArgs(ZADD, key, members.size() * 2 + 3);
        options.appendTo(args);
        members.forEach((m) -> args.add(m.score()).add(this.codec.value(m.value())));
        return args.build(ReplyDecoders.INTEGER);
    }

    /**
     * ZADD ... INCR: adds to a member's score, as ZINCRBY does, under ZADD's conditions.
     * @param key the sorted set's key
     * @param increment what to add to the score
     * @param member the member
     * @param options conditions (NX, XX, GT, LT); CH does not apply
     * @return a command that yields the new score, or {@code null} when a condition
     * prevented it
     * @throws IllegalArgumentException if the options count changes (CH)
     */
    public Command<Double> zaddIncr(K key, double increment, V member, ZAddOptions options) {
        if (options.isCountChanged()) {
            throw new IllegalArgumentException(
                    "ZADD INCR yields the new score, so 'options' must not count changes " + "(CH) but was " + options);
        }
        CommandArgs args = this.codec.keyArgs(ZADD, key, 5);
        options.appendTo(args);
        return args.add(Keyword.INCR).add(increment).add(this.codec.value(member)).build(ReplyDecoders.DOUBLE);
    }

    /**
     * ZCARD.
     * @param key the sorted set's key
     * @return a command that yields the number of members, 0 for a missing key
     */
    public Command<Long> zcard(K key) {
        return this.codec.keyArgs(ZCARD, key, 0).build(ReplyDecoders.INTEGER);
    }

    /**
     * ZINCRBY.
     * @param key the sorted set's key
     * @param increment what to add to the member's score; a new member starts from 0
     * @param member the member
     * @return a command that yields the new score
     */
    public Command<Double> zincrby(K key, double increment, V member) {
        return this.codec.keyArgs(ZINCRBY, key, 2)
            .add(increment)
            .add(this.codec.value(member))
            .build(ReplyDecoders.DOUBLE);
    }

    /**
     * ZMSCORE.
     * @param key the sorted set's key
     * @param members the members, at least one
     * @return a command that yields each member's score, {@code null} for a missing one
     */
    public Command<List<Double>> zmscore(K key, List<V> members) {
        return this.codec.keyValuesArgs(ZMSCORE, key, members).build(ReplyDecoders.list(ReplyDecoders.DOUBLE));
    }

    /**
     * ZSCORE.
     * @param key the sorted set's key
     * @param member the member
     * @return a command that yields its score, or {@code null} when it is missing
     */
    public Command<Double> zscore(K key, V member) {
        return this.codec.keyArgs(ZSCORE, key, 1).add(this.codec.value(member)).build(ReplyDecoders.DOUBLE);
    }

    /**
     * ZRANK.
     * @param key the sorted set's key
     * @param member the member
     * @return a command that yields its rank from the lowest score (0 first), or
     * {@code null}
     */
    public Command<Long> zrank(K key, V member) {
        return this.codec.keyArgs(ZRANK, key, 1).add(this.codec.value(member)).build(SortedSetReplies.INTEGER_OR_NULL);
    }

    /**
     * ZREVRANK.
     * @param key the sorted set's key
     * @param member the member
     * @return a command that yields its rank from the highest score (0 first), or
     * {@code null}
     */
    public Command<Long> zrevrank(K key, V member) {
        return this.codec.keyArgs(ZREVRANK, key, 1)
            .add(this.codec.value(member))
            .build(SortedSetReplies.INTEGER_OR_NULL);
    }

    /**
     * ZREM.
     * @param key the sorted set's key
     * @param members the members to remove, at least one
     * @return a command that yields how many of them existed
     */
    public Command<Long> zrem(K key, List<V> members) {
        return this.codec.keyValuesArgs(ZREM, key, members).build(ReplyDecoders.INTEGER);
    }

    /**
     * ZRANGE by rank.
     * @param key the sorted set's key
     * @param start the first rank, 0 for the lowest score
     * @param stop the last rank, inclusive; -1 for the highest score
     * @return a command that yields the members, lowest score first
     */
    public Command<List<V>> zrange(K key, long start, long stop) {
        return zrange(key, ZRange.byRank(start, stop));
    }

    /**
     * ZRANGE ... WITHSCORES by rank.
     * @param key the sorted set's key
     * @param start the first rank
     * @param stop the last rank, inclusive; -1 for the last member
     * @return a command that yields members with their scores, lowest first
     */
    public Command<List<ScoredValue<V>>> zrangeWithScores(K key, long start, long stop) {
        return zrangeWithScores(key, ZRange.byRank(start, stop));
    }

    /**
     * ZRANGE by rank, score (BYSCORE) or lex (BYLEX), optionally reversed (REV) and
     * limited (LIMIT).
     * @param key the sorted set's key
     * @param range what to select
     * @return a command that yields the members in the range's order
     */
    public Command<List<V>> zrange(K key, ZRange<V> range) {
        Objects.requireNonNull(range, "'range' must not be null");
        CommandArgs args = this.codec.keyArgs(ZRANGE, key, 7);
        range.appendTo(args, this.codec);
        return args.build(this.codec.valuesDecoder());
    }

    /**
     * ZRANGE ... WITHSCORES by rank or score.
     * @param key the sorted set's key
     * @param range what to select, by rank or by score
     * @return a command that yields members with their scores, in the range's order
     * @throws IllegalArgumentException for a lex range, for which the server gives no
     * scores
     */
    public Command<List<ScoredValue<V>>> zrangeWithScores(K key, ZRange<V> range) {
        Objects.requireNonNull(range, "'range' must not be null");
        if (range.isLex()) {
            throw new IllegalArgumentException("ZRANGE WITHSCORES does not take a lex range (BYLEX) but got " + range);
        }
        CommandArgs args = this.codec.keyArgs(ZRANGE, key, 8);
        range.appendTo(args, this.codec);
        return args.add(Keyword.WITHSCORES).build(ReplyDecoders.scoredValues(this.codec.valueDecoder()));
    }

    /**
     * ZRANGESTORE: stores what ZRANGE would return.
     * @param destination the sorted set to (over)write
     * @param source the sorted set to read
     * @param range what to select
     * @return a command that yields how many members the destination holds
     */
    public Command<Long> zrangestore(K destination, K source, ZRange<V> range) {
        Objects.requireNonNull(range, "'range' must not be null");
        CommandArgs args = this.codec.keyArgs(ZRANGESTORE, destination, 8).add(this.codec.key(source));
        range.appendTo(args, this.codec);
        return args.build(ReplyDecoders.INTEGER);
    }

    /**
     * ZREVRANGE, deprecated by the server for ZRANGE ... REV.
     * @param key the sorted set's key
     * @param start the first rank from the highest score, 0 for the highest
     * @param stop the last rank, inclusive; -1 for the lowest score
     * @return a command that yields the members, highest score first
     */
    public Command<List<V>> zrevrange(K key, long start, long stop) {
        return this.codec.keyArgs(ZREVRANGE, key, 2).add(start).add(stop).build(this.codec.valuesDecoder());
    }

    /**
     * ZREVRANGE ... WITHSCORES, deprecated by the server for ZRANGE ... REV WITHSCORES.
     * @param key the sorted set's key
     * @param start the first rank from the highest score
     * @param stop the last rank, inclusive
     * @return a command that yields members with their scores, highest first
     */
    public Command<List<ScoredValue<V>>> zrevrangeWithScores(K key, long start, long stop) {
        return this.codec.keyArgs(ZREVRANGE, key, 3)
            .add(start)
            .add(stop)
            .add(Keyword.WITHSCORES)
            .build(ReplyDecoders.scoredValues(this.codec.valueDecoder()));
    }

    /**
     * ZRANDMEMBER of one member.
     * @param key the sorted set's key
     * @return a command that yields a random member, or {@code null} for a missing key
     */
    public Command<V> zrandmember(K key) {
        return this.codec.keyArgs(ZRANDMEMBER, key, 0).build(this.codec.valueDecoder());
    }

    /**
     * ZRANDMEMBER with a count.
     * @param key the sorted set's key
     * @param count how many distinct members at most; negative for exactly -count members
     * that may repeat
     * @return a command that yields the members, empty for a missing key
     */
    public Command<List<V>> zrandmember(K key, long count) {
        return this.codec.keyArgs(ZRANDMEMBER, key, 1).add(count).build(this.codec.valuesDecoder());
    }

    /**
     * ZRANDMEMBER ... WITHSCORES.
     * @param key the sorted set's key
     * @param count how many distinct members at most; negative for exactly -count that
     * may repeat
     * @return a command that yields the members with their scores
     */
    public Command<List<ScoredValue<V>>> zrandmemberWithScores(K key, long count) {
        return this.codec.keyArgs(ZRANDMEMBER, key, 2)
            .add(count)
            .add(Keyword.WITHSCORES)
            .build(ReplyDecoders.scoredValues(this.codec.valueDecoder()));
    }

    /**
     * ZSCAN of one page.
     * @param key the sorted set's key
     * @param cursor "0" to start, then the cursor of the previous page
     * @return a command that yields one page of members with their scores
     */
    public Command<ScanResult<ScoredValue<V>>> zscan(K key, String cursor) {
        return zscan(key, cursor, null, 0);
    }

    /**
     * ZSCAN with a MATCH pattern and a COUNT hint.
     * @param key the sorted set's key
     * @param cursor "0" to start, then the cursor of the previous page
     * @param pattern a glob-style pattern on members, or {@code null} for every member
     * @param count how many members to examine per call, or 0 for the server's default
     * @return a command that yields one page of members with their scores
     */
    public Command<ScanResult<ScoredValue<V>>> zscan(K key, String cursor, String pattern, long count) {
        CommandArgs args = this.codec.keyArgs(ZSCAN, key, 5).add(cursor);
        if (pattern != null) {
            args.add(Keyword.MATCH).add(pattern.getBytes(StandardCharsets.UTF_8));
        }
        if (count > 0) {
            args.add(Keyword.COUNT).add(count);
        }
        return args.build(ReplyDecoders.scanPage(ReplyDecoders.scoredValues(this.codec.valueDecoder())));
    }

}
