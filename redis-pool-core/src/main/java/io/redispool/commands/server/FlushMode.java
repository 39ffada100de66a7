package io.redispool.commands.server;

import io.redispool.command.Keyword;

/**
 * How FLUSHDB, FLUSHALL, SCRIPT FLUSH and FUNCTION FLUSH free what they remove: at once
 * (SYNC) or in a background thread (ASYNC). Without one, the server's
 * {@code lazyfree-lazy-user-flush} setting decides.
 */
public enum FlushMode {

    /** Frees in a background thread; the command returns at once. */
    ASYNC(Keyword.ASYNC),

    /** Frees before the command returns. */
    SYNC(Keyword.SYNC);

    private final Keyword keyword;

    FlushMode(Keyword keyword) {
        this.keyword = keyword;
    }

    /**
     * The word sent.
     * @return {@code ASYNC} or {@code SYNC}
     */
    public Keyword keyword() {
        return this.keyword;
    }

}
