package io.redispool.commands.string;

/**
 * One run of bytes that both values share, as LCS ... IDX reports it; positions are
 * zero-based and inclusive.
 *
 * @param firstStart where the run starts in the first key's value
 * @param firstEnd where it ends in the first key's value
 * @param secondStart where the run starts in the second key's value
 * @param secondEnd where it ends in the second key's value
 * @param length the run's length in bytes
 */
public record LcsMatch(long firstStart, long firstEnd, long secondStart, long secondEnd, long length) {
}
