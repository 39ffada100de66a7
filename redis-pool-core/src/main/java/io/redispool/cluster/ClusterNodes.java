package io.redispool.cluster;

import io.redispool.RedisConnectionException;
import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.Endpoint;
import io.redispool.execution.RetryPolicy;
import io.redispool.metrics.CommandObserver;
import io.redispool.metrics.PoolListener;
import io.redispool.pool.PoolConfig;
import io.redispool.pool.PoolMonitor;
import io.redispool.pool.PoolStats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The nodes a cluster client has pools for, opened on first use and closed when they
 * leave the topology; seen from outside as one pool whose figures are the nodes' sums, so
 * that what watches a single-server client's pool watches a cluster client's too.
 */
final class ClusterNodes implements PoolMonitor {

    private final ConcurrentHashMap<Endpoint.Tcp, ClusterNode> nodes = new ConcurrentHashMap<>();

    private final ConnectionConfig connection;

    private final PoolConfig pool;

    private final RetryPolicy retry;

    private final boolean readOnly;

    private final List<PoolListener> poolListeners = new CopyOnWriteArrayList<>();

    private final List<ClusterListener> clusterListeners = new CopyOnWriteArrayList<>();

    private volatile boolean closed;

    private CommandObserver observer;

    ClusterNodes(ConnectionConfig connection, PoolConfig pool, RetryPolicy retry, boolean readOnly) {
        this.connection = connection;
        this.pool = pool;
        this.retry = retry;
        this.readOnly = readOnly;
    }

    /**
     * The node at an address, with a pool opened for it on first use.
     * @param address the node
     * @return the node
     * @throws RedisConnectionException if the client has been closed
     */
    ClusterNode get(Endpoint.Tcp address) {
        ClusterNode node = this.nodes.get(address);
        return (node != null) ? node : add(address);
    }

    private synchronized ClusterNode add(Endpoint.Tcp address) {
        if (this.closed) {
            throw new RedisConnectionException(
                    "Cannot reach " + address + ": pool '" + this.pool.name() + "' has been closed", null, false);
        }
        ClusterNode existing = this.nodes.get(address);
        if (existing != null) {
            return existing;
        }
        ClusterNode node = new ClusterNode(address, this.connection, this.pool, this.retry, this.readOnly);
        this.poolListeners.forEach(node.pool()::addListener);
        node.executor().observeCommands(this.observer);
        this.nodes.put(address, node);
        this.clusterListeners.forEach((listener) -> listener.nodeAdded(address.toString(), node.pool()));
        return node;
    }

    /**
     * Forgets the nodes outside the topology; their pools are closed by {@code closer},
     * since closing waits up to {@code shutdown-timeout} for connections in use.
     * @param current the nodes of the current slot map
     * @param closer where the pools of the nodes that left are closed
     */
    synchronized void retainOnly(Set<Endpoint.Tcp> current, Executor closer) {
        for (ClusterNode node : List.copyOf(this.nodes.values())) {
            if (!current.contains(node.address())) {
                this.nodes.remove(node.address());
                closer.execute(node.pool()::close);
                this.clusterListeners.forEach((listener) -> listener.nodeRemoved(node.address().toString()));
            }
        }
    }

    /**
     * Sets what sees each command on every node, those that join later too.
     * @param observer the observer, or {@code null} for none
     */
    synchronized void observeCommands(CommandObserver observer) {
        this.observer = observer;
        this.nodes.values().forEach((node) -> node.executor().observeCommands(observer));
    }

    Collection<ClusterNode> all() {
        return this.nodes.values();
    }

    Map<String, PoolMonitor> pools() {
        Map<String, PoolMonitor> pools = new LinkedHashMap<>();
        this.nodes.forEach((address, node) -> pools.put(address.toString(), node.pool()));
        return pools;
    }

    synchronized void addClusterListener(ClusterListener listener) {
        this.clusterListeners.add(listener);
        this.nodes.forEach((address, node) -> listener.nodeAdded(address.toString(), node.pool()));
    }

    void removeClusterListener(ClusterListener listener) {
        this.clusterListeners.remove(listener);
    }

    /** The settings every node's pool is built from, under the client's pool name. */
    @Override
    public PoolConfig config() {
        return this.pool;
    }

    /** The sums of every node's figures; {@code max} is the sum of their limits. */
    @Override
    public PoolStats stats() {
        int open = 0;
        int inUse = 0;
        int idle = 0;
        int pending = 0;
        int max = 0;
        long refused = 0;
        long created = 0;
        long closedCount = 0;
        for (ClusterNode node : this.nodes.values()) {
            PoolStats stats = node.pool().stats();
            open += stats.open();
            inUse += stats.inUse();
            idle += stats.idle();
            pending += stats.pending();
            max += stats.max();
            refused += stats.tooManyConnections();
            created += stats.created();
            closedCount += stats.closed();
        }
        return new PoolStats(open, inUse, idle, pending, max, refused, created, closedCount);
    }

    @Override
    public synchronized void addListener(PoolListener listener) {
        this.poolListeners.add(listener);
        this.nodes.values().forEach((node) -> node.pool().addListener(listener));
    }

    @Override
    public synchronized void removeListener(PoolListener listener) {
        this.poolListeners.remove(listener);
        this.nodes.values().forEach((node) -> node.pool().removeListener(listener));
    }

    @Override
    public void reset() {
        this.nodes.values().forEach((node) -> node.pool().reset());
    }

    @Override
    public boolean isClosed() {
        return this.closed;
    }

    /** Closes every node's pool; in-use connections get {@code shutdown-timeout} each. */
    void close() {
        List<ClusterNode> closing;
        synchronized (this) {
            this.closed = true;
            closing = new ArrayList<>(this.nodes.values());
            this.nodes.clear();
        }
        // Outside the monitor: closing a pool waits for connections in use.
        closing.forEach((node) -> node.pool().close());
    }

}
