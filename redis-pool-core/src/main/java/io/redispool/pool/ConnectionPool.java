package io.redispool.pool;

import io.redispool.RedisAuthenticationException;
import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.TooManyConnectionsException;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionFactory;
import io.redispool.metrics.CloseReason;
import io.redispool.metrics.CompositePoolListener;
import io.redispool.metrics.PoolListener;
import io.redispool.protocol.RespReply;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A pool of connections to one Redis server, after redis-py's {@code ConnectionPool} and
 * {@code BlockingConnectionPool}.
 *
 * <p>Connections are created lazily; the most recently released one is handed out first
 * (LIFO), which keeps a small set warm and lets the rest idle out. {@link ConnectionSlots} holds
 * one slot per connection that may be in use; when none is left, {@code max-wait} decides
 * between refusing at once with "Too many connections" and waiting a bounded time. A connection
 * goes back to the free list only when it is healthy and owes no reply; anything else is closed
 * and its slot freed. A reset or disconnect-all bumps a generation number, and a connection from an older
 * generation is closed when released, the analogue of redis-py's pid check.
 */
public final class ConnectionPool implements PoolMonitor, AutoCloseable {

    private static final System.Logger logger = System.getLogger(ConnectionPool.class.getName());

    private static final byte[][] PING = { { 'P', 'I', 'N', 'G' } };

    private static final long NEVER = Long.MAX_VALUE >> 1;

    /**
     * A connection idle at least this long is checked for a server-side close before it is
     * handed out. The check is one non-blocking read and no round trip; skipping it for
     * connections reused within a millisecond keeps it off a busy pool's hot path.
     */
    private static final long LIVENESS_CHECK_AFTER_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final PoolConfig config;

    private final ConnectionFactory factory;

    private final ConnectionSlots slots;

    private final ConcurrentLinkedDeque<PooledConnection> idle = new ConcurrentLinkedDeque<>();

    private final Set<PooledConnection> connections = ConcurrentHashMap.newKeySet();

    private final AtomicInteger open = new AtomicInteger();

    /** Slots held by borrowers whose new connection is still being opened. */
    private final AtomicInteger opening = new AtomicInteger();

    private final LongAdder inUse = new LongAdder();

    private final LongAdder refused = new LongAdder();

    private final LongAdder created = new LongAdder();

    private final LongAdder closedTotal = new LongAdder();

    private final AtomicInteger generation = new AtomicInteger();

    private final AtomicBoolean closed = new AtomicBoolean();

    private final List<PoolListener> listeners = new ArrayList<>();

    private volatile PoolListener listener = PoolListener.NOOP;

    private final PoolHousekeeper housekeeper;

    private final AuthenticationBackoff authenticationBackoff = new AuthenticationBackoff();

    /**
     * Creates a pool; connections open on first use, or at once up to {@code min-idle}.
     * @param config sizing and housekeeping
     * @param factory opens each new connection
     */
    public ConnectionPool(PoolConfig config, ConnectionFactory factory) {
        this.config = config;
        this.factory = factory;
        this.slots = new ConnectionSlots(config);
        this.housekeeper = new PoolHousekeeper(this, config);
        this.housekeeper.start();
    }

    /**
     * Hands out a connection: the most recently released idle one, else a new one.
     * @return a connection for the caller's exclusive use until {@link #release}
     * @throws TooManyConnectionsException if {@code max-connections} are in use and none came
     * free within {@code max-wait}
     * @throws RedisException if a new connection could not be opened; no slot is lost
     */
    public PooledConnection borrow() {
        long start = System.nanoTime();
        ensureOpen();
        long granted = acquireSlot(start);
        PooledConnection pooled;
        try {
            ensureOpen();
            pooled = takeIdleOrCreate(granted);
        }
        catch (RuntimeException | Error ex) {
            this.slots.release();
            throw ex;
        }
        // One clock read on the fast path: a new connection brings its own creation time.
        long now = (pooled.createdAt - granted > 0) ? pooled.createdAt : granted;
        pooled.borrowedAt = now;
        this.inUse.increment();
        this.housekeeper.watchForLeak(pooled);
        this.listener.connectionBorrowed(now - start);
        return pooled;
    }

