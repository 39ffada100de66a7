package io.redispool.commands.list;

import io.redispool.commands.CommandRunner;
import java.util.List;

/**
 * The commands of lists, run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface ListCommands<K, V> extends CommandRunner<K, V> {

    /** LPUSH: prepends to a list; yields its new length. */
    default Long lpush(K key, List<V> elements) {
        return execute(builders().lists().lpush(key, elements));
    }

    /** RPUSH: appends to a list; yields its new length. */
    default Long rpush(K key, List<V> elements) {
        return execute(builders().lists().rpush(key, elements));
    }

    /** LPOP: removes and yields the first element, or {@code null}. */
    default V lpop(K key) {
        return execute(builders().lists().lpop(key));
    }

    /** RPOP: removes and yields the last element, or {@code null}. */
    default V rpop(K key) {
        return execute(builders().lists().rpop(key));
    }

    /** LRANGE: the elements from start to stop, inclusive; -1 is the last. */
    default List<V> lrange(K key, long start, long stop) {
        return execute(builders().lists().lrange(key, start, stop));
    }
}
