package io.redispool.commands.sortedset;

import io.redispool.command.ScanResult;
import io.redispool.command.ScoredValue;
import io.redispool.commands.ScanIterator;
import java.util.List;

/**
 * The commands of sorted sets, run at once: adding, scoring, ranking, listing, sampling
 * and scanning members here, with score and lex ranges, set algebra and popping joined
 * from their own interfaces.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface SortedSetCommands<K, V>
        extends SortedSetRangeCommands<K, V>, SortedSetAlgebraCommands<K, V>, SortedSetPopCommands<K, V> {

    /** ZADD: adds or updates a sorted set member; yields 1 if it was new. */
    default Long zadd(K key, double score, V member) {
        return execute(builders().sortedSets().zadd(key, score, member));
    }

    /** ZADD: adds or updates sorted set members; yields how many were new. */
    default Long zadd(K key, List<ScoredValue<V>> members) {
        return execute(builders().sortedSets().zadd(key, members));
    }

    /**
     * ZADD with NX, XX, GT, LT or CH; yields how many were new, or new or changed with
     * CH.
     */
    default Long zadd(K key, List<ScoredValue<V>> members, ZAddOptions options) {
        return execute(builders().sortedSets().zadd(key, members, options));
    }

    /**
     * ZADD ... INCR: adds to a member's score under conditions; the new score, or
     * {@code null} if refused.
     */
    default Double zaddIncr(K key, double increment, V member, ZAddOptions options) {
        return execute(builders().sortedSets().zaddIncr(key, increment, member, options));
    }

    /** ZCARD: the number of members, 0 for a missing key. */
    default Long zcard(K key) {
        return execute(builders().sortedSets().zcard(key));
    }

    /** ZINCRBY: adds to a member's score; yields the new score. */
    default Double zincrby(K key, double increment, V member) {
        return execute(builders().sortedSets().zincrby(key, increment, member));
    }

    /** ZMSCORE: each member's score, {@code null} for a missing one. */
    default List<Double> zmscore(K key, List<V> members) {
        return execute(builders().sortedSets().zmscore(key, members));
    }

    /** ZSCORE: a member's score, or {@code null}. */
    default Double zscore(K key, V member) {
        return execute(builders().sortedSets().zscore(key, member));
    }

    /** ZRANK: a member's rank from the lowest score, or {@code null}. */
    default Long zrank(K key, V member) {
        return execute(builders().sortedSets().zrank(key, member));
    }

    /** ZREVRANK: a member's rank from the highest score, or {@code null}. */
    default Long zrevrank(K key, V member) {
        return execute(builders().sortedSets().zrevrank(key, member));
    }

    /** ZREM: removes members; yields how many existed. */
    default Long zrem(K key, List<V> members) {
        return execute(builders().sortedSets().zrem(key, members));
    }

    /** ZRANGE: the members from rank start to stop, lowest score first. */
    default List<V> zrange(K key, long start, long stop) {
        return execute(builders().sortedSets().zrange(key, start, stop));
    }

    /** ZRANGE WITHSCORES: members with their scores, lowest first. */
    default List<ScoredValue<V>> zrangeWithScores(K key, long start, long stop) {
        return execute(builders().sortedSets().zrangeWithScores(key, start, stop));
    }

    /**
     * ZRANGE by rank, score or lex, maybe reversed and limited: the members in the
     * range's order.
     */
    default List<V> zrange(K key, ZRange<V> range) {
        return execute(builders().sortedSets().zrange(key, range));
    }

    /**
     * ZRANGE ... WITHSCORES by rank or score: members with their scores, in the range's
     * order.
     */
    default List<ScoredValue<V>> zrangeWithScores(K key, ZRange<V> range) {
        return execute(builders().sortedSets().zrangeWithScores(key, range));
    }

    /** ZRANGESTORE: stores what ZRANGE would return; yields the destination's size. */
    default Long zrangestore(K destination, K source, ZRange<V> range) {
        return execute(builders().sortedSets().zrangestore(destination, source, range));
    }

    /**
     * ZREVRANGE (deprecated for ZRANGE ... REV): members from rank start to stop, highest
     * first.
     */
    default List<V> zrevrange(K key, long start, long stop) {
        return execute(builders().sortedSets().zrevrange(key, start, stop));
    }

    /** ZREVRANGE ... WITHSCORES: members with their scores, highest first. */
    default List<ScoredValue<V>> zrevrangeWithScores(K key, long start, long stop) {
        return execute(builders().sortedSets().zrevrangeWithScores(key, start, stop));
    }

    /** ZRANDMEMBER: a random member, or {@code null} for a missing key. */
    default V zrandmember(K key) {
        return execute(builders().sortedSets().zrandmember(key));
    }

    /** ZRANDMEMBER count: up to count distinct members, or -count that may repeat. */
    default List<V> zrandmember(K key, long count) {
        return execute(builders().sortedSets().zrandmember(key, count));
    }

    /** ZRANDMEMBER count WITHSCORES: random members with their scores. */
    default List<ScoredValue<V>> zrandmemberWithScores(K key, long count) {
        return execute(builders().sortedSets().zrandmemberWithScores(key, count));
    }

    /**
     * ZSCAN: one page of members with scores; pass its cursor back until it is finished.
     */
    default ScanResult<ScoredValue<V>> zscan(K key, String cursor) {
        return execute(builders().sortedSets().zscan(key, cursor));
    }

    /** ZSCAN with MATCH and COUNT: one page of members with scores. */
    default ScanResult<ScoredValue<V>> zscan(K key, String cursor, String pattern, long count) {
        return execute(builders().sortedSets().zscan(key, cursor, pattern, count));
    }

    /**
     * ZSCAN, every page: the members matching a pattern ({@code null} for all) with
     * scores, fetched as iterated.
     */
    default Iterable<ScoredValue<V>> zscanAll(K key, String pattern, long count) {
        return ScanIterator.iterable(this, (cursor) -> builders().sortedSets().zscan(key, cursor, pattern, count));
    }

}
