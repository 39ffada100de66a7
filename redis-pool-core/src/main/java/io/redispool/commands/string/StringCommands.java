package io.redispool.commands.string;

import io.redispool.commands.CommandRunner;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The commands of strings and counters, run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface StringCommands<K, V> extends CommandRunner<K, V> {

    /** APPEND: adds to the end of a value; yields the new length. */
    default Long append(K key, V value) {
        return execute(builders().strings().append(key, value));
    }

    /** DECR: takes one from a counter; yields the new value. */
    default Long decr(K key) {
        return execute(builders().strings().decr(key));
    }

    /** DECRBY: takes from a counter; yields the new value. */
    default Long decrby(K key, long decrement) {
        return execute(builders().strings().decrby(key, decrement));
    }

    /** GET: the value of a key, or {@code null} when it does not exist. */
    default V get(K key) {
        return execute(builders().strings().get(key));
    }

    /**
     * GETDEL: the value of a key, which is then deleted; {@code null} when it did not
     * exist.
     */
    default V getdel(K key) {
        return execute(builders().strings().getdel(key));
    }

    /** GETEX without options: the value of a key, its expiry unchanged. */
    default V getex(K key) {
        return execute(builders().strings().getex(key));
    }

    /** GETEX: the value of a key, whose expiry is then set or removed. */
    default V getex(K key, GetExOptions options) {
        return execute(builders().strings().getex(key, options));
    }

    /**
     * GETRANGE: the bytes of a value from start to end, both inclusive, negative from the
     * end.
     */
    default V getrange(K key, long start, long end) {
        return execute(builders().strings().getrange(key, start, end));
    }

    /** GETSET: stores a value; yields the old one, or {@code null}. */
    default V getset(K key, V value) {
        return execute(builders().strings().getset(key, value));
    }

    /** INCR: adds one to a counter; yields the new value. */
    default Long incr(K key) {
        return execute(builders().strings().incr(key));
    }

    /** INCRBY: adds to a counter; yields the new value. */
    default Long incrby(K key, long increment) {
        return execute(builders().strings().incrby(key, increment));
    }

    /** INCRBYFLOAT: adds to a floating-point counter; yields the new value. */
    default Double incrbyfloat(K key, double increment) {
        return execute(builders().strings().incrbyfloat(key, increment));
    }

    /** LCS: the longest common subsequence of two values. */
    default V lcs(K first, K second) {
        return execute(builders().strings().lcs(first, second));
    }

    /** LCS LEN: the length of the longest common subsequence of two values. */
    default Long lcsLen(K first, K second) {
        return execute(builders().strings().lcsLen(first, second));
    }

    /** LCS IDX WITHMATCHLEN: where the longest common subsequence lies in both values. */
    default LcsResult lcsIdx(K first, K second) {
        return execute(builders().strings().lcsIdx(first, second));
    }

    /**
     * LCS IDX MINMATCHLEN WITHMATCHLEN: as {@link #lcsIdx(Object, Object)}, leaving out
     * runs shorter than the minimum.
     */
    default LcsResult lcsIdx(K first, K second, long minMatchLen) {
        return execute(builders().strings().lcsIdx(first, second, minMatchLen));
    }

    /** MGET: the values of several keys, {@code null} for each missing one. */
    default List<V> mget(List<K> keys) {
        return execute(builders().strings().mget(keys));
    }

    /** MSET: stores several values at once. */
    default String mset(Map<K, V> entries) {
        return execute(builders().strings().mset(entries));
    }

    /**
     * MSETNX: stores several values at once only if none of the keys exists;
     * {@code false} when one did.
     */
    default Boolean msetnx(Map<K, V> entries) {
        return execute(builders().strings().msetnx(entries));
    }

    /** PSETEX: stores a value that expires after the timeout, in whole milliseconds. */
    default String psetex(K key, Duration timeout, V value) {
        return execute(builders().strings().psetex(key, timeout, value));
    }

    /** SET: stores a value, clearing any expiry. */
    default Boolean set(K key, V value) {
        return execute(builders().strings().set(key, value));
    }

    /** SET with options; yields {@code false} when an NX or XX condition was not met. */
    default Boolean set(K key, V value, SetOptions options) {
        return execute(builders().strings().set(key, value, options));
    }

    /** SET ... GET: stores a value; yields the old one, or {@code null}. */
    default V setGet(K key, V value) {
        return execute(builders().strings().setGet(key, value));
    }

    /**
     * SET ... GET with options: yields the old value, or {@code null}, whether or not a
     * condition let the SET happen.
     */
    default V setGet(K key, V value, SetOptions options) {
        return execute(builders().strings().setGet(key, value, options));
    }

    /** SETEX: stores a value that expires after the timeout, in whole seconds. */
    default String setex(K key, Duration timeout, V value) {
        return execute(builders().strings().setex(key, timeout, value));
    }

    /**
     * SETNX: stores a value only if the key does not exist; {@code false} when it did.
     */
    default Boolean setnx(K key, V value) {
        return execute(builders().strings().setnx(key, value));
    }

    /**
     * SETRANGE: overwrites part of a value from an offset, padding with zero bytes;
     * yields the new length.
     */
    default Long setrange(K key, long offset, V value) {
        return execute(builders().strings().setrange(key, offset, value));
    }

    /** STRLEN: the length of a value in bytes, 0 when the key does not exist. */
    default Long strlen(K key) {
        return execute(builders().strings().strlen(key));
    }

    /** SUBSTR: GETRANGE's deprecated former name, for servers that still expect it. */
    default V substr(K key, long start, long end) {
        return execute(builders().strings().substr(key, start, end));
    }

}
