package io.redispool.commands.sortedset;

/**
 * A member popped by BZPOPMIN or BZPOPMAX, with its score and the key it came from.
 *
 * @param key the sorted set it was popped from
 * @param value the member
 * @param score its score
 * @param <K> the key type
 * @param <V> the member type
 */
public record KeyedScoredValue<K, V>(K key, V value, double score) {
}