    /**
     * Takes a borrowed connection back: pooled again when healthy and owing no reply, closed
     * otherwise. Releasing twice, or releasing another pool's connection, is logged and ignored.
     * @param pooled the connection {@link #borrow()} handed out
     */
    public void release(PooledConnection pooled) {
        if (pooled.owner != this) {
            logger.log(Level.WARNING, "Pool ''{0}'' ignored the release of {1}, which belongs to another pool",
                    this.config.name(), pooled);
            return;
        }
        if (!pooled.state.compareAndSet(PooledConnection.IN_USE, PooledConnection.IDLE)) {
            logger.log(Level.WARNING, "Pool ''{0}'' ignored a second release of {1}", this.config.name(), pooled);
            return;
        }
        long now = System.nanoTime();
        // Read before the connection is handed back: another thread may borrow it at once.
        long held = now - pooled.borrowedAt;
        this.housekeeper.endLeakWatch(pooled, now);
        this.inUse.decrement();
        CloseReason reason = reasonNotToPool(pooled, now);
        if (reason == null) {
            pooled.lastReleasedAt = now;
            this.idle.offerFirst(pooled);
        }
        else {
            retire(pooled, reason);
        }
        this.slots.release();
        this.listener.connectionReleased(held);
    }

    /**
     * Closes every connection: idle ones now, and those in use at once too, so their callers
     * fail fast. The pool stays usable and opens new connections on demand.
     */
    public void disconnectAll() {
        int current = this.generation.incrementAndGet();
        drainIdle(CloseReason.RESET);
        for (PooledConnection pooled : this.connections) {
            if (pooled.generation != current) {
                pooled.connection().disconnect();
            }
        }
    }

