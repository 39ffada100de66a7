package io.redispool.cluster;

/**
 * Lifetime totals of a cluster client, for counters read on scrape.
 *
 * @param movedRedirects MOVED replies followed
 * @param askRedirects ASK replies followed
 * @param retriesAfterClusterErrors commands sent again after TRYAGAIN or CLUSTERDOWN
 * @param topologyRefreshes slot maps read, periodic and on demand
 * @param topologyRefreshFailures attempts to read the slot map that no node answered
 */
public record ClusterStats(long movedRedirects, long askRedirects, long retriesAfterClusterErrors,
        long topologyRefreshes, long topologyRefreshFailures) {
}
