package io.redispool.commands.bitmap;

import io.redispool.command.Keyword;

/**
 * What BITFIELD's SET and INCRBY do when a value does not fit its type (OVERFLOW).
 */
public enum BitFieldOverflow {

    /** Wrap around, as integer arithmetic does in Java; the server's default. */
    WRAP(Keyword.WRAP),

    /** Stop at the type's smallest or largest value. */
    SAT(Keyword.SAT),

    /** Change nothing and yield {@code null} for that operation. */
    FAIL(Keyword.FAIL);

    private final Keyword keyword;

    BitFieldOverflow(Keyword keyword) {
        this.keyword = keyword;
    }

    Keyword keyword() {
        return this.keyword;
    }

}
