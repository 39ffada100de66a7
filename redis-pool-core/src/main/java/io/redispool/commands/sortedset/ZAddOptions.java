package io.redispool.commands.sortedset;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;

/**
 * The options of ZADD: a condition on the member's presence (NX or XX), a condition on
 * its new score (GT or LT), and whether the reply counts changed members too (CH).
 *
 * <p>
 * Immutable; each method returns a new instance. Combinations the server refuses (NX with
 * GT or LT, two conditions of a kind) fail when the options are built.
 */
public final class ZAddOptions {

    private static final ZAddOptions NONE = new ZAddOptions(null, null, false);

    private final Keyword condition;

    private final Keyword comparison;

    private final boolean countChanged;

    private ZAddOptions(Keyword condition, Keyword comparison, boolean countChanged) {
        this.condition = condition;
        this.comparison = comparison;
        this.countChanged = countChanged;
    }

    /**
     * No options: add new members, update the scores of existing ones.
     * @return the empty options
     */
    public static ZAddOptions none() {
        return NONE;
    }

    /**
     * Only add new members, never update existing ones (NX).
     * @return options with the condition
     * @throws IllegalStateException if a condition or a comparison is already set
     */
    public ZAddOptions ifAbsent() {
        if (this.comparison != null) {
            throw new IllegalStateException(
                    "NX cannot be combined with " + this.comparison + ": it never updates existing members");
        }
        return withCondition(Keyword.NX);
    }

    /**
     * Only update existing members, never add new ones (XX).
     * @return options with the condition
     * @throws IllegalStateException if a condition is already set
     */
    public ZAddOptions ifPresent() {
        return withCondition(Keyword.XX);
    }

    /**
     * Update an existing member only when the new score is greater (GT); new members are
     * added.
     * @return options with the comparison
     * @throws IllegalStateException if a comparison or NX is already set
     */
    public ZAddOptions ifGreater() {
        return withComparison(Keyword.GT);
    }

    /**
     * Update an existing member only when the new score is less (LT); new members are
     * added.
     * @return options with the comparison
     * @throws IllegalStateException if a comparison or NX is already set
     */
    public ZAddOptions ifLess() {
        return withComparison(Keyword.LT);
    }

    /**
     * Count the members whose score changed as well as those added (CH).
     * @return options that count changes
     */
    public ZAddOptions countChanged() {
        return new ZAddOptions(this.condition, this.comparison, true);
    }

    private ZAddOptions withCondition(Keyword wanted) {
        if (this.condition != null) {
            throw new IllegalStateException("A condition is already set (" + this.condition + ")");
        }
        return new ZAddOptions(wanted, this.comparison, this.countChanged);
    }

    private ZAddOptions withComparison(Keyword wanted) {
        if (this.condition == Keyword.NX) {
            throw new IllegalStateException(wanted + " cannot be combined with NX: NX never updates existing members");
        }
        if (this.comparison != null) {
            throw new IllegalStateException("A comparison is already set (" + this.comparison + ")");
        }
        return new ZAddOptions(this.condition, wanted, this.countChanged);
    }

    boolean isCountChanged() {
        return this.countChanged;
    }

    void appendTo(CommandArgs args) {
        if (this.condition != null) {
            args.add(this.condition);
        }
        if (this.comparison != null) {
            args.add(this.comparison);
        }
        if (this.countChanged) {
            args.add(Keyword.CH);
        }
    }

    @Override
    public String toString() {
        return "ZAddOptions[condition=" + this.condition + ", comparison=" + this.comparison + ", countChanged="
                + this.countChanged + "]";
    }

}
