package io.redispool.commands.geo;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import io.redispool.commands.CommandCodec;
import java.util.Objects;

/**
 * What GEOSEARCH and GEOSEARCHSTORE look for: an origin (a member, FROMMEMBER, or
 * coordinates, FROMLONLAT), a shape around it (BYRADIUS or BYBOX), and optionally an
 * order (ASC or DESC) and a count (COUNT, with ANY to stop at the first matches found).
 *
 * <pre>{@code
 * GeoSearch.fromMember("Palermo", GeoShape.radius(200, GeoUnit.KILOMETERS)).ascending().count(5);
 * GeoSearch.fromLonLat(15, 37, GeoShape.box(400, 400, GeoUnit.KILOMETERS));
 * }</pre>
 *
 * <p>
 * Immutable; each method returns a new instance. A second order or count fails rather
 * than letting the last one win silently.
 *
 * @param <V> the member type
 */
public final class GeoSearch<V> {

    private final V member;

    private final GeoCoordinates coordinates;

    private final GeoShape shape;

    private final Keyword order;

    private final long count;

    private final boolean any;

    private GeoSearch(V member, GeoCoordinates coordinates, GeoShape shape, Keyword order, long count, boolean any) {
        this.member = member;
        this.coordinates = coordinates;
        this.shape = Objects.requireNonNull(shape, "'shape' must not be null");
        this.order = order;
        this.count = count;
        this.any = any;
    }

    /**
     * Searches around a member of the set (FROMMEMBER).
     * @param member the member at the origin
     * @param shape the area around it
     * @param <V> the member type
     * @return the search
     */
    public static <V> GeoSearch<V> fromMember(V member, GeoShape shape) {
        return new GeoSearch<>(Objects.requireNonNull(member, "'member' must not be null"), null, shape, null, 0,
                false);
    }

    /**
     * Searches around a point (FROMLONLAT).
     * @param coordinates the point at the origin
     * @param shape the area around it
     * @param <V> the member type
     * @return the search
     */
    public static <V> GeoSearch<V> fromCoordinates(GeoCoordinates coordinates, GeoShape shape) {
        return new GeoSearch<>(null, Objects.requireNonNull(coordinates, "'coordinates' must not be null"), shape, null,
                0, false);
    }

    /**
     * Searches around a longitude and latitude (FROMLONLAT).
     * @param longitude the origin's longitude in degrees
     * @param latitude the origin's latitude in degrees
     * @param shape the area around it
     * @param <V> the member type
     * @return the search
     */
    public static <V> GeoSearch<V> fromLonLat(double longitude, double latitude, GeoShape shape) {
        return fromCoordinates(new GeoCoordinates(longitude, latitude), shape);
    }

    /**
     * Nearest first (ASC).
     * @return the ordered search
     * @throws IllegalStateException if an order is already set
     */
    public GeoSearch<V> ascending() {
        return withOrder(Keyword.ASC);
    }

    /**
     * Farthest first (DESC).
     * @return the ordered search
     * @throws IllegalStateException if an order is already set
     */
    public GeoSearch<V> descending() {
        return withOrder(Keyword.DESC);
    }

    /**
     * At most count matches (COUNT); with an order, the nearest or farthest ones.
     * @param count the most to return, at least 1
     * @return the limited search
     * @throws IllegalArgumentException if count is below 1
     * @throws IllegalStateException if a count is already set
     */
    public GeoSearch<V> count(long count) {
        return withCount(count, false);
    }

    /**
     * The first count matches found, not necessarily the nearest (COUNT ... ANY); quicker
     * on large sets.
     * @param count the most to return, at least 1
     * @return the limited search
     * @throws IllegalArgumentException if count is below 1
     * @throws IllegalStateException if a count is already set
     */
    public GeoSearch<V> countAny(long count) {
        return withCount(count, true);
    }

    private GeoSearch<V> withOrder(Keyword wanted) {
        if (this.order != null) {
            throw new IllegalStateException("An order is already set (" + this.order + ")");
        }
        return new GeoSearch<>(this.member, this.coordinates, this.shape, wanted, this.count, this.any);
    }

    private GeoSearch<V> withCount(long wanted, boolean wantedAny) {
        if (this.count > 0) {
            throw new IllegalStateException(
                    "A count is already set (COUNT " + this.count + (this.any ? " ANY" : "") + ")");
        }
        if (wanted < 1) {
            throw new IllegalArgumentException("'count' must be at least 1 but was " + wanted);
        }
        return new GeoSearch<>(this.member, this.coordinates, this.shape, this.order, wanted, wantedAny);
    }

    /**
     * Writes the search as GEOSEARCH takes it: origin, shape, order, count.
     */
    void appendTo(CommandArgs args, CommandCodec<?, V> codec) {
        if (this.member != null) {
            args.add(Keyword.FROMMEMBER).add(codec.value(this.member));
        }
        else {
            args.add(Keyword.FROMLONLAT);
            this.coordinates.appendTo(args);
        }
        this.shape.appendTo(args, true);
        appendOrderAndCount(args);
    }

    /**
     * Writes the search as the deprecated GEORADIUS (a point) or GEORADIUSBYMEMBER (a
     * member) takes it: origin and radius without their words, then order and count.
     * @throws IllegalArgumentException if the search's origin or shape is not what the
     * command takes
     */
    void appendRadiusTo(CommandArgs args, CommandCodec<?, V> codec, String command, boolean byMember) {
        if (!this.shape.isRadius() || byMember != (this.member != null)) {
            throw new IllegalArgumentException(
                    command + " takes a search " + (byMember ? "from a member" : "from " + "coordinates")
                            + " by radius but got " + this + "; use GEOSEARCH");
        }
        if (byMember) {
            args.add(codec.value(this.member));
        }
        else {
            this.coordinates.appendTo(args);
        }
        this.shape.appendTo(args, false);
        appendOrderAndCount(args);
    }

    private void appendOrderAndCount(CommandArgs args) {
        if (this.order != null) {
            args.add(this.order);
        }
        if (this.count > 0) {
            args.add(Keyword.COUNT).add(this.count);
            if (this.any) {
                args.add(Keyword.ANY);
            }
        }
    }

    @Override
    public String toString() {
        // The member may be personal data; only the kind of origin is shown.
        return "GeoSearch[" + ((this.member != null) ? "FROMMEMBER" : "FROMLONLAT " + this.coordinates) + ", "
                + this.shape + ((this.order != null) ? ", " + this.order : "")
                + ((this.count > 0) ? ", COUNT " + this.count + (this.any ? " ANY" : "") : "") + "]";
    }

}
