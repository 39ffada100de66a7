package io.redispool.cluster;

import io.redispool.connection.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a client finds and follows a Redis Cluster.
 *
 * @param seeds nodes to ask for the topology at the start; one reachable node is enough
 * @param maxRedirects how many MOVED, ASK, TRYAGAIN and CLUSTERDOWN replies one command
 * may follow before the last one is thrown
 * @param topologyRefresh how often the slot map is read again in the background; zero
 * only on MOVED and connection failures
 * @param readFrom which nodes serve read-only commands
 */
public record ClusterConfig(List<Endpoint.Tcp> seeds, int maxRedirects, Duration topologyRefresh, ReadFrom readFrom) {

    /** The default of {@code cluster.max-redirects}. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    /** The default of {@code cluster.topology-refresh-period}. */
    public static final Duration DEFAULT_TOPOLOGY_REFRESH = Duration.ofSeconds(30);

    public ClusterConfig {
        Objects.requireNonNull(seeds, "'cluster.nodes' must not be null");
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("'cluster.nodes' must name at least one node but was empty");
        }
        seeds = List.copyOf(seeds);
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("'cluster.max-redirects' must be at least 0 but was " + maxRedirects);
        }
        Objects.requireNonNull(topologyRefresh, "'cluster.topology-refresh-period' must not be null");
        if (topologyRefresh.isNegative()) {
            throw new IllegalArgumentException(
                    "'cluster.topology-refresh-period' must not be negative but was " + topologyRefresh);
        }
        Objects.requireNonNull(readFrom, "'cluster.read-from' must not be null");
    }

}
