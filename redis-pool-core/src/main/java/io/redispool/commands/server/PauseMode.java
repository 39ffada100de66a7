package io.redispool.commands.server;

import io.redispool.command.Keyword;

/**
 * What CLIENT PAUSE holds back.
 */
public enum PauseMode {

    /** Commands that may write; reads go on. */
    WRITE(Keyword.WRITE),

    /** Every command of ordinary and pub/sub clients; the server's default. */
    ALL(Keyword.ALL);

    private final Keyword keyword;

    PauseMode(Keyword keyword) {
        this.keyword = keyword;
    }

    Keyword keyword() {
        return this.keyword;
    }

}
