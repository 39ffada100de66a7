package io.redispool.commands.sortedset;

import java.util.Objects;

/**
 * One end of a {@link LexRange}: a member that is included ({@code [a}) or excluded
 * ({@code (a}), or no limit at all ({@code -} or {@code +}).
 *
 * @param value the member, or {@code null} for no limit
 * @param inclusive whether the member itself is in the range; ignored without a member
 * @param <V> the member type
 */
public record LexBound<V>(V value, boolean inclusive) {

    private static final LexBound<?> UNBOUNDED = new LexBound<>(null, true);

    /**
     * A bound that includes its member.
     * @param value the member
     * @param <V> the member type
     * @return the bound
     */
    public static <V> LexBound<V> inclusive(V value) {
        return new LexBound<>(Objects.requireNonNull(value, "'value' of an inclusive lex bound must not be null"),
                true);
    }

    /**
     * A bound that excludes its member.
     * @param value the member
     * @param <V> the member type
     * @return the bound
     */
    public static <V> LexBound<V> exclusive(V value) {
        return new LexBound<>(Objects.requireNonNull(value, "'value' of an exclusive lex bound must not be null"),
                false);
    }

    /**
     * No limit: {@code -} as a lower bound, {@code +} as an upper one.
     * @param <V> the member type
     * @return the bound
     */
    @SuppressWarnings("unchecked")
    public static <V> LexBound<V> unbounded() {
        return (LexBound<V>) UNBOUNDED;
    }

    /**
     * Whether this bound sets no limit.
     * @return {@code true} for {@code -} or {@code +}
     */
    public boolean isUnbounded() {
        return this.value == null;
    }
}
