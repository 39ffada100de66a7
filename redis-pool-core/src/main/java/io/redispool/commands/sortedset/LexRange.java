package io.redispool.commands.sortedset;

import io.redispool.command.CommandArgs;
import io.redispool.commands.CommandCodec;
import java.util.Objects;

/**
 * A range of members by their bytes, as ZLEXCOUNT, ZREMRANGEBYLEX, ZRANGE ... BYLEX and
 * ZRANGEBYLEX take it; meaningful when every member has the same score.
 *
 * <pre>{@code
 * LexRange.closed("a", "c");                                             // [a [c
 * LexRange.atLeast("b");                                                 // [b +
 * new LexRange<>(LexBound.exclusive("a"), LexBound.inclusive("c"));      // (a [c
 * }</pre>
 *
 * @param min the lower bound
 * @param max the upper bound
 * @param <V> the member type
 */
public record LexRange<V>(LexBound<V> min, LexBound<V> max) {

    private static final byte[] MINUS = { '-' };

    private static final byte[] PLUS = { '+' };

    /**
     * Checks the bounds.
     * @param min the lower bound
     * @param max the upper bound
     * @throws NullPointerException if a bound is {@code null}
     */
    public LexRange {
        Objects.requireNonNull(min, "'min' of a lex range must not be null");
        Objects.requireNonNull(max, "'max' of a lex range must not be null");
    }

    /**
     * Every member, {@code -} to {@code +}.
     * @param <V> the member type
     * @return the range
     */
    public static <V> LexRange<V> all() {
        return new LexRange<>(LexBound.unbounded(), LexBound.unbounded());
    }

    /**
     * Members from min to max, both included.
     * @param min the lowest member
     * @param max the highest member
     * @param <V> the member type
     * @return the range
     */
    public static <V> LexRange<V> closed(V min, V max) {
        return new LexRange<>(LexBound.inclusive(min), LexBound.inclusive(max));
    }

    /**
     * Members between min and max, both excluded.
     * @param min the member just below the range
     * @param max the member just above the range
     * @param <V> the member type
     * @return the range
     */
    public static <V> LexRange<V> open(V min, V max) {
        return new LexRange<>(LexBound.exclusive(min), LexBound.exclusive(max));
    }

    /**
     * Members from min on.
     * @param min the lowest member
     * @param <V> the member type
     * @return the range
     */
    public static <V> LexRange<V> atLeast(V min) {
        return new LexRange<>(LexBound.inclusive(min), LexBound.unbounded());
    }

    /**
     * Members after min.
     * @param min the member just below the range
     * @param <V> the member type
     * @return the range
     */
    public static <V> LexRange<V> greaterThan(V min) {
        return new LexRange<>(LexBound.exclusive(min), LexBound.unbounded());
    }

    /**
     * Members up to max.
     * @param max the highest member
     * @param <V> the member type
     * @return the range
     */
    public static <V> LexRange<V> atMost(V max) {
        return new LexRange<>(LexBound.unbounded(), LexBound.inclusive(max));
    }

    /**
     * Members before max.
     * @param max the member just above the range
     * @param <V> the member type
     * @return the range
     */
    public static <V> LexRange<V> lessThan(V max) {
        return new LexRange<>(LexBound.unbounded(), LexBound.exclusive(max));
    }

    /**
     * Writes min then max, or max then min for the commands that walk from the highest
     * member.
     */
    void appendTo(CommandArgs args, CommandCodec<?, V> codec, boolean reversed) {
        args.add(encode(reversed ? this.max : this.min, codec, reversed ? PLUS : MINUS));
        args.add(encode(reversed ? this.min : this.max, codec, reversed ? MINUS : PLUS));
    }

    private static <V> byte[] encode(LexBound<V> bound, CommandCodec<?, V> codec, byte[] unbounded) {
        if (bound.isUnbounded()) {
            return unbounded;
        }
        byte[] value = codec.value(bound.value());
        byte[] encoded = new byte[value.length + 1];
        encoded[0] = (byte) (bound.inclusive() ? '[' : '(');
        System.arraycopy(value, 0, encoded, 1, value.length);
        return encoded;
    }
}
