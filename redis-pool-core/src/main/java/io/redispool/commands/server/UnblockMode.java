package io.redispool.commands.server;

import io.redispool.command.Keyword;

/**
 * How CLIENT UNBLOCK ends a client's blocking command.
 */
public enum UnblockMode {

    /** As if its wait had run out; the server's default. */
    TIMEOUT(Keyword.TIMEOUT),

    /** With an {@code UNBLOCKED} error. */
    ERROR(Keyword.ERROR);

    private final Keyword keyword;

    UnblockMode(Keyword keyword) {
        this.keyword = keyword;
    }

    Keyword keyword() {
        return this.keyword;
    }

}
