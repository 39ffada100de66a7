package io.redispool.commands.string;

import io.redispool.commands.CommandRunner;
import java.util.List;
import java.util.Map;

/**
 * The commands of strings and counters, run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface StringCommands<K, V> extends CommandRunner<K, V> {

    /** GET: the value of a key, or {@code null} when it does not exist. */
    default V get(K key) {
        return execute(builders().strings().get(key));
    }

    /** SET: stores a value; {@code false} only when an NX or XX condition was not met. */
    default Boolean set(K key, V value) {
        return execute(builders().strings().set(key, value));
    }

    /** SET: stores a value; {@code false} only when an NX or XX condition was not met. */
    default Boolean set(K key, V value, SetOptions options) {
        return execute(builders().strings().set(key, value, options));
    }

    /** MGET: the values of several keys, {@code null} for each missing one. */
    default List<V> mget(List<K> keys) {
        return execute(builders().strings().mget(keys));
    }

    /** MSET: stores several values at once. */
    default String mset(Map<K, V> entries) {
        return execute(builders().strings().mset(entries));
    }

    /** INCR: adds one to a counter; yields the new value. */
    default Long incr(K key) {
        return execute(builders().strings().incr(key));
    }

    /** INCRBY: adds to a counter; yields the new value. */
    default Long incrby(K key, long increment) {
        return execute(builders().strings().incrby(key, increment));
    }

    /** DECR: takes one from a counter; yields the new value. */
    default Long decr(K key) {
        return execute(builders().strings().decr(key));
    }
}
