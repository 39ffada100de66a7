package io.redispool.commands.list;

import io.redispool.command.Keyword;

/**
 * Where LINSERT puts its element: before or after the pivot.
 */
public enum InsertPosition {

    /** Just before the pivot, nearer the head. */
    BEFORE(Keyword.BEFORE),

    /** Just after the pivot, nearer the tail. */
    AFTER(Keyword.AFTER);

    private final Keyword keyword;

    InsertPosition(Keyword keyword) {
        this.keyword = keyword;
    }

    Keyword keyword() {
        return this.keyword;
    }

}
