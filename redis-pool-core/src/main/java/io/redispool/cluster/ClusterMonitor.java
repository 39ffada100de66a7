package io.redispool.cluster;

import io.redispool.pool.PoolMonitor;
import java.util.Map;

/**
 * What a cluster client shows outside: its slot map, each node's pool, its totals, and a
 * way to read the topology again now.
 */
public interface ClusterMonitor {

    /**
     * The slot map the client routes by now.
     * @return the current map
     */
    SlotMap slotMap();

    /**
     * The pool of every node the client has connections for.
     * @return the pools by node, as {@code host:port}
     */
    Map<String, PoolMonitor> nodePools();

    /**
     * Lifetime totals: redirections followed, topology refreshes.
     * @return the current figures
     */
    ClusterStats stats();

    /**
     * Adds a listener for nodes joining and leaving; it hears about every node present
     * when it is added.
     * @param listener the listener
     */
    void addListener(ClusterListener listener);

    /**
     * Removes a listener added earlier.
     * @param listener the listener
     */
    void removeListener(ClusterListener listener);

    /**
     * Asks a master for {@code CLUSTER INFO} on a connection of its own, outside every
     * pool, so that a saturated pool never fails a health check.
     * @return the fields, such as {@code cluster_state} ({@code ok} or {@code fail}) and
     * {@code cluster_slots_ok}
     * @throws io.redispool.RedisException if no master answers
     */
    Map<String, String> clusterInfo();

    /**
     * Reads the slot map again now, from the first node that answers.
     * @return the new map
     * @throws io.redispool.RedisConnectionException if no node answered
     */
    SlotMap refreshTopology();

}
