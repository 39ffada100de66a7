package io.redispool.commands.set;

import io.redispool.command.ScanResult;
import io.redispool.commands.CommandRunner;
import io.redispool.commands.ScanIterator;
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

    /** SCARD: how many members a set has, 0 when it is missing. */
    default Long scard(K key) {
        return execute(builders().sets().scard(key));
    }

    /** SDIFF: the members of the first set that are in none of the others. */
    default Set<V> sdiff(List<K> keys) {
        return execute(builders().sets().sdiff(keys));
    }

    /**
     * SDIFFSTORE: stores SDIFF's members at the destination, replacing it; yields how
     * many.
     */
    default Long sdiffstore(K destination, List<K> keys) {
        return execute(builders().sets().sdiffstore(destination, keys));
    }

    /** SINTER: the members that are in every set. */
    default Set<V> sinter(List<K> keys) {
        return execute(builders().sets().sinter(keys));
    }

    /** SINTERCARD: how many members are in every set. */
    default Long sintercard(List<K> keys) {
        return execute(builders().sets().sintercard(keys));
    }

    /**
     * SINTERCARD LIMIT: how many members are in every set, counting no further than the
     * limit (0 for none).
     */
    default Long sintercard(List<K> keys, long limit) {
        return execute(builders().sets().sintercard(keys, limit));
    }

    /**
     * SINTERSTORE: stores SINTER's members at the destination, replacing it; yields how
     * many.
     */
    default Long sinterstore(K destination, List<K> keys) {
        return execute(builders().sets().sinterstore(destination, keys));
    }

    /** SISMEMBER: whether a value is a member of a set. */
    default Boolean sismember(K key, V member) {
        return execute(builders().sets().sismember(key, member));
    }

    /** SMEMBERS: every member of a set. */
    default Set<V> smembers(K key) {
        return execute(builders().sets().smembers(key));
    }

    /**
     * SMISMEMBER: for each value, in the order asked, whether it is a member of a set.
     */
    default List<Boolean> smismember(K key, List<V> members) {
        return execute(builders().sets().smismember(key, members));
    }

    /** SMOVE: moves a member to another set; yields whether the source held it. */
    default Boolean smove(K source, K destination, V member) {
        return execute(builders().sets().smove(source, destination, member));
    }

    /** SPOP: removes and yields a random member, or {@code null}. */
    default V spop(K key) {
        return execute(builders().sets().spop(key));
    }

    /** SPOP count: removes and yields up to count distinct random members. */
    default Set<V> spopCount(K key, long count) {
        return execute(builders().sets().spopCount(key, count));
    }

    /** SRANDMEMBER: a random member, or {@code null}. */
    default V srandmember(K key) {
        return execute(builders().sets().srandmember(key));
    }

    /**
     * SRANDMEMBER count: random members, distinct for a positive count, possibly repeated
     * for a negative one.
     */
    default List<V> srandmemberCount(K key, long count) {
        return execute(builders().sets().srandmemberCount(key, count));
    }

    /** SREM: removes set members; yields how many existed. */
    default Long srem(K key, List<V> members) {
        return execute(builders().sets().srem(key, members));
    }

    /** SSCAN: one page of a set's members; pass its cursor back until it is finished. */
    default ScanResult<V> sscan(K key, String cursor) {
        return execute(builders().sets().sscan(key, cursor));
    }

    /** SSCAN MATCH COUNT: one page of the members matching a pattern. */
    default ScanResult<V> sscan(K key, String cursor, String pattern, long count) {
        return execute(builders().sets().sscan(key, cursor, pattern, count));
    }

    /**
     * SSCAN, every page: the members matching a pattern ({@code null} for all), fetched
     * as iterated.
     */
    default Iterable<V> sscanAll(K key, String pattern, long count) {
        return ScanIterator.iterable(this, (cursor) -> builders().sets().sscan(key, cursor, pattern, count));
    }

    /** SUNION: the members that are in any of the sets. */
    default Set<V> sunion(List<K> keys) {
        return execute(builders().sets().sunion(keys));
    }

    /**
     * SUNIONSTORE: stores SUNION's members at the destination, replacing it; yields how
     * many.
     */
    default Long sunionstore(K destination, List<K> keys) {
        return execute(builders().sets().sunionstore(destination, keys));
    }

}
