package io.redispool.spring.autoconfigure;

import io.redispool.ReadFrom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Configuration properties for a Redis Cluster, bound from {@code redis.pool.cluster.*};
 * setting {@code nodes} turns the client into a cluster client in place of host and port.
 */
public class RedisPoolClusterProperties {

    /**
     * Cluster nodes to discover the cluster from, as host:port or redis:// URLs; one
     * reachable node is enough.
     */
    private List<String> nodes = new ArrayList<>();

    /**
     * How many MOVED, ASK, TRYAGAIN and CLUSTERDOWN replies one command may follow.
     */
    private int maxRedirects = 5;

    /**
     * How often the slot map is read again in the background, 0 to read it only on MOVED
     * and connection failures.
     */
    private Duration topologyRefreshPeriod = Duration.ofSeconds(30);

    /**
     * Which nodes serve read-only commands: the masters, or replicas when there are any.
     */
    private ReadFrom readFrom = ReadFrom.MASTER;

    public List<String> getNodes() {
        return this.nodes;
    }

    public void setNodes(List<String> nodes) {
        this.nodes = nodes;
    }

    public int getMaxRedirects() {
        return this.maxRedirects;
    }

    public void setMaxRedirects(int maxRedirects) {
        this.maxRedirects = maxRedirects;
    }

    public Duration getTopologyRefreshPeriod() {
        return this.topologyRefreshPeriod;
    }

    public void setTopologyRefreshPeriod(Duration topologyRefreshPeriod) {
        this.topologyRefreshPeriod = topologyRefreshPeriod;
    }

    public ReadFrom getReadFrom() {
        return this.readFrom;
    }

    public void setReadFrom(ReadFrom readFrom) {
        this.readFrom = readFrom;
    }

}
