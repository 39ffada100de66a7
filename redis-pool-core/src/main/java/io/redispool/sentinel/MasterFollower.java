package io.redispool.sentinel;

import io.redispool.ReadFrom;
import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.ConnectionFactory;
import io.redispool.connection.Endpoint;
import io.redispool.connection.SocketConnectionFactory;
import io.redispool.execution.CommandExecutor;
import io.redispool.execution.CommandRunner;
import io.redispool.execution.RetryPolicy;
import io.redispool.metrics.CommandOutcome;
import io.redispool.metrics.PoolListener;
import io.redispool.pool.ConnectionPool;
import io.redispool.pool.PoolConfig;
import io.redispool.pool.PoolMonitor;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps a pool on the master the sentinels name, and moves it when the master moves.
 *
 * <p>
 * Three things tell it the master moved: a sentinel's {@code +promoted-slave} or
 * {@code +switch-master}, heard on a subscription to every sentinel; a connection to the
 * current master that cannot be opened; and a command that fails, such as a write refused
 * with READONLY by a demoted master, after which the sentinels are asked again, at most
 * once a second. A move closes every connection to the old master at once, those in use
 * included, through the pool's generation ({@link ConnectionPool#disconnectAll()}): a
 * connection to a demoted master is never reused, and a caller whose command was in
 * flight there gets an error rather than a write that the new master will never see.
 *
 * <p>
 * With {@code sentinel.read-from} {@code REPLICA_PREFERRED} it also keeps the master's
 * healthy replicas ({@link ReplicaSet}), read again when the sentinels announce a change.
 */
public final class MasterFollower implements SentinelMonitor, AutoCloseable {

    private static final System.Logger logger = System.getLogger(MasterFollower.class.getName());

    private static final long CHECK_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private static final long RELOCATE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final String poolName;

    private final SentinelConfig sentinel;

    private final MasterLocator locator;

    private final ReplicaLocator replicaLocator;

    private final List<SwitchMasterSubscriber> subscribers;

    private final List<SentinelListener> listeners = new CopyOnWriteArrayList<>();

    private final AtomicLong failovers = new AtomicLong();

    private final AtomicLong lastCheck = new AtomicLong(System.nanoTime() - CHECK_INTERVAL_NANOS);

    private final ExecutorService checks;

    private final SentinelConnectionFactory connectionFactory = new SentinelConnectionFactory(this);

    private volatile Target target;

    private volatile ConnectionPool pool;

    private volatile ReplicaSet replicas;

    // A lock rather than synchronized: asking the sentinels blocks on the network, which
    // would pin a virtual thread to its carrier inside a monitor on JDK 21.
    private final ReentrantLock lock = new ReentrantLock();

    // Guarded by lock.
    private long lastRelocate = System.nanoTime() - RELOCATE_INTERVAL_NANOS;

