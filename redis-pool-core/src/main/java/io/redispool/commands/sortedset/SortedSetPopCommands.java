package io.redispool.commands.sortedset;

import io.redispool.command.ScoredValue;
import io.redispool.commands.CommandRunner;
import java.time.Duration;
import java.util.List;

/**
 * The sorted set commands that remove and return the lowest or highest scoring members,
 * waiting for them or not, run at once. A blocking call holds its pooled connection while
 * it waits.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface SortedSetPopCommands<K, V> extends CommandRunner<K, V> {

    /**
     * ZPOPMIN: removes the lowest scoring member; yields it, or {@code null} when there
     * is none.
     */
    default ScoredValue<V> zpopmin(K key) {
        return execute(builders().sortedSetPops().zpopmin(key));
    }

    /**
     * ZPOPMIN count: removes up to count lowest scoring members; yields them, lowest
     * first.
     */
    default List<ScoredValue<V>> zpopmin(K key, long count) {
        return execute(builders().sortedSetPops().zpopmin(key, count));
    }

    /**
     * ZPOPMAX: removes the highest scoring member; yields it, or {@code null} when there
     * is none.
     */
    default ScoredValue<V> zpopmax(K key) {
        return execute(builders().sortedSetPops().zpopmax(key));
    }

    /**
     * ZPOPMAX count: removes up to count highest scoring members; yields them, highest
     * first.
     */
    default List<ScoredValue<V>> zpopmax(K key, long count) {
        return execute(builders().sortedSetPops().zpopmax(key, count));
    }

    /**
     * BZPOPMIN: pops the lowest member of the first non-empty set, waiting (zero: for
     * ever); or {@code null}.
     */
    default KeyedScoredValue<K, V> bzpopmin(Duration timeout, List<K> keys) {
        return execute(builders().sortedSetPops().bzpopmin(timeout, keys));
    }

    /**
     * BZPOPMAX: pops the highest member of the first non-empty set, waiting (zero: for
     * ever); or {@code null}.
     */
    default KeyedScoredValue<K, V> bzpopmax(Duration timeout, List<K> keys) {
        return execute(builders().sortedSetPops().bzpopmax(timeout, keys));
    }

    /**
     * ZMPOP: pops a member from the first non-empty set, with its key; {@code null} when
     * all are empty.
     */
    default KeyedScoredValues<K, V> zmpop(List<K> keys, ScoreEnd end) {
        return execute(builders().sortedSetPops().zmpop(keys, end));
    }

    /**
     * ZMPOP ... COUNT: pops up to count members from the first non-empty set, with its
     * key.
     */
    default KeyedScoredValues<K, V> zmpop(List<K> keys, ScoreEnd end, long count) {
        return execute(builders().sortedSetPops().zmpop(keys, end, count));
    }

    /**
     * BZMPOP: ZMPOP, waiting up to timeout (zero: for ever) while all are empty;
     * {@code null} on timeout.
     */
    default KeyedScoredValues<K, V> bzmpop(Duration timeout, List<K> keys, ScoreEnd end) {
        return execute(builders().sortedSetPops().bzmpop(timeout, keys, end));
    }

    /**
     * BZMPOP ... COUNT: ZMPOP of up to count members, waiting up to timeout; {@code null}
     * on timeout.
     */
    default KeyedScoredValues<K, V> bzmpop(Duration timeout, List<K> keys, ScoreEnd end, long count) {
        return execute(builders().sortedSetPops().bzmpop(timeout, keys, end, count));
    }

}
