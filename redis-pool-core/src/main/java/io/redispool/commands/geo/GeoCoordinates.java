package io.redispool.commands.geo;

import io.redispool.command.CommandArgs;

/**
 * A point on the earth as Redis stores it: a longitude and a latitude in degrees.
 *
 * <p>
 * Redis accepts longitudes from -180 to 180 and latitudes from -85.05112878 to
 * 85.05112878 (the limits of its Web Mercator grid); coordinates outside them fail when a
 * command is built.
 *
 * @param longitude the longitude in degrees, east positive
 * @param latitude the latitude in degrees, north positive
 */
public record GeoCoordinates(double longitude, double latitude) {

    /** The highest latitude Redis can index, north or south. */
    public static final double MAX_LATITUDE = 85.05112878;

    /** The highest longitude, east or west. */
    public static final double MAX_LONGITUDE = 180;

    void appendTo(CommandArgs args) {
        if (!(Math.abs(this.longitude) <= MAX_LONGITUDE)) {
            throw new IllegalArgumentException("'longitude' must be between -180 and 180 but was " + this.longitude);
        }
        if (!(Math.abs(this.latitude) <= MAX_LATITUDE)) {
            throw new IllegalArgumentException(
                    "'latitude' must be between -85.05112878 and 85.05112878 but was " + this.latitude);
        }
        args.add(this.longitude).add(this.latitude);
    }
}
