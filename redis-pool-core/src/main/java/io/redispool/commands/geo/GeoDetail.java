package io.redispool.commands.geo;

import io.redispool.command.Keyword;

/**
 * What a search returns with each member: its coordinates, its distance from the origin,
 * its geohash.
 */
public enum GeoDetail {

    /** The member's coordinates (WITHCOORD). */
    COORDINATES(Keyword.WITHCOORD),

    /** The member's distance from the origin, in the shape's unit (WITHDIST). */
    DISTANCE(Keyword.WITHDIST),

    /**
     * The member's 52-bit geohash as an integer, its score in the sorted set (WITHHASH).
     */
    HASH(Keyword.WITHHASH);

    private final Keyword keyword;

    GeoDetail(Keyword keyword) {
        this.keyword = keyword;
    }

    Keyword keyword() {
        return this.keyword;
    }

}
