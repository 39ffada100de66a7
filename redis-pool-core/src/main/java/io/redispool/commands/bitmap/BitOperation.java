package io.redispool.commands.bitmap;

import io.redispool.command.Keyword;

/**
 * The operations BITOP applies bit by bit across its keys.
 */
public enum BitOperation {

    /** Bits set in every key. */
    AND(Keyword.AND),

    /** Bits set in any key. */
    OR(Keyword.OR),

    /** Bits set in an odd number of keys. */
    XOR(Keyword.XOR),

    /** The bits of a single key, inverted. */
    NOT(Keyword.NOT);

    private final Keyword keyword;

    BitOperation(Keyword keyword) {
        this.keyword = keyword;
    }

    Keyword keyword() {
        return this.keyword;
    }

}
