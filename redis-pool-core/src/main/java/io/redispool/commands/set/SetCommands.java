package io.redispool.commands.set;

import io.redispool.commands.CommandRunner;
import java.util.List;
import java.util.Set;

/**
 * The commands of sets, run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface SetCommands<K, V> extends CommandRunner<K, V> {

    /** SADD: adds set members; yields how many were new. */
    default Long sadd(K key, List<V> members) {
        return execute(builders().sets().sadd(key, members));
    }

    /** SMEMBERS: every member of a set. */
    default Set<V> smembers(K key) {
        return execute(builders().sets().smembers(key));
    }

    /** SREM: removes set members; yields how many existed. */
    default Long srem(K key, List<V> members) {
        return execute(builders().sets().srem(key, members));
    }
}
