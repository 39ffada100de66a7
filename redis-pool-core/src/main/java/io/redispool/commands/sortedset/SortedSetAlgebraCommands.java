package io.redispool.commands.sortedset;

import io.redispool.command.ScoredValue;
import io.redispool.commands.CommandRunner;
import java.util.List;

/**
 * The sorted set commands that combine several sets (difference, intersection, union),
 * run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface SortedSetAlgebraCommands<K, V> extends CommandRunner<K, V> {

    /** ZDIFF: the members of the first set that no other set holds. */
    default List<V> zdiff(List<K> keys) {
        return execute(builders().sortedSetAlgebra().zdiff(keys));
    }

    /** ZDIFF ... WITHSCORES: those members with their scores in the first set. */
    default List<ScoredValue<V>> zdiffWithScores(List<K> keys) {
        return execute(builders().sortedSetAlgebra().zdiffWithScores(keys));
    }

    /** ZDIFFSTORE: stores the difference; yields the destination's size. */
    default Long zdiffstore(K destination, List<K> keys) {
        return execute(builders().sortedSetAlgebra().zdiffstore(destination, keys));
    }

    /** ZINTER: the members every set holds. */
    default List<V> zinter(List<K> keys) {
        return execute(builders().sortedSetAlgebra().zinter(keys));
    }

    /** ZINTER with WEIGHTS and AGGREGATE: the members every set holds. */
    default List<V> zinter(List<K> keys, ZAggregateOptions options) {
        return execute(builders().sortedSetAlgebra().zinter(keys, options));
    }

    /** ZINTER ... WITHSCORES: the members every set holds with their summed scores. */
    default List<ScoredValue<V>> zinterWithScores(List<K> keys) {
        return execute(builders().sortedSetAlgebra().zinterWithScores(keys));
    }

    /**
     * ZINTER ... WITHSCORES with WEIGHTS and AGGREGATE: the common members with combined
     * scores.
     */
    default List<ScoredValue<V>> zinterWithScores(List<K> keys, ZAggregateOptions options) {
        return execute(builders().sortedSetAlgebra().zinterWithScores(keys, options));
    }

    /** ZINTERSTORE: stores the intersection; yields the destination's size. */
    default Long zinterstore(K destination, List<K> keys) {
        return execute(builders().sortedSetAlgebra().zinterstore(destination, keys));
    }

    /**
     * ZINTERSTORE with WEIGHTS and AGGREGATE: stores the intersection; yields the
     * destination's size.
     */
    default Long zinterstore(K destination, List<K> keys, ZAggregateOptions options) {
        return execute(builders().sortedSetAlgebra().zinterstore(destination, keys, options));
    }

    /** ZINTERCARD: how many members every set holds. */
    default Long zintercard(List<K> keys) {
        return execute(builders().sortedSetAlgebra().zintercard(keys));
    }

    /**
     * ZINTERCARD ... LIMIT: how many members every set holds, counting no further than
     * the limit.
     */
    default Long zintercard(List<K> keys, long limit) {
        return execute(builders().sortedSetAlgebra().zintercard(keys, limit));
    }

    /** ZUNION: the members any set holds. */
    default List<V> zunion(List<K> keys) {
        return execute(builders().sortedSetAlgebra().zunion(keys));
    }

    /** ZUNION with WEIGHTS and AGGREGATE: the members any set holds. */
    default List<V> zunion(List<K> keys, ZAggregateOptions options) {
        return execute(builders().sortedSetAlgebra().zunion(keys, options));
    }

    /** ZUNION ... WITHSCORES: the members any set holds with their summed scores. */
    default List<ScoredValue<V>> zunionWithScores(List<K> keys) {
        return execute(builders().sortedSetAlgebra().zunionWithScores(keys));
    }

    /**
     * ZUNION ... WITHSCORES with WEIGHTS and AGGREGATE: all members with combined scores.
     */
    default List<ScoredValue<V>> zunionWithScores(List<K> keys, ZAggregateOptions options) {
        return execute(builders().sortedSetAlgebra().zunionWithScores(keys, options));
    }

    /** ZUNIONSTORE: stores the union; yields the destination's size. */
    default Long zunionstore(K destination, List<K> keys) {
        return execute(builders().sortedSetAlgebra().zunionstore(destination, keys));
    }

    /**
     * ZUNIONSTORE with WEIGHTS and AGGREGATE: stores the union; yields the destination's
     * size.
     */
    default Long zunionstore(K destination, List<K> keys, ZAggregateOptions options) {
        return execute(builders().sortedSetAlgebra().zunionstore(destination, keys, options));
    }

}
