package io.redispool.command;

import java.nio.charset.StandardCharsets;

/**
 * Option words that commands take, with their bytes encoded once.
 */
public enum Keyword {

    EX, PX, NX, XX, MATCH, COUNT, WITHSCORES,
    APPEND, ASYNC, BLOCK, ENTRIESADDED, ENTRIESREAD, FLUSH, FORCE, FULL, GROUP, IDLE, JUSTID, LASTID, LIBRARYNAME, LIMIT, MAXDELETEDID, MAXLEN, MINID, MKSTREAM, NOACK, NOMKSTREAM, REPLACE, RETRYCOUNT, STREAMS, SYNC, TIME, WITHCODE;

    private final byte[] bytes = name().getBytes(StandardCharsets.US_ASCII);

    /**
     * The word as sent.
     * @return the bytes; callers must not modify them
     */
    public byte[] bytes() {
        return this.bytes;
    }
}
