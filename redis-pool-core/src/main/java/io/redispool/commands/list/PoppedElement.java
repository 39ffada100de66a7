package io.redispool.commands.list;

/**
 * One element a blocking pop took, and the list it took it from, as BLPOP and BRPOP
 * reply.
 *
 * @param key the list's key, the first of the keys asked that had an element
 * @param value the element
 * @param <K> the key type
 * @param <V> the value type
 */
public record PoppedElement<K, V>(K key, V value) {
}
