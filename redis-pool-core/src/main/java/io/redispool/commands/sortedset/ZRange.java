package io.redispool.commands.sortedset;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import io.redispool.commands.CommandCodec;
import java.util.Objects;

/**
 * What ZRANGE and ZRANGESTORE select: members by rank, by score (BYSCORE) or by their
 * bytes (BYLEX), walked from the lowest or, reversed (REV), from the highest, optionally
 * one page of them (LIMIT).
 *
 * <pre>{@code
 * ZRange.byRank(0, 9).reversed();                               // the top ten
 * ZRange.byScore(ScoreRange.atLeast(100)).limit(0, 20);         // the first 20 scoring 100 or more
 * ZRange.byLex(LexRange.closed("a", "c"));                      // members a to c
 * }</pre>
 *
 * <p>
 * Immutable; each method returns a new instance. Ranges keep their natural order when
 * reversed: {@code byScore(ScoreRange.closed(1, 5)).reversed()} walks from 5 down to 1,
 * the arguments being swapped for the server. LIMIT needs a score or lex range, as the
 * server does.
 *
 * @param <V> the member type
 */
public final class ZRange<V> {

    private final long start;

    private final long stop;

    private final ScoreRange scores;

    private final LexRange<V> lex;

    private final boolean reversed;

    private final long offset;

    private final long count;

    private ZRange(long start, long stop, ScoreRange scores, LexRange<V> lex, boolean reversed, long offset,
            long count) {
        this.start = start;
        this.stop = stop;
        this.scores = scores;
        this.lex = lex;
        this.reversed = reversed;
        this.offset = offset;
        this.count = count;
    }

    /**
     * Members by rank, from start to stop inclusive; negative ranks count from the end.
     * @param start the first rank, 0 for the first member
     * @param stop the last rank, -1 for the last member
     * @param <V> the member type
     * @return the range
     */
    public static <V> ZRange<V> byRank(long start, long stop) {
        return new ZRange<>(start, stop, null, null, false, -1, -1);
    }

    /**
     * Members whose score lies in a range (BYSCORE).
     * @param range the scores
     * @param <V> the member type
     * @return the range
     */
    public static <V> ZRange<V> byScore(ScoreRange range) {
        return new ZRange<>(0, 0, Objects.requireNonNull(range, "'range' must not be null"), null, false, -1, -1);
    }

    /**
     * Members whose bytes lie in a range (BYLEX), for members that share one score.
     * @param range the members
     * @param <V> the member type
     * @return the range
     */
    public static <V> ZRange<V> byLex(LexRange<V> range) {
        return new ZRange<>(0, 0, null, Objects.requireNonNull(range, "'range' must not be null"), false, -1, -1);
    }

    /**
     * Walks from the highest score (REV).
     * @return the reversed range
     * @throws IllegalStateException if it is already reversed
     */
    public ZRange<V> reversed() {
        if (this.reversed) {
            throw new IllegalStateException("The range is already reversed (REV)");
        }
        return new ZRange<>(this.start, this.stop, this.scores, this.lex, true, this.offset, this.count);
    }

    /**
     * Selects one page of the range (LIMIT).
     * @param offset how many matching members to skip, at least 0
     * @param count how many to return at most, at least 0; {@link Long#MAX_VALUE} for all
     * the rest
     * @return the limited range
     * @throws IllegalStateException for a range by rank, or one already limited
     * @throws IllegalArgumentException if offset or count is negative
     */
    public ZRange<V> limit(long offset, long count) {
        if (this.scores == null && this.lex == null) {
            throw new IllegalStateException("LIMIT needs a range by score (BYSCORE) or lex (BYLEX), not by rank");
        }
        if (this.offset >= 0) {
            throw new IllegalStateException(
                    "The range is already limited (LIMIT " + this.offset + " " + this.count + ")");
        }
        requireNotNegative("offset", offset);
        requireNotNegative("count", count);
        return new ZRange<>(this.start, this.stop, this.scores, this.lex, this.reversed, offset, count);
    }

    static void requireNotNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("'" + name + "' must be at least 0 but was " + value);
        }
    }

    /**
     * Whether members are selected by their bytes, for which the server has no
     * WITHSCORES.
     * @return {@code true} for a BYLEX range
     */
    boolean isLex() {
        return this.lex != null;
    }

    void appendTo(CommandArgs args, CommandCodec<?, V> codec) {
        if (this.scores != null) {
            this.scores.appendTo(args, this.reversed);
            args.add(Keyword.BYSCORE);
        }
        else if (this.lex != null) {
            this.lex.appendTo(args, codec, this.reversed);
            args.add(Keyword.BYLEX);
        }
        else {
            args.add(this.start).add(this.stop);
        }
        if (this.reversed) {
            args.add(Keyword.REV);
        }
        if (this.offset >= 0) {
            args.add(Keyword.LIMIT).add(this.offset).add(this.count);
        }
    }

    @Override
    public String toString() {
        String range = (this.scores != null) ? this.scores.toString()
                : (this.lex != null) ? this.lex.toString() : "ranks " + this.start + " to " + this.stop;
        return "ZRange[" + range + (this.reversed ? ", REV" : "")
                + ((this.offset >= 0) ? ", LIMIT " + this.offset + " " + this.count : "") + "]";
    }

}
