package io.redispool.pool;

/**
 * A snapshot of a pool's state, for gauges and health checks.
 *
 * <p>
 * Each figure is read without stopping the pool, so under load they may disagree by the
 * few connections changing hands while the snapshot is taken; at rest they are exact, and
 * {@code open == inUse + idle} and {@code created - closed == open} hold.
 *
 * @param open connections open now, in use or idle
 * @param inUse connections handed out now
 * @param idle connections open and free
 * @param pending threads waiting for a connection
 * @param max the pool's {@code max-connections}
 * @param tooManyConnections refusals with "Too many connections" since the pool started
 * @param created connections opened since the pool started
 * @param closed connections closed since the pool started
 */
public record PoolStats(int open, int inUse, int idle, int pending, int max, long tooManyConnections, long created,
        long closed) {
}
