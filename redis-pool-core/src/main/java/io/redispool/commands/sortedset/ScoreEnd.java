package io.redispool.commands.sortedset;

import io.redispool.command.Keyword;

/**
 * Which end of a sorted set ZMPOP and BZMPOP pop from.
 */
public enum ScoreEnd {

    /** The lowest scores first (MIN). */
    MIN(Keyword.MIN),

    /** The highest scores first (MAX). */
    MAX(Keyword.MAX);

    private final Keyword keyword;

    ScoreEnd(Keyword keyword) {
        this.keyword = keyword;
    }

    Keyword keyword() {
        return this.keyword;
    }

}
