package io.redispool.commands.sortedset;

import io.redispool.command.ScoredValue;
import java.util.List;

/**
 * The members popped by ZMPOP or BZMPOP, with their scores and the key they came from.
 *
 * @param key the first of the given sorted sets that was not empty
 * @param values the members with their scores, in the order popped
 * @param <K> the key type
 * @param <V> the member type
 */
public record KeyedScoredValues<K, V>(K key, List<ScoredValue<V>> values) {
}
