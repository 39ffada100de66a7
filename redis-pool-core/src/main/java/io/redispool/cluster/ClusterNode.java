package io.redispool.cluster;

import io.redispool.command.CommandTable;
import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.ReplyDecoders;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.ConnectionFactory;
import io.redispool.connection.Endpoint;
import io.redispool.connection.SocketConnectionFactory;
import io.redispool.execution.CommandExecutor;
import io.redispool.execution.RetryPolicy;
import io.redispool.pool.ConnectionPool;
import io.redispool.pool.PoolConfig;

/**
 * One node of a cluster as the client reaches it: its own pool (today's
 * {@link ConnectionPool}, named after the node) and the executor over it.
 */
final class ClusterNode {

    private static final Command<String> READONLY = CommandArgs.of(CommandTable.get().spec("readonly"), 0)
        .build(ReplyDecoders.STATUS);

    private final Endpoint.Tcp address;

    private final ConnectionFactory connectionFactory;

    private final ConnectionPool pool;

    private final CommandExecutor executor;

    ClusterNode(Endpoint.Tcp address, ConnectionConfig base, PoolConfig basePool, RetryPolicy retry, boolean readOnly) {
        this.address = address;
        ConnectionFactory sockets = new SocketConnectionFactory(new ConnectionConfig(address, base.connectTimeout(),
                base.socketTimeout(), base.tcpNoDelay(), base.keepAlive(), base.username(), base.password(),
                base.database(), base.clientName(), base.charset(), base.limits(), base.tls(), base.protocol()));
        this.connectionFactory = readOnly ? () -> readOnly(sockets.connect()) : sockets;
        this.pool = new ConnectionPool(
                new PoolConfig(poolName(basePool.name(), address), basePool.maxConnections(), basePool.maxWait(),
                        basePool.minIdle(), basePool.idleTimeout(), basePool.maxLifetime(),
                        basePool.healthCheckInterval(), basePool.leakDetectionThreshold(), basePool.shutdownTimeout()),
                this.connectionFactory);
        this.executor = new CommandExecutor(this.pool, retry);
    }

    /**
     * The name of a node's pool: the client's pool name and the node, so that logs and
     * meters tell the nodes apart.
     * @param base the client's pool name
     * @param address the node
     * @return such as {@code redis-pool@10.0.0.1:6379}
     */
    static String poolName(String base, Endpoint.Tcp address) {
        return base + "@" + address;
    }

    private static Connection readOnly(Connection connection) {
        try {
            // Lets a replica serve reads of its master's slots; a master ignores it.
            connection.execute(READONLY);
            return connection;
        }
        catch (RuntimeException ex) {
            connection.disconnect();
            throw ex;
        }
    }

    Endpoint.Tcp address() {
        return this.address;
    }

    ConnectionPool pool() {
        return this.pool;
    }

    CommandExecutor executor() {
        return this.executor;
    }

    /**
     * Opens a connection of its own, outside the pool, as a health probe does.
     * @return the connection; the caller disconnects it
     */
    Connection connect() {
        return this.connectionFactory.connect();
    }

    @Override
    public String toString() {
        return "ClusterNode[" + this.address + ", " + this.pool.stats() + "]";
    }

}
