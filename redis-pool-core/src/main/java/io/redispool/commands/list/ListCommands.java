package io.redispool.commands.list;

import io.redispool.commands.CommandRunner;
import java.time.Duration;
import java.util.List;

/**
 * The commands of lists, run at once.
 *
 * <p>
 * A blocking pop holds its pooled connection while it waits; {@link Duration#ZERO} waits
 * for ever. Its wait extends the client's socket timeout, so it may be longer than that
 * timeout.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface ListCommands<K, V> extends CommandRunner<K, V> {

    /**
     * BLMOVE: moves an element between lists, waiting for one; yields it, or {@code null}
     * when the wait ran out.
     */
    default V blmove(K source, K destination, ListDirection from, ListDirection to, Duration timeout) {
        return execute(builders().lists().blmove(source, destination, from, to, timeout));
    }

    /**
     * BLMPOP: pops one element of the first non-empty list, waiting for one; {@code null}
     * when the wait ran out.
     */
    default PoppedElements<K, V> blmpop(List<K> keys, ListDirection where, Duration timeout) {
        return execute(builders().lists().blmpop(keys, where, timeout));
    }

    /**
     * BLMPOP COUNT: pops up to count elements of the first non-empty list, waiting;
     * {@code null} when the wait ran out.
     */
    default PoppedElements<K, V> blmpop(List<K> keys, ListDirection where, long count, Duration timeout) {
        return execute(builders().lists().blmpop(keys, where, count, timeout));
    }

    /**
     * BLPOP: pops the head of the first non-empty list, waiting for one; {@code null}
     * when the wait ran out.
     */
    default PoppedElement<K, V> blpop(List<K> keys, Duration timeout) {
        return execute(builders().lists().blpop(keys, timeout));
    }

    /**
     * BRPOP: pops the tail of the first non-empty list, waiting for one; {@code null}
     * when the wait ran out.
     */
    default PoppedElement<K, V> brpop(List<K> keys, Duration timeout) {
        return execute(builders().lists().brpop(keys, timeout));
    }

    /**
     * BRPOPLPUSH: moves a tail to a head, waiting for one (deprecated by Redis for
     * BLMOVE); {@code null} on timeout.
     */
    default V brpoplpush(K source, K destination, Duration timeout) {
        return execute(builders().lists().brpoplpush(source, destination, timeout));
    }

    /**
     * LINDEX: the element at an index (negative counts from the tail), or {@code null}.
     */
    default V lindex(K key, long index) {
        return execute(builders().lists().lindex(key, index));
    }

    /**
     * LINSERT: inserts before or after a pivot; yields the new length, -1 without the
     * pivot, 0 without the key.
     */
    default Long linsert(K key, InsertPosition where, V pivot, V element) {
        return execute(builders().lists().linsert(key, where, pivot, element));
    }

    /** LLEN: the length of a list, 0 when it is missing. */
    default Long llen(K key) {
        return execute(builders().lists().llen(key));
    }

    /**
     * LMOVE: moves an element from one end of a list to an end of another; yields it, or
     * {@code null}.
     */
    default V lmove(K source, K destination, ListDirection from, ListDirection to) {
        return execute(builders().lists().lmove(source, destination, from, to));
    }

    /**
     * LMPOP: pops one element of the first non-empty list, with its key; {@code null}
     * when every list is empty.
     */
    default PoppedElements<K, V> lmpop(List<K> keys, ListDirection where) {
        return execute(builders().lists().lmpop(keys, where));
    }

    /**
     * LMPOP COUNT: pops up to count elements of the first non-empty list; {@code null}
     * when every list is empty.
     */
    default PoppedElements<K, V> lmpop(List<K> keys, ListDirection where, long count) {
        return execute(builders().lists().lmpop(keys, where, count));
    }

    /** LPOP: removes and yields the first element, or {@code null}. */
    default V lpop(K key) {
        return execute(builders().lists().lpop(key));
    }

    /**
     * LPOP count: removes and yields up to count elements from the head; {@code null}
     * when the key is missing.
     */
    default List<V> lpopCount(K key, long count) {
        return execute(builders().lists().lpopCount(key, count));
    }

    /** LPOS: the index of the first match, or {@code null}. */
    default Long lpos(K key, V element) {
        return execute(builders().lists().lpos(key, element));
    }

    /** LPOS RANK MAXLEN: the index of the match the options pick, or {@code null}. */
    default Long lpos(K key, V element, LposOptions options) {
        return execute(builders().lists().lpos(key, element, options));
    }

    /**
     * LPOS COUNT: the indexes of up to count matches (0 for all), empty when nothing
     * matches.
     */
    default List<Long> lposCount(K key, V element, long count, LposOptions options) {
        return execute(builders().lists().lposCount(key, element, count, options));
    }

    /** LPUSH: prepends to a list; yields its new length. */
    default Long lpush(K key, List<V> elements) {
        return execute(builders().lists().lpush(key, elements));
    }

    /**
     * LPUSHX: prepends to a list only if it exists; yields its new length, 0 when it is
     * missing.
     */
    default Long lpushx(K key, List<V> elements) {
        return execute(builders().lists().lpushx(key, elements));
    }

    /** LRANGE: the elements from start to stop, inclusive; -1 is the last. */
    default List<V> lrange(K key, long start, long stop) {
        return execute(builders().lists().lrange(key, start, stop));
    }

    /**
     * LREM: removes count matches from the head (negative: from the tail, 0: all); yields
     * how many.
     */
    default Long lrem(K key, long count, V element) {
        return execute(builders().lists().lrem(key, count, element));
    }

    /** LSET: replaces the element at an index; yields "OK". */
    default String lset(K key, long index, V element) {
        return execute(builders().lists().lset(key, index, element));
    }

    /** LTRIM: keeps only the elements from start to stop, inclusive; yields "OK". */
    default String ltrim(K key, long start, long stop) {
        return execute(builders().lists().ltrim(key, start, stop));
    }

    /** RPOP: removes and yields the last element, or {@code null}. */
    default V rpop(K key) {
        return execute(builders().lists().rpop(key));
    }

    /**
     * RPOP count: removes and yields up to count elements from the tail; {@code null}
     * when the key is missing.
     */
    default List<V> rpopCount(K key, long count) {
        return execute(builders().lists().rpopCount(key, count));
    }

    /**
     * RPOPLPUSH: moves a tail to a head (deprecated by Redis for LMOVE); yields it, or
     * {@code null}.
     */
    default V rpoplpush(K source, K destination) {
        return execute(builders().lists().rpoplpush(source, destination));
    }

    /** RPUSH: appends to a list; yields its new length. */
    default Long rpush(K key, List<V> elements) {
        return execute(builders().lists().rpush(key, elements));
    }

    /**
     * RPUSHX: appends to a list only if it exists; yields its new length, 0 when it is
     * missing.
     */
    default Long rpushx(K key, List<V> elements) {
        return execute(builders().lists().rpushx(key, elements));
    }

}
