package io.redispool.commands.sortedset;

import io.redispool.commands.CommandRunner;
import io.redispool.command.ScoredValue;
import java.util.List;

/**
 * The commands of sorted sets, run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface SortedSetCommands<K, V> extends CommandRunner<K, V> {

    /** ZADD: adds or updates sorted set members; yields how many were new. */
    default Long zadd(K key, double score, V member) {
        return execute(builders().sortedSets().zadd(key, score, member));
    }

    /** ZADD: adds or updates sorted set members; yields how many were new. */
    default Long zadd(K key, List<ScoredValue<V>> members) {
        return execute(builders().sortedSets().zadd(key, members));
    }

    /** ZRANGE: the members from rank start to stop, lowest score first. */
    default List<V> zrange(K key, long start, long stop) {
        return execute(builders().sortedSets().zrange(key, start, stop));
    }

    /** ZRANGE WITHSCORES: members with their scores, lowest first. */
    default List<ScoredValue<V>> zrangeWithScores(K key, long start, long stop) {
        return execute(builders().sortedSets().zrangeWithScores(key, start, stop));
    }

    /** ZSCORE: a member's score, or {@code null}. */
    default Double zscore(K key, V member) {
        return execute(builders().sortedSets().zscore(key, member));
    }
}
