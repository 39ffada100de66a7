package io.redispool.commands.sortedset;

import io.redispool.command.CommandArgs;
import java.util.Objects;

/**
 * A range of scores, as ZCOUNT, ZREMRANGEBYSCORE, ZRANGE ... BYSCORE and ZRANGEBYSCORE
 * take it: a lower and an upper bound, each inclusive, exclusive or infinite.
 *
 * <pre>{@code
 * ScoreRange.closed(1, 5);                                            // 1 <= score <= 5
 * ScoreRange.greaterThan(0);                                          // 0 < score
 * new ScoreRange(ScoreBound.exclusive(1), ScoreBound.inclusive(5));   // 1 < score <= 5
 * }</pre>
 *
 * <p>
 * A range whose lower bound lies above its upper bound is empty; the server returns
 * nothing for it.
 *
 * @param min the lower bound
 * @param max the upper bound
 */
public record ScoreRange(ScoreBound min, ScoreBound max) {

    private static final ScoreRange ALL = new ScoreRange(ScoreBound.NEGATIVE_INFINITY, ScoreBound.POSITIVE_INFINITY);

    /**
     * Checks the bounds.
     * @param min the lower bound
     * @param max the upper bound
     * @throws NullPointerException if a bound is {@code null}
     */
    public ScoreRange {
        Objects.requireNonNull(min, "'min' of a score range must not be null");
        Objects.requireNonNull(max, "'max' of a score range must not be null");
    }

    /**
     * Every score, {@code -inf} to {@code +inf}.
     * @return the range
     */
    public static ScoreRange all() {
        return ALL;
    }

    /**
     * Scores from min to max, both included.
     * @param min the lowest score
     * @param max the highest score
     * @return the range
     */
    public static ScoreRange closed(double min, double max) {
        return new ScoreRange(ScoreBound.inclusive(min), ScoreBound.inclusive(max));
    }

    /**
     * Scores between min and max, both excluded.
     * @param min the score just below the range
     * @param max the score just above the range
     * @return the range
     */
    public static ScoreRange open(double min, double max) {
        return new ScoreRange(ScoreBound.exclusive(min), ScoreBound.exclusive(max));
    }

    /**
     * Scores of min and above.
     * @param min the lowest score
     * @return the range
     */
    public static ScoreRange atLeast(double min) {
        return new ScoreRange(ScoreBound.inclusive(min), ScoreBound.POSITIVE_INFINITY);
    }

    /**
     * Scores above min.
     * @param min the score just below the range
     * @return the range
     */
    public static ScoreRange greaterThan(double min) {
        return new ScoreRange(ScoreBound.exclusive(min), ScoreBound.POSITIVE_INFINITY);
    }

    /**
     * Scores of max and below.
     * @param max the highest score
     * @return the range
     */
    public static ScoreRange atMost(double max) {
        return new ScoreRange(ScoreBound.NEGATIVE_INFINITY, ScoreBound.inclusive(max));
    }

    /**
     * Scores below max.
     * @param max the score just above the range
     * @return the range
     */
    public static ScoreRange lessThan(double max) {
        return new ScoreRange(ScoreBound.NEGATIVE_INFINITY, ScoreBound.exclusive(max));
    }

    /**
     * Writes min then max, or max then min for the commands that walk from the highest
     * score.
     */
    void appendTo(CommandArgs args, boolean reversed) {
        (reversed ? this.max : this.min).appendTo(args);
        (reversed ? this.min : this.max).appendTo(args);
    }
}
