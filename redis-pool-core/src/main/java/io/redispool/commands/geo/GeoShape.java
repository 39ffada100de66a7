package io.redispool.commands.geo;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.util.Objects;

/**
 * The area a geo search covers around its origin: a circle (BYRADIUS) or an axis-aligned
 * box (BYBOX), with the unit its sizes and the reply's distances are in.
 *
 * <p>
 * Immutable.
 */
public final class GeoShape {

    private final double radius;

    private final double width;

    private final double height;

    private final GeoUnit unit;

    private GeoShape(double radius, double width, double height, GeoUnit unit) {
        this.radius = radius;
        this.width = width;
        this.height = height;
        this.unit = Objects.requireNonNull(unit, "'unit' must not be null");
    }

    /**
     * A circle around the origin (BYRADIUS).
     * @param radius the radius, at least 0
     * @param unit the radius's unit, and the reply's distances'
     * @return the shape
     * @throws IllegalArgumentException if the radius is negative or not finite
     */
    public static GeoShape radius(double radius, GeoUnit unit) {
        return new GeoShape(requireSize("radius", radius), -1, -1, unit);
    }

    /**
     * A box centred on the origin (BYBOX).
     * @param width the box's east-west extent, at least 0
     * @param height the box's north-south extent, at least 0
     * @param unit the sizes' unit, and the reply's distances'
     * @return the shape
     * @throws IllegalArgumentException if a size is negative or not finite
     */
    public static GeoShape box(double width, double height, GeoUnit unit) {
        return new GeoShape(-1, requireSize("width", width), requireSize("height", height), unit);
    }

    private static double requireSize(String name, double size) {
        if (!(size >= 0) || Double.isInfinite(size)) {
            throw new IllegalArgumentException(
                    "'" + name + "' must be a finite distance of at least 0 but was " + size);
        }
        return size;
    }

    /**
     * Whether the shape is a circle, as the GEORADIUS commands need.
     * @return {@code true} for BYRADIUS
     */
    boolean isRadius() {
        return this.radius >= 0;
    }

    /**
     * Writes the shape as GEOSEARCH takes it ({@code BYRADIUS 5 km}), or as the GEORADIUS
     * commands do, without the word ({@code 5 km}).
     */
    void appendTo(CommandArgs args, boolean withKeyword) {
        if (isRadius()) {
            if (withKeyword) {
                args.add(Keyword.BYRADIUS);
            }
            args.add(this.radius);
        }
        else {
            args.add(Keyword.BYBOX).add(this.width).add(this.height);
        }
        args.add(this.unit.keyword());
    }

    @Override
    public String toString() {
        return isRadius() ? "GeoShape[radius " + this.radius + " " + this.unit + "]"
                : "GeoShape[box " + this.width + " x " + this.height + " " + this.unit + "]";
    }

}
