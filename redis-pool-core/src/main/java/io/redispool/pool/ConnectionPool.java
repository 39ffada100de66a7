package io.redispool.pool;

import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.TooManyConnectionsException;
import io.redispool.connection.ConnectionFactory;
import io.redispool.metrics.CloseReason;
import io.redispool.metrics.CompositePoolListener;
import io.redispool.metrics.PoolListener;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A pool of connections to one Redis server, after redis-py's {@code ConnectionPool} and
 * {@code BlockingConnectionPool}.
 *
 * <p>
 * Connections are created lazily ({@link ConnectionOpener}). A borrower first takes back
 * the connection its own thread released last, then the one released most recently by any
 * thread ({@link ConnectionBag}), so a small set stays warm and the rest idle out;
 * reusing a connection writes nothing shared and, unless a listener or leak detection
 * asks for exact times, reads no clock but {@link CoarseClock}. {@link ConnectionSlots}
 * holds one slot per open connection; when no connection is idle and no slot is free,
 * {@code max-wait} decides between refusing at once with "Too many connections" and
 * waiting a bounded time for a connection or a slot to be handed over
 * ({@link SlowBorrow}). A connection goes back into the pool only when it is healthy and
 * owes no reply ({@link ConnectionChecks}); anything else is closed and its slot freed. A
 * reset or disconnect-all bumps a generation number, and a connection from an older
 * generation is closed when released, the analogue of redis-py's pid check.
 */
public final class ConnectionPool implements PoolMonitor, AutoCloseable {

    private static final System.Logger logger = System.getLogger(ConnectionPool.class.getName());

    private final PoolConfig config;

    private final ConnectionSlots slots;

    private final ConnectionBag bag = new ConnectionBag();

    private final ConnectionChecks checks;

    /** Whether every borrow must read the exact time, for the leak watch. */
    private final boolean leakDetection;

    private final PoolCounters counters = new PoolCounters();

    private final ConnectionOpener opener;

    private final SlowBorrow slowBorrow;

    private volatile int generation;

    private final AtomicBoolean closed = new AtomicBoolean();

    private final List<PoolListener> listeners = new ArrayList<>();

    private volatile PoolListener listener = PoolListener.NOOP;

    private final PoolHousekeeper housekeeper;

    /**
     * Creates a pool; connections open on first use, or at once up to {@code min-idle}.
     * @param config sizing and housekeeping
     * @param factory opens each new connection
     */
    public ConnectionPool(PoolConfig config, ConnectionFactory factory) {
        this.config = config;
        this.slots = new ConnectionSlots(config);
        this.opener = new ConnectionOpener(this, factory, this.bag, this.counters, config);
        this.slowBorrow = new SlowBorrow(this, this.bag, this.slots, this.opener, this.counters, config);
        this.checks = new ConnectionChecks(config);
        this.leakDetection = !config.leakDetectionThreshold().isZero();
        this.housekeeper = new PoolHousekeeper(this, this.bag, this.slots, this.opener, this.counters, config);
        this.housekeeper.start();
    }

    /**
     * Hands out a connection: the one this thread released last, else the one released
     * most recently by any thread, else a new one.
     * @return a connection for the caller's exclusive use until {@link #release}
     * @throws TooManyConnectionsException if {@code max-connections} are in use and none
     * came free within {@code max-wait}
     * @throws RedisException if a new connection could not be opened; no slot is lost
     */
    public PooledConnection borrow() {
        ensureOpen();
        PoolListener listener = this.listener;
        boolean timed = this.leakDetection || listener != PoolListener.NOOP;
        long start = timed ? System.nanoTime() : 0;
        PooledConnection pooled;
        do {
            pooled = this.bag.takeCached();
        }
        while (pooled != null && !fitToHandOut(pooled));
        if (pooled == null) {
            pooled = this.slowBorrow.borrow(timed);
        }
        else if (timed) {
            pooled.borrowedAt = start;
        }
        if (timed) {
            this.housekeeper.watchForLeak(pooled);
            listener.connectionBorrowed(pooled.borrowedAt - start);
        }
        return pooled;
    }

    /**
     * Takes a borrowed connection back: pooled again when healthy and owing no reply,
     * closed otherwise. Releasing twice, or releasing another pool's connection, is
     * logged and ignored.
     * @param pooled the connection {@link #borrow()} handed out
     */
    public void release(PooledConnection pooled) {
        if (pooled.owner != this) {
            logger.log(Level.WARNING, "Pool ''{0}'' ignored the release of {1}, which belongs to another pool",
                    this.config.name(), pooled);
            return;
        }
        // Timing state is read and cleared before the connection is handed back: another
        // thread may borrow it at once.
        long borrowedAt = pooled.borrowedAt;
        long held = 0;
        if (borrowedAt != 0) {
            long exact = System.nanoTime();
            held = exact - borrowedAt;
            this.housekeeper.endLeakWatch(pooled, exact);
            pooled.borrowedAt = 0;
        }
        long now = CoarseClock.now();
        CloseReason reason = this.closed.get() ? CloseReason.POOL_CLOSED
                : this.checks.beforePooling(pooled, now, this.generation);
        if (reason == null) {
            pooled.lastReleasedAt = now;
            if (!pooled.unclaim()) {
                warnSecondRelease(pooled);
                return;
            }
            if (this.closed.get()) {
                // Closing may have drained the idle connections before this one became
                // idle.
                if (pooled.reserve()) {
                    retire(pooled, CloseReason.POOL_CLOSED);
                }
            }
            else if (!this.slots.handOff(pooled)) {
                this.bag.cache(pooled);
            }
        }
        else if (pooled.reserveFromUse()) {
            retire(pooled, reason);
        }
        else {
            warnSecondRelease(pooled);
            return;
        }
        if (borrowedAt != 0) {
            this.listener.connectionReleased(held);
        }
    }

