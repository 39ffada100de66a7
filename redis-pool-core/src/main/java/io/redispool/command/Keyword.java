package io.redispool.command;

import java.nio.charset.StandardCharsets;

/**
 * Option words that commands take, with their bytes encoded once.
 */
public enum Keyword {

    ABSTTL, AFTER, AGGREGATE, ALPHA, AND, ANY, ASC, AUTH, AUTH2, BEFORE, BIT, BY, BYBOX, BYLEX, BYRADIUS, BYSCORE, CH,
    COPY, COUNT, DB, DESC, EX, EXAT, FAIL, FREQ, FROMLONLAT, FROMMEMBER, FT, GET, GT, IDLETIME, IDX, INCR, INCRBY,
    KEEPTTL, KEYS, KM, LEFT, LEN, LIMIT, LT, M, MATCH, MAX, MAXLEN, MI, MIN, MINMATCHLEN, NOT, NX, OR, OVERFLOW,
    PERSIST, PX, PXAT, RANK, REPLACE, REV, RIGHT, SAT, SET, STORE, STOREDIST, SUM, TYPE, WEIGHTS, WITHCOORD, WITHDIST,
    WITHHASH, WITHMATCHLEN, WITHSCORES, WITHVALUES, WRAP, XOR, XX;

    private final byte[] bytes = name().getBytes(StandardCharsets.US_ASCII);

    /**
     * The word as sent.
     * @return the bytes; callers must not modify them
     */
    public byte[] bytes() {
        return this.bytes;
    }
}
