package io.redispool;

import io.redispool.async.CommandDispatcher;
import io.redispool.async.PoolWorkers;
import io.redispool.async.PooledDispatcher;
import io.redispool.cluster.ClusterRouter;
import io.redispool.connection.ConnectionFactory;
import io.redispool.connection.SocketConnectionFactory;
import io.redispool.execution.CommandExecutor;
import io.redispool.execution.CommandRunner;
import io.redispool.multiplex.MultiplexedDispatcher;
import io.redispool.pool.ConnectionPool;
import io.redispool.pool.PoolMonitor;
import io.redispool.sentinel.MasterFollower;

/**
 * What a client reaches Redis through, built from its settings for one of three kinds of
 * deployment: one server, a master that Sentinel names, or a cluster.
 *
 * <p>
 * Why one class decides: each kind needs its own connection factory, pool and command
 * runner, and the rest of the client (its commands, pipelines, scopes, subscribers) works
 * the same over any of them once they are built.
 */
final class Deployment {

    private final ConnectionFactory connectionFactory;

    private final PoolMonitor pool;

    private final CommandRunner executor;

    private final CommandDispatcher dispatcher;

    private final MasterFollower sentinel;

    private final ClusterRouter cluster;

    private final RedisClientConfig config;

    private Deployment(ConnectionFactory connectionFactory, PoolMonitor pool, CommandRunner executor,
            CommandDispatcher dispatcher, MasterFollower sentinel, ClusterRouter cluster, RedisClientConfig config) {
        this.connectionFactory = connectionFactory;
        this.pool = pool;
        this.executor = executor;
        this.dispatcher = dispatcher;
        this.sentinel = sentinel;
        this.cluster = cluster;
        this.config = config;
    }

    /**
     * Builds what the settings describe; connections open on first use, or up to
     * {@code min-idle} at once.
     * @param config the client's validated settings
     * @return the deployment's parts
     */
    static Deployment of(RedisClientConfig config) {
        return (config.cluster() != null) ? cluster(config) : server(config);
    }

    /** A cluster: every command is routed to the node of its keys' slot. */
    private static Deployment cluster(RedisClientConfig config) {
        ClusterRouter cluster = new ClusterRouter(config.cluster(), config.connection(), config.pool(), config.retry());
        return new Deployment(cluster::connectToAnyMaster, cluster.pools(), cluster,
                new PooledDispatcher(cluster, workers(config)), null, cluster, config);
    }

    /** One server, or the master Sentinel names, over one pool. */
    private static Deployment server(RedisClientConfig config) {
        MasterFollower sentinel = (config.sentinel() != null)
                ? new MasterFollower(config.pool().name(), config.sentinel(), config.connection()) : null;
        ConnectionFactory connectionFactory = (sentinel != null) ? sentinel.connectionFactory()
                : new SocketConnectionFactory(config.connection());
        ConnectionPool single = new ConnectionPool(config.pool(), connectionFactory);
        if (sentinel != null) {
            sentinel.follow(single);
        }
        CommandExecutor master = new CommandExecutor(single, config.retry());
        // With sentinel.read-from REPLICA_PREFERRED, reads go to the replicas; the
        // multiplexed mode is refused with it, and stays on the master's executor.
        CommandRunner executor = (sentinel != null) ? sentinel.route(master, config.pool(), config.retry()) : master;
        CommandDispatcher dispatcher = config.multiplexing().isEnabled()
                ? new MultiplexedDispatcher(config, connectionFactory, master, workers(config), single::listener)
                : new PooledDispatcher(executor, workers(config));
        return new Deployment(connectionFactory, single, executor, dispatcher, sentinel, null, config);
    }

    private static PoolWorkers workers(RedisClientConfig config) {
        return new PoolWorkers(config.pool().name(), config.pool().maxConnections());
    }

    /**
     * Opens connections outside the pool, for probes and subscribers.
     * @return the factory: the server's, the current master's, or any cluster master's
     */
    ConnectionFactory connectionFactory() {
        return this.connectionFactory;
    }

    /**
     * The pool, or on a cluster every node's pool seen as one.
     * @return the pool's monitor
     */
    PoolMonitor pool() {
        return this.pool;
    }

    /**
     * Where commands, pipelines, transactions and held connections run.
     * @return the command runner
     */
    CommandRunner executor() {
        return this.executor;
    }

    /**
     * Where the everyday commands and the asynchronous ones go.
     * @return the dispatcher: pooled, or multiplexed
     */
    CommandDispatcher dispatcher() {
        return this.dispatcher;
    }

    /**
     * The master this deployment follows through Sentinel.
     * @return the follower, or {@code null} unless Sentinel is configured
     */
    MasterFollower sentinel() {
        return this.sentinel;
    }

    /**
     * The cluster's router.
     * @return the router, or {@code null} unless cluster nodes are configured
     */
    ClusterRouter cluster() {
        return this.cluster;
    }

    /**
     * Closes the shared connections of the multiplexed mode, then the pool (every node's,
     * on a cluster), and stops listening on the sentinels.
     */
    void close() {
        try {
            this.dispatcher.close();
            this.executor.close();
        }
        finally {
            if (this.sentinel != null) {
                this.sentinel.close();
            }
        }
    }

    /**
     * What this deployment reaches, for the client's {@code toString()}.
     * @return the cluster's seeds, the sentinel's master, or the server's endpoint
     */
    @Override
    public String toString() {
        return (this.cluster != null) ? "cluster " + this.config.cluster().seeds()
                : (this.sentinel != null) ? this.sentinel.toString() : this.config.connection().endpoint().toString();
    }

}