    /**
     * Retires every connection gracefully: idle ones close now, those in use close when released.
     */
    @Override
    public void reset() {
        this.generation.incrementAndGet();
        drainIdle(CloseReason.RESET);
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
        // In-use first: a connection counted in use is already counted open, so idle cannot go
        // negative except across a release that closes, which the max() absorbs.
        int inUseNow = this.inUse.intValue();
        int openNow = this.open.get();
        return new PoolStats(openNow, inUseNow, Math.max(0, openNow - inUseNow), this.slots.waiting(),
                this.config.maxConnections(), this.refused.sum(), this.created.sum(), this.closedTotal.sum());
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
     * Stops handing out connections, waits up to {@code shutdown-timeout} for those in use to
     * come back, then closes them all. Idempotent.
     */
    @Override
    public void close() {
        if (!this.closed.compareAndSet(false, true)) {
            return;
        }
        drainIdle(CloseReason.POOL_CLOSED);
        try {
            if (!this.slots.awaitAllReturned(this.config.shutdownTimeout())) {
                logger.log(Level.WARNING, "Pool ''{0}'' closed {1} connection(s) still in use after {2}ms "
                        + "(shutdown-timeout)", this.config.name(), this.inUse.intValue(),
                        this.config.shutdownTimeout().toMillis());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        drainIdle(CloseReason.POOL_CLOSED);
        // Connections still in use fail their callers now and are counted closed when released.
        for (PooledConnection pooled : this.connections) {
            pooled.connection().disconnect();
        }
        this.housekeeper.shutdown();
    }

    void evictIdle() {
        long now = System.nanoTime();
        long idleTimeout = this.config.idleTimeout().toNanos();
        for (var iterator = this.idle.descendingIterator(); iterator.hasNext();) {
            PooledConnection pooled = iterator.next();
            CloseReason reason = null;
            if (pooled.isExpired(now)) {
                reason = CloseReason.MAX_LIFETIME;
            }
            else if (idleTimeout > 0 && now - pooled.lastReleasedAt > idleTimeout
                    && this.open.get() > this.config.minIdle()) {
                reason = CloseReason.IDLE_TIMEOUT;
            }
            if (reason != null && pooled.claim()) {
                iterator.remove();
                retire(pooled, reason);
            }
        }
    }

    /**
     * Opens idle connections up to {@code min-idle}, never past {@code max-connections}: idle
     * connections hold no slot, so the slot taken here only keeps a borrower from opening one
     * at the same moment, and the open count is what bounds the total.
     */
    void fillToMinIdle() {
        while (!this.closed.get() && stats().idle() < this.config.minIdle() && this.slots.tryAcquire()) {
            if (this.open.get() + this.opening.get() >= this.config.maxConnections()) {
                this.slots.release();
                return;
            }
            try {
                PooledConnection pooled = create();
                pooled.state.set(PooledConnection.IDLE);
                this.idle.offerLast(pooled);
            }
            catch (RedisException ex) {
                logger.log(Level.WARNING, "Pool ''{0}'' could not open a connection to keep min-idle={1}: {2}",
                        this.config.name(), this.config.minIdle(), ex.getMessage());
                return;
            }
            finally {
                this.slots.release();
            }
        }
    }

    /** Takes a slot; returns when it was granted, or refuses with the pool's state. */
    private long acquireSlot(long start) {
        long granted = this.slots.acquire(start);
        if (granted != ConnectionSlots.REFUSED) {
            return granted;
        }
        long waited = System.nanoTime() - start;
        this.refused.increment();
        this.listener.connectionRefused(waited);
        PoolStats stats = stats();
        int opening = this.opening.get();
        long maxWait = this.config.maxWait().toMillis();
        throw new TooManyConnectionsException("Too many connections: pool '" + this.config.name() + "' has "
                + (stats.inUse() + opening) + " of max-connections=" + stats.max() + " in use"
                + ((opening > 0) ? " or opening" : "") + " and none came free"
                + (this.config.maxWait().isZero() ? " (max-wait=0)" : " within max-wait=" + maxWait + "ms")
                + " (open=" + stats.open() + ", idle=" + stats.idle() + ", opening=" + opening + ", pending="
                + stats.pending() + ", waited=" + TimeUnit.NANOSECONDS.toMillis(waited) + "ms)");
    }

    private PooledConnection takeIdleOrCreate(long now) {
        PooledConnection candidate;
        while ((candidate = this.idle.pollFirst()) != null) {
            if (!candidate.claim()) {
                continue;
            }
            CloseReason reason = reasonNotToHandOut(candidate, now);
            if (reason == null) {
                return candidate;
            }
            retire(candidate, reason);
        }
        return create();
    }

    private PooledConnection create() {
        long start = System.nanoTime();
        this.authenticationBackoff.check(start);
        Connection connection;
        this.opening.incrementAndGet();
        try {
            connection = this.factory.connect();
        }
        catch (RedisAuthenticationException ex) {
            this.authenticationBackoff.refused(ex, System.nanoTime());
            throw ex;
        }
        finally {
            this.opening.decrementAndGet();
        }
        this.authenticationBackoff.succeeded();
        long now = System.nanoTime();
        PooledConnection pooled = new PooledConnection(connection, this, this.generation.get(), now, expiry(now));
        this.connections.add(pooled);
        this.open.incrementAndGet();
        this.created.increment();
        this.listener.connectionCreated(now - start);
        return pooled;
    }

    /** Expiry with up to 2.5% taken off, so connections made together do not expire together. */
    private long expiry(long now) {
        long lifetime = this.config.maxLifetime().toNanos();
        if (lifetime == 0) {
            return now + NEVER;
        }
        return now + lifetime - ThreadLocalRandom.current().nextLong(lifetime / 40 + 1);
    }

    private CloseReason reasonNotToHandOut(PooledConnection pooled, long now) {
        CloseReason reason = reasonNotToPool(pooled, now);
        if (reason != null) {
            return reason;
        }
        long idleFor = now - pooled.lastReleasedAt;
        if (idleFor >= LIVENESS_CHECK_AFTER_IDLE_NANOS && !pooled.connection().isAlive()) {
            return CloseReason.SERVER_CLOSED;
        }
        long interval = this.config.healthCheckInterval().toNanos();
        if (interval > 0 && idleFor > interval && !answersPing(pooled.connection())) {
            return CloseReason.HEALTH_CHECK_FAILED;
        }
        return null;
    }

    private CloseReason reasonNotToPool(PooledConnection pooled, long now) {
        if (this.closed.get()) {
            return CloseReason.POOL_CLOSED;
        }
        // An interrupted caller may have abandoned a reply half read; the connection is in doubt.
        if (!pooled.connection().isReusable() || Thread.currentThread().isInterrupted()) {
            return CloseReason.BROKEN;
        }
        if (pooled.generation != this.generation.get()) {
            return CloseReason.RESET;
        }
        return pooled.isExpired(now) ? CloseReason.MAX_LIFETIME : null;
    }

    private static boolean answersPing(Connection connection) {
        try {
            connection.send(PING);
            return connection.read() == RespReply.SimpleString.PONG;
        }
        catch (RedisException ex) {
            logger.log(Level.DEBUG, "Health check failed on {0}: {1}", connection, ex.getMessage());
            return false;
        }
    }

    /**
     * Closes idle connections: all of them once the pool is closed, else those from before the
     * latest reset, so that connections the min-idle filler adds meanwhile survive.
     */
    private void drainIdle(CloseReason reason) {
        for (var iterator = this.idle.iterator(); iterator.hasNext();) {
            PooledConnection pooled = iterator.next();
            boolean stale = reason == CloseReason.POOL_CLOSED || pooled.generation != this.generation.get();
            if (stale && pooled.claim()) {
                iterator.remove();
                retire(pooled, reason);
            }
        }
    }

    private void retire(PooledConnection pooled, CloseReason reason) {
        pooled.state.set(PooledConnection.CLOSED);
        if (this.connections.remove(pooled)) {
            pooled.connection().disconnect();
            this.open.decrementAndGet();
            this.closedTotal.increment();
            this.listener.connectionClosed(reason);
            logger.log(Level.DEBUG, "Pool ''{0}'' closed {1} ({2})", this.config.name(), pooled, reason);
            this.housekeeper.requestFill();
        }
    }

    private void ensureOpen() {
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
