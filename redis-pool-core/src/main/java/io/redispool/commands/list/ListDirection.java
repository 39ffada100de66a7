package io.redispool.commands.list;

import io.redispool.command.Keyword;

/**
 * The end of a list a command takes from or puts to: LEFT is the head (index 0), RIGHT
 * the tail.
 */
public enum ListDirection {

    /** The head of the list, where LPUSH puts and LPOP takes. */
    LEFT(Keyword.LEFT),

    /** The tail of the list, where RPUSH puts and RPOP takes. */
    RIGHT(Keyword.RIGHT);

    private final Keyword keyword;

    ListDirection(Keyword keyword) {
        this.keyword = keyword;
    }

    Keyword keyword() {
        return this.keyword;
    }

}
