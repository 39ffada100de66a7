package io.redispool.commands.sortedset;

import io.redispool.command.ScoredValue;
import io.redispool.commands.CommandRunner;
import java.util.List;

/**
 * The sorted set commands that count, remove or list members by a range of scores, of
 * members' bytes or of ranks, run at once. The BYSCORE and BYLEX listing commands are
 * deprecated by the server for ZRANGE (see {@link ZRange}).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface SortedSetRangeCommands<K, V> extends CommandRunner<K, V> {

    /** ZCOUNT: how many members have a score in the range. */
    default Long zcount(K key, ScoreRange range) {
        return execute(builders().sortedSetRanges().zcount(key, range));
    }

    /** ZLEXCOUNT: how many members lie in the lex range. */
    default Long zlexcount(K key, LexRange<V> range) {
        return execute(builders().sortedSetRanges().zlexcount(key, range));
    }

    /** ZREMRANGEBYRANK: removes members from rank start to stop; yields how many. */
    default Long zremrangebyrank(K key, long start, long stop) {
        return execute(builders().sortedSetRanges().zremrangebyrank(key, start, stop));
    }

    /**
     * ZREMRANGEBYSCORE: removes the members with a score in the range; yields how many.
     */
    default Long zremrangebyscore(K key, ScoreRange range) {
        return execute(builders().sortedSetRanges().zremrangebyscore(key, range));
    }

    /** ZREMRANGEBYLEX: removes the members in the lex range; yields how many. */
    default Long zremrangebylex(K key, LexRange<V> range) {
        return execute(builders().sortedSetRanges().zremrangebylex(key, range));
    }

    /** ZRANGEBYSCORE: the members with a score in the range, lowest first. */
    default List<V> zrangebyscore(K key, ScoreRange range) {
        return execute(builders().sortedSetRanges().zrangebyscore(key, range));
    }

    /**
     * ZRANGEBYSCORE ... LIMIT: one page of the members with a score in the range, lowest
     * first.
     */
    default List<V> zrangebyscore(K key, ScoreRange range, long offset, long count) {
        return execute(builders().sortedSetRanges().zrangebyscore(key, range, offset, count));
    }

    /**
     * ZRANGEBYSCORE ... WITHSCORES: members in the range with their scores, lowest first.
     */
    default List<ScoredValue<V>> zrangebyscoreWithScores(K key, ScoreRange range) {
        return execute(builders().sortedSetRanges().zrangebyscoreWithScores(key, range));
    }

    /**
     * ZRANGEBYSCORE ... WITHSCORES LIMIT: one page of members with their scores, lowest
     * first.
     */
    default List<ScoredValue<V>> zrangebyscoreWithScores(K key, ScoreRange range, long offset, long count) {
        return execute(builders().sortedSetRanges().zrangebyscoreWithScores(key, range, offset, count));
    }

    /** ZREVRANGEBYSCORE: the members with a score in the range, highest first. */
    default List<V> zrevrangebyscore(K key, ScoreRange range) {
        return execute(builders().sortedSetRanges().zrevrangebyscore(key, range));
    }

    /**
     * ZREVRANGEBYSCORE ... LIMIT: one page of the members with a score in the range,
     * highest first.
     */
    default List<V> zrevrangebyscore(K key, ScoreRange range, long offset, long count) {
        return execute(builders().sortedSetRanges().zrevrangebyscore(key, range, offset, count));
    }

    /**
     * ZREVRANGEBYSCORE ... WITHSCORES: members in the range with their scores, highest
     * first.
     */
    default List<ScoredValue<V>> zrevrangebyscoreWithScores(K key, ScoreRange range) {
        return execute(builders().sortedSetRanges().zrevrangebyscoreWithScores(key, range));
    }

    /**
     * ZREVRANGEBYSCORE ... WITHSCORES LIMIT: one page of members with their scores,
     * highest first.
     */
    default List<ScoredValue<V>> zrevrangebyscoreWithScores(K key, ScoreRange range, long offset, long count) {
        return execute(builders().sortedSetRanges().zrevrangebyscoreWithScores(key, range, offset, count));
    }

    /** ZRANGEBYLEX: the members in the lex range, in byte order. */
    default List<V> zrangebylex(K key, LexRange<V> range) {
        return execute(builders().sortedSetRanges().zrangebylex(key, range));
    }

    /** ZRANGEBYLEX ... LIMIT: one page of the members in the lex range, in byte order. */
    default List<V> zrangebylex(K key, LexRange<V> range, long offset, long count) {
        return execute(builders().sortedSetRanges().zrangebylex(key, range, offset, count));
    }

    /** ZREVRANGEBYLEX: the members in the lex range, in reverse byte order. */
    default List<V> zrevrangebylex(K key, LexRange<V> range) {
        return execute(builders().sortedSetRanges().zrevrangebylex(key, range));
    }

    /**
     * ZREVRANGEBYLEX ... LIMIT: one page of the members in the lex range, in reverse byte
     * order.
     */
    default List<V> zrevrangebylex(K key, LexRange<V> range, long offset, long count) {
        return execute(builders().sortedSetRanges().zrevrangebylex(key, range, offset, count));
    }

}