    /**
     * Prepares to follow a master; nothing connects before the first connection is asked
     * for or {@link #follow} starts the subscriptions.
     * @param poolName the pool's name, for threads and logs
     * @param sentinel the sentinels and the master's name
     * @param master how connections to the master are set up; its endpoint is not used
     */
    public MasterFollower(String poolName, SentinelConfig sentinel, ConnectionConfig master) {
        this.poolName = poolName;
        this.sentinel = sentinel;
        this.locator = new MasterLocator(sentinel, master);
        this.replicaLocator = new ReplicaLocator(sentinel, master);
        this.subscribers = sentinel.nodes()
            .stream()
            .map((node) -> new SwitchMasterSubscriber(poolName, sentinel, sentinel.connectionTo(master, node), node,
                    sentinel.readFrom() == ReadFrom.REPLICA_PREFERRED, new Subscription()))
            .toList();
        this.checks = Executors.newSingleThreadExecutor((task) -> {
            Thread thread = new Thread(task, "redis-pool-sentinel-check-" + poolName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The factory the pool opens its connections with: each goes to the current master.
     * @return the factory
     */
    public ConnectionFactory connectionFactory() {
        return this.connectionFactory;
    }

    /**
     * Starts following: listens on every sentinel, and watches the pool's commands for
     * failures.
     * @param followed the pool to move when the master moves
     */
    public void follow(ConnectionPool followed) {
        this.pool = followed;
        followed.addListener(new PoolListener() {
            @Override
            public void commandCompleted(String command, long durationNanos, CommandOutcome outcome) {
                if (outcome != CommandOutcome.SUCCESS) {
                    checkSoon("a command failed");
                }
            }
        });
        this.subscribers.forEach(SwitchMasterSubscriber::start);
    }

    /**
     * Where the client's commands run: on the master's executor, or, with
     * {@code sentinel.read-from} {@code REPLICA_PREFERRED}, the reads on the replicas,
     * whose list is read from the sentinels from now on.
     * @param master runs commands on the master's pool, the one {@link #follow} moves;
     * the replicas' commands are reported to its listeners too
     * @param pool the settings of each replica's pool, its name suffixed with the replica
     * @param retry when a failed command is sent again
     * @return {@code master} itself, or a runner that sends reads to the replicas
     */
    public CommandRunner route(CommandExecutor master, PoolConfig pool, RetryPolicy retry) {
        if (this.sentinel.readFrom() == ReadFrom.MASTER) {
            return master;
        }
        if (this.pool == null) {
            throw new IllegalStateException("Call follow(pool) before route(...): " + this);
        }
        ReplicaSet set = new ReplicaSet(this.poolName, this.replicaLocator, this.locator, pool, retry, this.listeners,
                this.pool);
        this.replicas = set;
        set.start();
        return new ReplicaReads(master, set);
    }

    @Override
    public ReadFrom readFrom() {
        return this.sentinel.readFrom();
    }

    @Override
    public Map<String, PoolMonitor> replicaPools() {
        ReplicaSet set = this.replicas;
        return (set != null) ? set.pools() : Map.of();
    }

    @Override
    public String masterName() {
        return this.sentinel.masterName();
    }

    @Override
    public Optional<Endpoint.Tcp> currentMaster() {
        Target current = this.target;
        return (current != null) ? Optional.of(current.endpoint()) : Optional.empty();
    }

    @Override
    public long failoversFollowed() {
        return this.failovers.get();
    }

    @Override
    public void addListener(SentinelListener listener) {
        this.listeners.add(listener);
    }

    @Override
    public void removeListener(SentinelListener listener) {
        this.listeners.remove(listener);
    }

    /** Stops listening on the sentinels. */
    @Override
    public void close() {
        this.subscribers.forEach(SwitchMasterSubscriber::close);
        this.checks.shutdownNow();
    }

    @Override
    public String toString() {
        return "MasterFollower[" + this.poolName + " -> master '" + masterName() + "' at "
                + currentMaster().map(Endpoint.Tcp::toString).orElse("(not asked yet)") + ", sentinels "
                + this.sentinel.nodes() + "]";
    }

    /**
     * The master connections go to now, asking the sentinels first if nobody has.
     * @return the current master
     * @throws RedisConnectionException if no sentinel names a reachable master
     */
    Target target() {
        Target current = this.target;
        if (current != null) {
            return current;
        }
        this.lock.lock();
        try {
            if (this.target == null) {
                moveTo(this.locator.locate(), "the sentinels name it");
            }
            return this.target;
        }
        finally {
            this.lock.unlock();
        }
    }

    /**
     * Asks the sentinels again after a connection to {@code stale} failed, unless the
     * master has moved meanwhile or they were asked a moment ago.
     * @param stale the master the failed connection went to
     * @param failure why it failed; a failure to ask the sentinels is added to it
     * @return the master to try now, {@code stale} itself if the sentinels still name it
     */
    Target relocate(Target stale, RedisException failure) {
        this.lock.lock();
        try {
            long now = System.nanoTime();
            if (this.target != stale || now - this.lastRelocate < RELOCATE_INTERVAL_NANOS) {
                return this.target;
            }
            this.lastRelocate = now;
            try {
                moveTo(this.locator.locate(), "connecting to " + stale.endpoint() + " failed");
            }
            catch (RedisException ex) {
                failure.addSuppressed(ex);
            }
            return this.target;
        }
        finally {
            this.lock.unlock();
        }
    }

    private void moveTo(Endpoint.Tcp to, String cause) {
        this.lock.lock();
        try {
            moveWhileLocked(to, cause);
        }
        finally {
            this.lock.unlock();
        }
    }

    private void moveWhileLocked(Endpoint.Tcp to, String cause) {
        Target previous = this.target;
        if (previous != null && previous.endpoint().equals(to)) {
            return;
        }
        this.target = new Target(to, new SocketConnectionFactory(this.locator.masterAt(to)));
        if (previous == null) {
            logger.log(Level.INFO, "Pool ''{0}'' found master ''{1}'' at {2}", this.poolName, masterName(), to);
            return;
        }
        this.failovers.incrementAndGet();
        ConnectionPool followed = this.pool;
        if (followed != null) {
            followed.disconnectAll();
        }
        logger.log(Level.INFO, "Pool ''{0}'' moved from master {1} to {2} (''{3}''): {4}", this.poolName,
                previous.endpoint(), to, masterName(), cause);
        for (SentinelListener listener : this.listeners) {
            listener.masterSwitched(previous.endpoint(), to, cause);
        }
        refreshReplicas("the move to " + to);
    }

    private void refreshReplicas(String cause) {
        ReplicaSet set = this.replicas;
        if (set != null) {
            set.refreshSoon(cause);
        }
    }

    private void checkSoon(String cause) {
        long now = System.nanoTime();
        long last = this.lastCheck.get();
        if (now - last < CHECK_INTERVAL_NANOS || !this.lastCheck.compareAndSet(last, now)) {
            return;
        }
        try {
            this.checks.execute(() -> check(cause));
        }
        catch (RejectedExecutionException ex) {
            // Closed: there is nothing left to follow.
        }
    }

    private void check(String cause) {
        try {
            Endpoint.Tcp located = this.locator.locate();
            moveTo(located, cause + "; the sentinels name " + located);
        }
        catch (RedisException ex) {
            logger.log(Level.DEBUG, "Pool ''{0}'' could not ask the sentinels after {1}: {2}", this.poolName, cause,
                    ex.getMessage());
        }
    }

    /**
     * A master and the factory for connections to it.
     *
     * @param endpoint the master's address
     * @param factory opens connections to it
     */
    record Target(Endpoint.Tcp endpoint, SocketConnectionFactory factory) {
    }

    private final class Subscription implements SwitchMasterSubscriber.Handler {

        @Override
        public void subscribed(Endpoint.Tcp node, boolean again) {
            if (again) {
                checkSoon("listening on sentinel " + node + " again");
                refreshReplicas("listening on sentinel " + node + " again");
            }
        }

        @Override
        public void replicasChanged(String channel, Endpoint.Tcp replica, Endpoint.Tcp node) {
            refreshReplicas(channel + " " + replica + " from sentinel " + node);
        }

        @Override
        public void switched(Endpoint.Tcp from, Endpoint.Tcp to, String channel, Endpoint.Tcp node) {
            MasterFollower.this.lock.lock();
            try {
                Target current = MasterFollower.this.target;
                if (current == null || current.endpoint().equals(from)) {
                    moveTo(to, channel + " from sentinel " + node);
                    return;
                }
            }
            finally {
                MasterFollower.this.lock.unlock();
            }
            if (!to.equals(currentMaster().orElse(null))) {
                // A switch from a master the pool is not on: one was missed, or this one
                // arrives late; only the sentinels' answer now is to be trusted.
                checkSoon(channel + " from sentinel " + node + " to " + to);
            }
        }

    }

}
