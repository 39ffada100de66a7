package io.redispool.commands.keys;

import io.redispool.commands.CommandRunner;
import io.redispool.commands.ScanIterator;
import io.redispool.command.ScanResult;
import java.util.List;

/**
 * The commands of keys of any type (the generic group): existence, expiry, deletion, iteration, run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface KeyCommands<K, V> extends CommandRunner<K, V> {

    /** DEL: removes keys; yields how many existed. */
    default Long del(List<K> keys) {
        return execute(builders().keys().del(keys));
    }

    /** EXISTS: how many of the keys exist. */
    default Long exists(List<K> keys) {
        return execute(builders().keys().exists(keys));
    }

    /** EXPIRE: sets a time to live in seconds; {@code false} when the key does not exist. */
    default Boolean expire(K key, long seconds) {
        return execute(builders().keys().expire(key, seconds));
    }

    /** TTL: the remaining time to live in seconds; -1 without expiry, -2 when missing. */
    default Long ttl(K key) {
        return execute(builders().keys().ttl(key));
    }

    /** SCAN: one page of keys; pass its cursor back until it is finished. */
    default ScanResult<K> scan(String cursor) {
        return execute(builders().keys().scan(cursor));
    }

    /** SCAN: one page of keys; pass its cursor back until it is finished. */
    default ScanResult<K> scan(String cursor, String pattern, long count) {
        return execute(builders().keys().scan(cursor, pattern, count));
    }

    /** SCAN, every page: the keys matching a pattern ({@code null} for all), fetched as iterated. */
    default Iterable<K> scanAll(String pattern, long count) {
        return ScanIterator.iterable(this, (cursor) -> builders().keys().scan(cursor, pattern, count));
    }
}
