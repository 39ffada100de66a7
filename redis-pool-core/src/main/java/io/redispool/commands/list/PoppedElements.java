package io.redispool.commands.list;

import java.util.List;

/**
 * The elements LMPOP or BLMPOP took, and the list it took them from.
 *
 * @param key the list's key, the first of the keys asked that was not empty
 * @param values the elements in the order they were popped, at least one
 * @param <K> the key type
 * @param <V> the value type
 */
public record PoppedElements<K, V>(K key, List<V> values) {
}
