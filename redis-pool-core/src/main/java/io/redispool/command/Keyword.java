package io.redispool.command;

import java.nio.charset.StandardCharsets;

/**
 * Option words that commands take, with their bytes encoded once.
 */
public enum Keyword {

    ABSTTL, ACLCAT, ADDR, AFTER, AGGREGATE, ALL, ALPHA, AND, ANY, APPEND, ASC, ASYNC, AUTH, AUTH2, BEFORE, BIT, BLOCK,
    BY, BYBOX, BYLEX, BYRADIUS, BYSCORE, CH, COPY, COUNT, DB, DESC, ENTRIESADDED, ENTRIESREAD, ERROR, EX, EXAT, FAIL,
    FILTERBY, FLUSH, FORCE, FREQ, FROMLONLAT, FROMMEMBER, FT, FULL, GET, GROUP, GT, ID, IDLE, IDLETIME, IDX, INCR,
    INCRBY, JUSTID, KEEPTTL, KEYS, KM, LADDR, LASTID, LEFT, LEN, LIBRARYNAME, LIMIT, LT, M, MASTER, MATCH, MAX,
    MAXDELETEDID, MAXLEN, MI, MIN, MINID, MINMATCHLEN, MKSTREAM, MODULE, NO, NOACK, NOMKSTREAM, NORMAL, NOT, NX, OR,
    OVERFLOW, PATTERN, PERSIST, PUBSUB, PX, PXAT, RANK, REPLACE, REPLICA, RETRYCOUNT, REV, RIGHT, SAMPLES, SAT,
    SCHEDULE, SET, SKIPME, STORE, STOREDIST, STREAMS, SUM, SYNC, TIME, TIMEOUT, TYPE, USER, VERSION, WEIGHTS, WITHCODE,
    WITHCOORD, WITHDIST, WITHHASH, WITHMATCHLEN, WITHSCORES, WITHVALUES, WRAP, WRITE, XOR, XX, YES;

    private final byte[] bytes = name().getBytes(StandardCharsets.US_ASCII);

    /**
     * The word as sent.
     * @return the bytes; callers must not modify them
     */
    public byte[] bytes() {
        return this.bytes;
    }

}
