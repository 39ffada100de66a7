package io.redispool.commands.geo;

import io.redispool.command.Keyword;

/**
 * A unit of distance for GEODIST, GEOSEARCH and GEOSEARCHSTORE.
 */
public enum GeoUnit {

    /** Meters (M). */
    METERS(Keyword.M),

    /** Kilometers (KM). */
    KILOMETERS(Keyword.KM),

    /** Feet (FT). */
    FEET(Keyword.FT),

    /** Miles (MI). */
    MILES(Keyword.MI);

    private final Keyword keyword;

    GeoUnit(Keyword keyword) {
        this.keyword = keyword;
    }

    Keyword keyword() {
        return this.keyword;
    }

}
