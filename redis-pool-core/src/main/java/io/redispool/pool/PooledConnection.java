package io.redispool.pool;

import io.redispool.connection.Connection;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection as the pool sees it: who owns it, when it was made, and whether it is idle,
 * handed out or closed.
 *
 * <p>The state is claimed with a compare-and-set, so a borrower and the idle evictor can never
 * both take the same idle connection, and a second release is noticed rather than pooling the
 * connection twice.
 */
public final class PooledConnection {

    static final int IDLE = 0;

    static final int IN_USE = 1;

    static final int CLOSED = 2;

    private final Connection connection;

    final ConnectionPool owner;

    final int generation;

    final long createdAt;

    /** When it must be replaced, already jittered; {@code Long.MAX_VALUE} offsets for never. */
    final long expiresAt;

    final AtomicInteger state = new AtomicInteger(IN_USE);

    volatile long lastReleasedAt;

    volatile long borrowedAt;

    volatile ScheduledFuture<?> leakWatch;

    volatile boolean reportedAsLeak;

    PooledConnection(Connection connection, ConnectionPool owner, int generation, long createdAt, long expiresAt) {
        this.connection = connection;
        this.owner = owner;
        this.generation = generation;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastReleasedAt = createdAt;
    }

    /**
     * The connection to send commands on while borrowed.
     * @return the connection
     */
    public Connection connection() {
        return this.connection;
    }

    boolean claim() {
        return this.state.compareAndSet(IDLE, IN_USE);
    }

    boolean isExpired(long now) {
        return now - this.expiresAt >= 0;
    }

    @Override
    public String toString() {
        return this.connection.toString();
    }
}
