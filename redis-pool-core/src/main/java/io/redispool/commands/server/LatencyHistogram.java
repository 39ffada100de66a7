package io.redispool.commands.server;

import java.util.Map;

/**
 * The latency distribution of one command, as LATENCY HISTOGRAM reports it.
 *
 * @param calls how many times the command ran
 * @param buckets for each bucket's upper bound in microseconds, in increasing order, how
 * many calls took at most that long (cumulative)
 */
public record LatencyHistogram(long calls, Map<Long, Long> buckets) {
}
