package io.redispool.pool;

import io.redispool.connection.Connection;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;
import java.util.concurrent.ScheduledFuture;

/**
 * A connection as the pool sees it: who owns it, when it was made, and whether it is
 * idle, handed out, held by the housekeeper or closed.
 *
 * <p>
 * Every change of state is a compare-and-set on this object's own field, so a borrower, a
 * releaser and the housekeeper can never both take the same connection, and a second
 * release is noticed rather than pooling the connection twice. The pool keeps no other
 * record of which connections are free: the state is the record, which is what lets
 * borrowers on different threads avoid any shared hot spot.
 */
public final class PooledConnection {

    static final int IDLE = 0;

    static final int IN_USE = 1;

    /** Claimed by the pool itself (eviction, reset, close), never handed out again. */
    static final int RESERVED = 2;

    static final int CLOSED = 3;

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(PooledConnection.class, "state", int.class);
        }
        catch (ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private final Connection connection;

    final ConnectionPool owner;

    final int generation;

    final long createdAt;

    /**
     * When it must be replaced, already jittered; {@code Long.MAX_VALUE} offsets for
     * never.
     */
    final long expiresAt;

    /**
     * What thread caches hold, made once so that a release allocates nothing; weak so
     * that a thread that stops borrowing keeps no closed connection (nor its pool) alive.
     */
    final WeakReference<PooledConnection> cacheEntry = new WeakReference<>(this);

    private volatile int state;

    /**
     * When it was last released, from {@link CoarseClock}. Plain: written before the
     * release's compare-and-set of the state and read after a successful claim or a
     * volatile read of it.
     */
    long lastReleasedAt;

    /**
     * When it was borrowed, from {@link System#nanoTime()}, or 0 when that borrow was not
     * timed.
     */
    long borrowedAt;

    volatile ScheduledFuture<?> leakWatch;

    volatile boolean reportedAsLeak;

    PooledConnection(Connection connection, ConnectionPool owner, int generation, long createdAt, long expiresAt,
            int state) {
        this.connection = connection;
        this.owner = owner;
        this.generation = generation;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastReleasedAt = createdAt;
        this.state = state;
    }

    /**
     * The connection to send commands on while borrowed.
     * @return the connection
     */
    public Connection connection() {
        return this.connection;
    }

    /** Takes an idle connection for a borrower. */
    boolean claim() {
        return STATE.compareAndSet(this, IDLE, IN_USE);
    }

    /** Takes an idle connection for the pool itself, to close it. */
    boolean reserve() {
        return STATE.compareAndSet(this, IDLE, RESERVED);
    }

    /**
     * Gives a borrowed connection back; {@code false} if it was not handed out (a second
     * release).
     */
    boolean unclaim() {
        return STATE.compareAndSet(this, IN_USE, IDLE);
    }

    /**
     * Takes a borrowed connection back to close it; {@code false} if it was not handed
     * out.
     */
    boolean reserveFromUse() {
        return STATE.compareAndSet(this, IN_USE, RESERVED);
    }

    void markClosed() {
        this.state = CLOSED;
    }

    int state() {
        return this.state;
    }

    boolean isIdle() {
        return this.state == IDLE;
    }

    boolean isExpired(long now) {
        return now - this.expiresAt >= 0;
    }

    @Override
    public String toString() {
        return this.connection.toString();
    }

}
