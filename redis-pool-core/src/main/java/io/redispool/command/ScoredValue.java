package io.redispool.command;

/**
 * A sorted set member and its score.
 *
 * @param value the member
 * @param score its score
 * @param <V> the member type
 */
public record ScoredValue<V>(V value, double score) {
}
