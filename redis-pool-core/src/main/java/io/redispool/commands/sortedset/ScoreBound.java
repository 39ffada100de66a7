package io.redispool.commands.sortedset;

import io.redispool.command.CommandArgs;

/**
 * One end of a {@link ScoreRange}: a score that is included or excluded, or an infinity.
 *
 * @param score the score; {@link Double#NEGATIVE_INFINITY} or
 * {@link Double#POSITIVE_INFINITY} for an open end
 * @param inclusive whether a member with exactly this score is in the range
 */
public record ScoreBound(double score, boolean inclusive) {

    /** The lowest possible bound, {@code -inf}. */
    public static final ScoreBound NEGATIVE_INFINITY = new ScoreBound(Double.NEGATIVE_INFINITY, true);

    /** The highest possible bound, {@code +inf}. */
    public static final ScoreBound POSITIVE_INFINITY = new ScoreBound(Double.POSITIVE_INFINITY, true);

    /**
     * Checks the score.
     * @param score the score
     * @param inclusive whether it is included
     * @throws IllegalArgumentException if the score is NaN
     */
    public ScoreBound {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("'score' of a score bound must be a number but was NaN");
        }
    }

    /**
     * A bound that includes its score.
     * @param score the score
     * @return the bound
     */
    public static ScoreBound inclusive(double score) {
        return new ScoreBound(score, true);
    }

    /**
     * A bound that excludes its score, written {@code (score}.
     * @param score the score
     * @return the bound
     */
    public static ScoreBound exclusive(double score) {
        return new ScoreBound(score, false);
    }

    void appendTo(CommandArgs args) {
        if (this.inclusive || Double.isInfinite(this.score)) {
            args.add(this.score);
        }
        else {
            args.add("(" + this.score);
        }
    }
}
