package io.redispool.commands.hash;

import io.redispool.command.ScanResult;
import io.redispool.commands.CommandRunner;
import io.redispool.commands.ScanIterator;
import java.util.List;
import java.util.Map;

/**
 * The commands of hashes, run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface HashCommands<K, V> extends CommandRunner<K, V> {

    /** HDEL: removes hash fields; yields how many existed. */
    default Long hdel(K key, List<K> fields) {
        return execute(builders().hashes().hdel(key, fields));
    }

    /** HEXISTS: whether a hash field exists. */
    default Boolean hexists(K key, K field) {
        return execute(builders().hashes().hexists(key, field));
    }

    /** HGET: the value of a hash field, or {@code null}. */
    default V hget(K key, K field) {
        return execute(builders().hashes().hget(key, field));
    }

    /** HGETALL: every field and value of a hash, in the server's order. */
    default Map<K, V> hgetall(K key) {
        return execute(builders().hashes().hgetall(key));
    }

    /** HINCRBY: adds to a hash field's integer; yields the new value. */
    default Long hincrby(K key, K field, long increment) {
        return execute(builders().hashes().hincrby(key, field, increment));
    }

    /** HINCRBYFLOAT: adds to a hash field's number; yields the new value. */
    default Double hincrbyfloat(K key, K field, double increment) {
        return execute(builders().hashes().hincrbyfloat(key, field, increment));
    }

    /** HKEYS: every field of a hash. */
    default List<K> hkeys(K key) {
        return execute(builders().hashes().hkeys(key));
    }

    /** HLEN: how many fields a hash has. */
    default Long hlen(K key) {
        return execute(builders().hashes().hlen(key));
    }

    /**
     * HMGET: the values of hash fields in the order asked, {@code null} for each missing
     * one.
     */
    default List<V> hmget(K key, List<K> fields) {
        return execute(builders().hashes().hmget(key, fields));
    }

    /** HMSET: sets hash fields (deprecated by Redis in favour of HSET); yields "OK". */
    default String hmset(K key, Map<K, V> fields) {
        return execute(builders().hashes().hmset(key, fields));
    }

    /** HRANDFIELD: a random field of a hash, or {@code null} when it is missing. */
    default K hrandfield(K key) {
        return execute(builders().hashes().hrandfield(key));
    }

    /**
     * HRANDFIELD count: random fields, distinct for a positive count, possibly repeated
     * for a negative one.
     */
    default List<K> hrandfieldCount(K key, long count) {
        return execute(builders().hashes().hrandfieldCount(key, count));
    }

    /**
     * HRANDFIELD count WITHVALUES: random fields with their values, as
     * {@link #hrandfieldCount} picks them.
     */
    default List<Map.Entry<K, V>> hrandfieldWithValues(K key, long count) {
        return execute(builders().hashes().hrandfieldWithValues(key, count));
    }

    /**
     * HSCAN: one page of a hash's fields and values; pass its cursor back until it is
     * finished.
     */
    default ScanResult<Map.Entry<K, V>> hscan(K key, String cursor) {
        return execute(builders().hashes().hscan(key, cursor));
    }

    /**
     * HSCAN MATCH COUNT: one page of the fields matching a pattern, with their values.
     */
    default ScanResult<Map.Entry<K, V>> hscan(K key, String cursor, String pattern, long count) {
        return execute(builders().hashes().hscan(key, cursor, pattern, count));
    }

    /**
     * HSCAN, every page: the fields matching a pattern ({@code null} for all) with their
     * values, fetched as iterated.
     */
    default Iterable<Map.Entry<K, V>> hscanAll(K key, String pattern, long count) {
        return ScanIterator.iterable(this, (cursor) -> builders().hashes().hscan(key, cursor, pattern, count));
    }

    /** HSET: sets a hash field; yields 1 when it is new, 0 when it was updated. */
    default Long hset(K key, K field, V value) {
        return execute(builders().hashes().hset(key, field, value));
    }

    /** HSET: sets hash fields; yields how many were new. */
    default Long hset(K key, Map<K, V> fields) {
        return execute(builders().hashes().hset(key, fields));
    }

    /** HSETNX: sets a hash field only if it does not exist; yields whether it was set. */
    default Boolean hsetnx(K key, K field, V value) {
        return execute(builders().hashes().hsetnx(key, field, value));
    }

    /** HSTRLEN: the length in bytes of a hash field's value, 0 when it is missing. */
    default Long hstrlen(K key, K field) {
        return execute(builders().hashes().hstrlen(key, field));
    }

    /** HVALS: every value of a hash. */
    default List<V> hvals(K key) {
        return execute(builders().hashes().hvals(key));
    }

}
