package io.redispool.command;

import java.nio.charset.StandardCharsets;

/**
 * Option words that commands take, with their bytes encoded once.
 */
public enum Keyword {

    EX, PX, NX, XX, MATCH, COUNT, WITHSCORES,
    BLOCK, ENTRIESADDED, ENTRIESREAD, FORCE, FULL, GROUP, IDLE, JUSTID, LASTID, LIMIT, MAXDELETEDID, MAXLEN, MINID, MKSTREAM, NOACK, NOMKSTREAM, RETRYCOUNT, STREAMS, TIME;

    private final byte[] bytes = name().getBytes(StandardCharsets.US_ASCII);

    /**
     * The word as sent.
     * @return the bytes; callers must not modify them
     */
    public byte[] bytes() {
        return this.bytes;
    }
}
