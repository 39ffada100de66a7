package io.redispool.command;

import java.nio.charset.StandardCharsets;

/**
 * Option words that commands take, with their bytes encoded once.
 */
public enum Keyword {

    EX, PX, NX, XX, MATCH, COUNT, WITHSCORES,
    ACLCAT, ADDR, ALL, APPEND, ASYNC, BLOCK, ENTRIESADDED, ENTRIESREAD, ERROR, FILTERBY, FLUSH, FORCE, FULL, GROUP, ID, IDLE, JUSTID, LADDR, LASTID, LIBRARYNAME, LIMIT, MASTER, MAXDELETEDID, MAXLEN, MINID, MKSTREAM, MODULE, NO, NOACK, NOMKSTREAM, NORMAL, PATTERN, PUBSUB, REPLACE, REPLICA, RETRYCOUNT, SAMPLES, SCHEDULE, SKIPME, STREAMS, SYNC, TIME, TIMEOUT, TYPE, USER, VERSION, WITHCODE, WRITE, YES;

    private final byte[] bytes = name().getBytes(StandardCharsets.US_ASCII);

    /**
     * The word as sent.
     * @return the bytes; callers must not modify them
     */
    public byte[] bytes() {
        return this.bytes;
    }
}
