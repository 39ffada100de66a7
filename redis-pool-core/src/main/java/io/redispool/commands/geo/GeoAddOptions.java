package io.redispool.commands.geo;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;

/**
 * The options of GEOADD: a condition on the member's presence (NX or XX), and whether the
 * reply counts moved members too (CH).
 *
 * <p>
 * Immutable; each method returns a new instance. A second condition fails rather than
 * letting the last one win silently.
 */
public final class GeoAddOptions {

    private static final GeoAddOptions NONE = new GeoAddOptions(null, false);

    private final Keyword condition;

    private final boolean countChanged;

    private GeoAddOptions(Keyword condition, boolean countChanged) {
        this.condition = condition;
        this.countChanged = countChanged;
    }

    /**
     * No options: add new members, move existing ones.
     * @return the empty options
     */
    public static GeoAddOptions none() {
        return NONE;
    }

    /**
     * Only add new members, never move existing ones (NX).
     * @return options with the condition
     * @throws IllegalStateException if a condition is already set
     */
    public GeoAddOptions ifAbsent() {
        return withCondition(Keyword.NX);
    }

    /**
     * Only move existing members, never add new ones (XX).
     * @return options with the condition
     * @throws IllegalStateException if a condition is already set
     */
    public GeoAddOptions ifPresent() {
        return withCondition(Keyword.XX);
    }

    /**
     * Count the members whose coordinates changed as well as those added (CH).
     * @return options that count changes
     */
    public GeoAddOptions countChanged() {
        return new GeoAddOptions(this.condition, true);
    }

    private GeoAddOptions withCondition(Keyword wanted) {
        if (this.condition != null) {
            throw new IllegalStateException("A condition is already set (" + this.condition + ")");
        }
        return new GeoAddOptions(wanted, this.countChanged);
    }

    void appendTo(CommandArgs args) {
        if (this.condition != null) {
            args.add(this.condition);
        }
        if (this.countChanged) {
            args.add(Keyword.CH);
        }
    }

    @Override
    public String toString() {
        return "GeoAddOptions[condition=" + this.condition + ", countChanged=" + this.countChanged + "]";
    }

}
