package io.redispool.commands.geo;

import java.util.Objects;

/**
 * A member of a geo set with its coordinates, as GEOADD takes it.
 *
 * @param value the member
 * @param coordinates where it is
 * @param <V> the member type
 */
public record GeoValue<V>(V value, GeoCoordinates coordinates) {

    /**
     * Checks the coordinates are given.
     * @param value the member
     * @param coordinates where it is
     * @throws NullPointerException if the coordinates are {@code null}
     */
    public GeoValue {
        Objects.requireNonNull(coordinates, "'coordinates' must not be null");
    }

    /**
     * A member at a longitude and latitude.
     * @param value the member
     * @param longitude the longitude in degrees
     * @param latitude the latitude in degrees
     * @param <V> the member type
     * @return the member with its coordinates
     */
    public static <V> GeoValue<V> of(V value, double longitude, double latitude) {
        return new GeoValue<>(value, new GeoCoordinates(longitude, latitude));
    }
}
