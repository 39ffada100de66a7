package io.redispool.sentinel;

import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.Endpoint;
import io.redispool.connection.SocketConnectionFactory;
import io.redispool.execution.CommandExecutor;
import io.redispool.execution.RetryPolicy;
import io.redispool.metrics.CommandObserver;
import io.redispool.metrics.CommandOutcome;
import io.redispool.metrics.PoolListener;
import io.redispool.pool.ConnectionPool;
import io.redispool.pool.PoolConfig;

/**
 * One replica reads go to: its own pool (today's {@link ConnectionPool}, named after the
 * replica so that logs and meters tell it apart) and the executor over it.
 *
 * <p>
 * A replica whose connection failed is benched for a while: the sentinels take
 * {@code down-after-milliseconds} to flag it, and reads meanwhile go elsewhere.
 */
final class Replica {

    private final Endpoint.Tcp address;

    private final ConnectionPool pool;

    private final CommandExecutor executor;

    // Starts in the past: a new replica serves at once.
    private volatile long benchedUntil = System.nanoTime();

    Replica(Endpoint.Tcp address, ConnectionConfig connection, PoolConfig basePool, RetryPolicy retry,
            CommandObserver observer, ConnectionPool master) {
        this.address = address;
        this.pool = new ConnectionPool(
                new PoolConfig(poolName(basePool.name(), address), basePool.maxConnections(), basePool.maxWait(),
                        basePool.minIdle(), basePool.idleTimeout(), basePool.maxLifetime(),
                        basePool.healthCheckInterval(), basePool.leakDetectionThreshold(), basePool.shutdownTimeout()),
                new SocketConnectionFactory(connection));
        this.executor = new CommandExecutor(this.pool, retry);
        this.executor.observeCommands(observer);
        this.pool.addListener(new PoolListener() {
            @Override
            public void commandCompleted(String command, long durationNanos, CommandOutcome outcome) {
                // The client's command meters are the master pool's listeners: a read is
                // one of the client's commands wherever it ran.
                master.listener().commandCompleted(command, durationNanos, outcome);
            }
        });
    }

    /**
     * The name of a replica's pool: the client's pool name and the replica.
     * @param base the client's pool name
     * @param address the replica
     * @return such as {@code redis-pool@replica-10.0.0.2:6379}
     */
    static String poolName(String base, Endpoint.Tcp address) {
        return base + "@replica-" + address;
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

    boolean isBenched(long now) {
        return now - this.benchedUntil < 0;
    }

    void bench(long now, long nanos) {
        this.benchedUntil = now + nanos;
    }

    @Override
    public String toString() {
        return "Replica[" + this.address + ", " + this.pool.stats() + "]";
    }

}
