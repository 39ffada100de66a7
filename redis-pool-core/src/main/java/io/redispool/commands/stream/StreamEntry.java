package io.redispool.commands.stream;

import java.util.Map;

/**
 * One entry of a stream: its ID and its fields.
 *
 * @param id the entry's ID, such as {@code 1700000000000-0}
 * @param fields the entry's fields and values in the order they were added; {@code null}
 * when XREADGROUP reads back an entry that was deleted while it was pending
 * @param <K> the field type
 * @param <V> the value type
 */
public record StreamEntry<K, V>(String id, Map<K, V> fields) {
}
