package io.redispool.commands.keys;

import io.redispool.command.Keyword;

/**
 * When EXPIRE, PEXPIRE, EXPIREAT and PEXPIREAT may change a key's expiry; a key without
 * one counts as expiring never.
 */
public enum ExpireCondition {

    /** Only when the key has no expiry. */
    NX(Keyword.NX),

    /** Only when the key has an expiry. */
    XX(Keyword.XX),

    /**
     * Only when the new expiry is later than the current one, so never for a key without
     * one.
     */
    GT(Keyword.GT),

    /**
     * Only when the new expiry is earlier than the current one, so always for a key
     * without one.
     */
    LT(Keyword.LT);

    private final Keyword keyword;

    ExpireCondition(Keyword keyword) {
        this.keyword = keyword;
    }

    Keyword keyword() {
        return this.keyword;
    }

}
