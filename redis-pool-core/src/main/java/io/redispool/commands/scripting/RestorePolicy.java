package io.redispool.commands.scripting;

import io.redispool.command.Keyword;

/**
 * What FUNCTION RESTORE does with the libraries already loaded.
 */
public enum RestorePolicy {

    /** Fails if a restored library exists already; the server's default. */
    APPEND(Keyword.APPEND),

    /** Replaces the libraries that exist already with the restored ones. */
    REPLACE(Keyword.REPLACE),

    /** Deletes every library first. */
    FLUSH(Keyword.FLUSH);

    private final Keyword keyword;

    RestorePolicy(Keyword keyword) {
        this.keyword = keyword;
    }

    Keyword keyword() {
        return this.keyword;
    }

}
