package io.redispool.commands.list;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;

/**
 * The options of LPOS: which match to start from (RANK) and how many elements to compare
 * at most (MAXLEN). The number of matches (COUNT) is not an option here: it changes the
 * reply, so it has its own method, {@code lposCount}.
 *
 * <p>
 * Immutable; each method returns a new instance. Setting an option twice fails at once
 * rather than letting the last one win silently.
 */
public final class LposOptions {

    private static final LposOptions NONE = new LposOptions(null, null);

    private final Long rank;

    private final Long maxlen;

    private LposOptions(Long rank, Long maxlen) {
        this.rank = rank;
        this.maxlen = maxlen;
    }

    /**
     * No options: the first match, searching the whole list from the head.
     * @return the empty options
     */
    public static LposOptions none() {
        return NONE;
    }

    /**
     * Skip matches (RANK): 1 is the first match from the head, 2 the second; -1 the first
     * from the tail, searching towards the head.
     * @param rank the match to start from, not 0
     * @return options with the rank
     */
    public LposOptions rank(long rank) {
        if (this.rank != null) {
            throw new IllegalStateException("LPOS 'rank' is already set (" + this.rank + ")");
        }
        if (rank == 0) {
            throw new IllegalArgumentException(
                    "LPOS 'rank' must be positive (from the head) or negative (from the tail) but was 0");
        }
        return new LposOptions(rank, this.maxlen);
    }

    /**
     * Compare at most this many elements (MAXLEN), counted from where the search starts.
     * @param maxlen how many elements, or 0 for the whole list
     * @return options with the limit
     */
    public LposOptions maxlen(long maxlen) {
        if (this.maxlen != null) {
            throw new IllegalStateException("LPOS 'maxlen' is already set (" + this.maxlen + ")");
        }
        if (maxlen < 0) {
            throw new IllegalArgumentException(
                    "LPOS 'maxlen' must be at least 0 (0 for the whole list) but was " + maxlen);
        }
        return new LposOptions(this.rank, maxlen);
    }

    void appendTo(CommandArgs args) {
        if (this.rank != null) {
            args.add(Keyword.RANK).add(this.rank);
        }
        if (this.maxlen != null) {
            args.add(Keyword.MAXLEN).add(this.maxlen);
        }
    }

    @Override
    public String toString() {
        return "LposOptions[rank=" + this.rank + ", maxlen=" + this.maxlen + "]";
    }

}
