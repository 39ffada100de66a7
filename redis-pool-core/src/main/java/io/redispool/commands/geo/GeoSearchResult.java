package io.redispool.commands.geo;

/**
 * A member a geo search found, with the details asked for; a detail not asked for is
 * {@code null}.
 *
 * @param value the member
 * @param distance its distance from the origin in the shape's unit (DISTANCE), or
 * {@code null}
 * @param hash its geohash as an integer (HASH), or {@code null}
 * @param coordinates where it is (COORDINATES), or {@code null}
 * @param <V> the member type
 */
public record GeoSearchResult<V>(V value, Double distance, Long hash, GeoCoordinates coordinates) {
}
