package io.redispool.pool;

import io.redispool.metrics.PoolListener;

/**
 * What a pool shows outside the client: its settings, a snapshot of its state, its
 * events, and a graceful reset, as HikariCP shows its pool through an MXBean and never
 * its bag.
 *
 * <p>
 * Borrowing and releasing stay inside the client, so no application code can take a
 * pooled connection and hand it back in a state the next caller would inherit; what needs
 * one connection across calls uses {@code RedisClient.withConnection}.
 */
public interface PoolMonitor {

    /**
     * The settings the pool was built with.
     * @return the settings
     */
    PoolConfig config();

    /**
     * A snapshot of the pool's state, for gauges and health checks.
     * @return the current figures
     */
    PoolStats stats();

    /**
     * Adds a listener for pool and command events.
     * @param listener the listener
     */
    void addListener(PoolListener listener);

    /**
     * Removes a listener added earlier.
     * @param listener the listener
     */
    void removeListener(PoolListener listener);

    /**
     * Retires every connection gracefully: idle ones close now, those in use when they
     * come back, as after a failover or a credentials rotation.
     */
    void reset();

    /**
     * Whether the pool has been closed.
     * @return {@code true} once closing has begun
     */
    boolean isClosed();

}
