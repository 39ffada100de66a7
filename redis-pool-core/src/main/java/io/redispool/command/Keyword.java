package io.redispool.command;

import java.nio.charset.StandardCharsets;

/**
 * Option words that commands take, with their bytes encoded once.
 */
public enum Keyword {

    ABSTTL, AFTER, ALPHA, AND, ASC, AUTH, AUTH2, BEFORE, BIT, BY, COPY, COUNT, DB, DESC, EX, EXAT, FAIL, FREQ, GET,
    GT, IDLETIME, IDX, INCRBY, KEEPTTL, KEYS, LEFT, LEN, LIMIT, LT, MATCH, MAXLEN, MINMATCHLEN, NOT, NX, OR, OVERFLOW,
    PERSIST, PX, PXAT, RANK, REPLACE, RIGHT, SAT, SET, STORE, TYPE, WITHMATCHLEN, WITHSCORES, WITHVALUES, WRAP, XOR,
    XX;

    private final byte[] bytes = name().getBytes(StandardCharsets.US_ASCII);

    /**
     * The word as sent.
     * @return the bytes; callers must not modify them
     */
    public byte[] bytes() {
        return this.bytes;
    }
}
