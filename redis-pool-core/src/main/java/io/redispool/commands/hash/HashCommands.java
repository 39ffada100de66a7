package io.redispool.commands.hash;

import io.redispool.commands.CommandRunner;
import java.util.List;
import java.util.Map;

/**
 * The commands of hashes, run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface HashCommands<K, V> extends CommandRunner<K, V> {

    /** HGET: the value of a hash field, or {@code null}. */
    default V hget(K key, K field) {
        return execute(builders().hashes().hget(key, field));
    }

    /** HSET: sets hash fields; yields how many were new. */
    default Long hset(K key, K field, V value) {
        return execute(builders().hashes().hset(key, field, value));
    }

    /** HSET: sets hash fields; yields how many were new. */
    default Long hset(K key, Map<K, V> fields) {
        return execute(builders().hashes().hset(key, fields));
    }

    /** HGETALL: every field and value of a hash, in the server's order. */
    default Map<K, V> hgetall(K key) {
        return execute(builders().hashes().hgetall(key));
    }

    /** HDEL: removes hash fields; yields how many existed. */
    default Long hdel(K key, List<K> fields) {
        return execute(builders().hashes().hdel(key, fields));
    }
}
