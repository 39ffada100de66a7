package io.redispool.spring.cluster;

import io.redispool.cluster.ClusterMonitor;
import io.redispool.pool.PoolMonitor;
import io.redispool.pool.PoolStats;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;

/**
 * The health of a cluster client: the cluster's own state and slot coverage, asked of a
 * master outside the pools, and each node pool's figures.
 *
 * <p>
 * DOWN only when the cluster says {@code cluster_state:fail}, when it refuses commands; a
 * node whose pool is at {@code max-connections} is busy, not down, and shows in its
 * {@code inUse}, {@code pending} and {@code tooManyConnections} instead.
 */
public final class ClusterHealthDetails {

    private ClusterHealthDetails() {
    }

    /**
     * Adds the cluster's details to a health report, and marks it DOWN if the cluster
     * fails.
     * @param builder the report
     * @param cluster the client's cluster
     */
    public static void contribute(Health.Builder builder, ClusterMonitor cluster) {
        Map<String, String> info = cluster.clusterInfo();
        String state = info.getOrDefault("cluster_state", "unknown");
        if (!"ok".equals(state)) {
            builder.down();
        }
        builder.withDetail("clusterState", state)
            .withDetail("slotsOk", parse(info.get("cluster_slots_ok")))
            .withDetail("slotsCovered", cluster.slotMap().coveredSlots())
            .withDetail("masters", cluster.slotMap().shards().size())
            .withDetail("knownNodes", parse(info.get("cluster_known_nodes")))
            .withDetail("nodes", nodes(cluster));
    }

    private static Map<String, Map<String, Object>> nodes(ClusterMonitor cluster) {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        for (Map.Entry<String, PoolMonitor> node : cluster.nodePools().entrySet()) {
            PoolStats stats = node.getValue().stats();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("connections", stats.open());
            details.put("inUse", stats.inUse());
            details.put("idle", stats.idle());
            details.put("pending", stats.pending());
            details.put("max", stats.max());
            details.put("tooManyConnections", stats.tooManyConnections());
            nodes.put(node.getKey(), details);
        }
        return nodes;
    }

    private static long parse(String value) {
        try {
            return (value != null) ? Long.parseLong(value.trim()) : -1;
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

}