    /**
     * Closes every connection: idle ones now, and those in use at once too, so their
     * callers fail fast. The pool stays usable and opens new connections on demand.
     */
    public void disconnectAll() {
        int current = nextGeneration();
        drainIdle(CloseReason.RESET);
        for (PooledConnection pooled : this.bag.snapshot()) {
            if (pooled.generation != current) {
                pooled.connection().disconnect();
            }
        }
    }

    /**
     * Retires every connection gracefully: idle ones close now, those in use close when
     * released.
     */
    @Override
    public void reset() {
        nextGeneration();
        drainIdle(CloseReason.RESET);
    }

    private synchronized int nextGeneration() {
        return ++this.generation;
    }

    /**
     * The number of the latest reset: a connection opened before it is closed when
     * released.
     * @return the current generation
     */
    int generation() {
        return this.generation;
    }

    /**
     * Adds a listener for pool and command events.
     * @param added the listener
     */
    @Override
    public synchronized void addListener(PoolListener added) {
        this.listeners.add(added);
        this.listener = CompositePoolListener.of(List.copyOf(this.listeners));
    }

    /**
     * Removes a listener added earlier.
     * @param removed the listener
     */
    @Override
    public synchronized void removeListener(PoolListener removed) {
        this.listeners.remove(removed);
        this.listener = CompositePoolListener.of(List.copyOf(this.listeners));
    }

    /**
     * The listener that hears this pool's events, all added listeners combined.
     * @return the listener, never {@code null}
     */
    public PoolListener listener() {
        return this.listener;
    }

    /**
     * Takes a snapshot of the pool's state.
     * @return the current figures
     */
    @Override
    public PoolStats stats() {
        return this.counters.snapshot(this.bag, this.slots, this.config.maxConnections());
    }

    /**
     * The configuration this pool was built with.
     * @return the configuration
     */
    @Override
    public PoolConfig config() {
        return this.config;
    }

    /**
     * Whether {@link #close()} has been called.
     * @return {@code true} once closing has begun
     */
    @Override
    public boolean isClosed() {
        return this.closed.get();
    }

    /**
     * Stops handing out connections, waits up to {@code shutdown-timeout} for those in
     * use to come back, then closes them all. Idempotent.
     */
    @Override
    public void close() {
        if (!this.closed.compareAndSet(false, true)) {
            return;
        }
        // Borrowers waiting now fail at once with "closed" rather than when the
        // connections in use have come back.
        this.slots.wakeAll();
        drainIdle(CloseReason.POOL_CLOSED);
        try {
            if (!this.slots.awaitAllFree(this.config.shutdownTimeout())) {
                logger.log(Level.WARNING,
                        "Pool ''{0}'' closed {1} connection(s) still in use after {2}ms " + "(shutdown-timeout)",
                        this.config.name(), this.bag.count(PooledConnection.IN_USE),
                        this.config.shutdownTimeout().toMillis());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        drainIdle(CloseReason.POOL_CLOSED);
        // Connections still in use fail their callers now and are counted closed when
        // released.
        for (PooledConnection pooled : this.bag.snapshot()) {
            pooled.connection().disconnect();
        }
        this.housekeeper.shutdown();
    }

    /**
     * Checks a claimed connection before handing it out; closes it and says {@code false}
     * if unfit.
     */
    boolean fitToHandOut(PooledConnection pooled) {
        CloseReason reason = this.closed.get() ? CloseReason.POOL_CLOSED
                : this.checks.beforeHandOut(pooled, CoarseClock.now(), this.generation);
        if (reason == null) {
            return true;
        }
        retire(pooled, reason);
        return false;
    }

    /**
     * Closes idle connections: all of them once the pool is closed, else those from
     * before the latest reset, so that connections the min-idle filler adds meanwhile
     * survive.
     */
    private void drainIdle(CloseReason reason) {
        for (PooledConnection pooled : this.bag.snapshot()) {
            boolean stale = reason == CloseReason.POOL_CLOSED || pooled.generation != this.generation;
            if (stale && pooled.reserve()) {
                retire(pooled, reason);
            }
        }
    }

    /**
     * Closes a connection the caller claimed or reserved, and frees its slot; idempotent.
     */
    void retire(PooledConnection pooled, CloseReason reason) {
        pooled.markClosed();
        if (this.bag.remove(pooled)) {
            pooled.connection().disconnect();
            this.counters.closed();
            this.listener.connectionClosed(reason);
            logger.log(Level.DEBUG, "Pool ''{0}'' closed {1} ({2})", this.config.name(), pooled, reason);
            this.slots.free();
            this.housekeeper.requestFill();
        }
    }

    private void warnSecondRelease(PooledConnection pooled) {
        logger.log(Level.WARNING, "Pool ''{0}'' ignored a second release of {1}", this.config.name(), pooled);
    }

    /**
     * Slots taken: connections open and being opened, for tests that check none is lost.
     * @return the number of taken slots
     */
    int slotsTaken() {
        return this.slots.taken();
    }

    /**
     * The pool's background work, for tests that run it at once.
     * @return the housekeeper
     */
    PoolHousekeeper housekeeper() {
        return this.housekeeper;
    }

    /** Refuses a borrower once the pool is closed. */
    void ensureOpen() {
        if (this.closed.get()) {
            throw new RedisConnectionException("Pool '" + this.config.name() + "' is closed", null, false);
        }
    }

    @Override
    public String toString() {
        PoolStats stats = stats();
        return "ConnectionPool[" + this.config.name() + ": open=" + stats.open() + ", inUse=" + stats.inUse()
                + ", idle=" + stats.idle() + ", pending=" + stats.pending() + ", max=" + stats.max() + "]";
    }

}
