package io.redispool.cluster;

import io.redispool.pool.PoolMonitor;

/**
 * Hears nodes join and leave a cluster client, for metrics that follow each node's pool.
 *
 * <p>
 * Every method has an empty default. Calls arrive on the thread that refreshed the
 * topology or followed a redirection; implementations must be thread-safe, fast and must
 * not throw. Totals (redirections, refreshes) are not events here but figures in
 * {@link ClusterStats}, read when a meter is scraped.
 */
public interface ClusterListener {

    /**
     * The client opened a pool for a node it had not used before.
     * @param node the node, as {@code host:port}
     * @param pool the node's pool
     */
    default void nodeAdded(String node, PoolMonitor pool) {
    }

    /**
     * A node left the topology and its pool was closed.
     * @param node the node, as {@code host:port}
     */
    default void nodeRemoved(String node) {
    }

}
