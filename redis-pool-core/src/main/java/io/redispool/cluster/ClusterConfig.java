package io.redispool.cluster;

import io.redispool.InvalidSettingException;
import io.redispool.ReadFrom;
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
            throw InvalidSettingException.invalid("cluster.nodes", null, "must name at least one node");
        }
        seeds = List.copyOf(seeds);
        if (maxRedirects < 0) {
            throw InvalidSettingException.invalid("cluster.max-redirects", maxRedirects, "must be at least 0");
        }
        Objects.requireNonNull(topologyRefresh, "'cluster.topology-refresh-period' must not be null");
        if (topologyRefresh.isNegative()) {
            throw InvalidSettingException.invalid("cluster.topology-refresh-period", topologyRefresh,
                    "must not be negative");
        }
        Objects.requireNonNull(readFrom, "'cluster.read-from' must not be null");
    }

}
