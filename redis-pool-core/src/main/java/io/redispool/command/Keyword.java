package io.redispool.command;

import java.nio.charset.StandardCharsets;

/**
 * Option words that commands take, with their bytes encoded once.
 */
public enum Keyword {

    EX, PX, NX, XX, MATCH, COUNT, WITHSCORES,
    EXAT, PXAT, KEEPTTL, GET, PERSIST, LEN, IDX, MINMATCHLEN, WITHMATCHLEN, BIT, AND, OR, XOR, NOT, SET, INCRBY, OVERFLOW, WRAP, SAT, FAIL, DB, REPLACE, GT, LT, TYPE, COPY, AUTH, AUTH2, KEYS, ABSTTL, IDLETIME, FREQ, BY, LIMIT, ASC, DESC, ALPHA, STORE;

    private final byte[] bytes = name().getBytes(StandardCharsets.US_ASCII);

    /**
     * The word as sent.
     * @return the bytes; callers must not modify them
     */
    public byte[] bytes() {
        return this.bytes;
    }
}
