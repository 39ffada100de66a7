package io.redispool.command;

import java.nio.charset.StandardCharsets;

/**
 * Option words that commands take, with their bytes encoded once.
 */
public enum Keyword {

    EX, PX, NX, XX, MATCH, COUNT, WITHSCORES,
    GT, LT, CH, INCR, BYSCORE, BYLEX, REV, LIMIT, WEIGHTS, AGGREGATE, SUM, MIN, MAX, M, KM, FT, MI, FROMMEMBER, FROMLONLAT, BYRADIUS, BYBOX, ASC, DESC, ANY, WITHCOORD, WITHDIST, WITHHASH, STOREDIST;

    private final byte[] bytes = name().getBytes(StandardCharsets.US_ASCII);

    /**
     * The word as sent.
     * @return the bytes; callers must not modify them
     */
    public byte[] bytes() {
        return this.bytes;
    }
}
