package io.redispool.sentinel;

import io.redispool.RedisException;
import io.redispool.connection.Endpoint;
import io.redispool.execution.RetryPolicy;
import io.redispool.metrics.CommandObserver;
import io.redispool.pool.ConnectionPool;
import io.redispool.pool.PoolConfig;
import io.redispool.pool.PoolMonitor;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * The master's replicas that serve reads, kept in step with what the sentinels list.
 *
 * <p>
 * The list is read again every {@value #REFRESH_SECONDS}s, soon after the sentinels
 * announce a change ({@code +switch-master}, {@code +slave}, {@code +sdown},
 * {@code -sdown}...), and every second while a listed replica is still syncing, on a
 * daemon thread of its own, so that no caller waits for the sentinels. A replica that
 * leaves the list has its pool closed; one that joins gets a pool. Until the first
 * answer, and whenever no replica is healthy, reads go to the master.
 */
final class ReplicaSet implements AutoCloseable {

    private static final System.Logger logger = System.getLogger(ReplicaSet.class.getName());

    static final long REFRESH_SECONDS = 10;

    private static final long SYNC_RECHECK_MILLIS = 1000;

    // About the sentinels' own down-after-milliseconds in most set-ups: by then they have
    // flagged a dead replica, or it answers again.
    private static final long BENCH_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final String poolName;

    private final ReplicaLocator locator;

    private final MasterLocator connections;

    private final PoolConfig pool;

    private final RetryPolicy retry;

    private final List<SentinelListener> listeners;

    private final ConnectionPool master;

    private final AtomicInteger turn = new AtomicInteger();

    private final AtomicBoolean refreshPending = new AtomicBoolean();

    private final ScheduledExecutorService refreshes;

    // A lock rather than synchronized: a refresh asks the sentinels over the network.
    private final ReentrantLock lock = new ReentrantLock();

    private volatile List<Replica> replicas = List.of();

    private volatile CommandObserver observer;

    private volatile boolean closed;

    ReplicaSet(String poolName, ReplicaLocator locator, MasterLocator connections, PoolConfig pool, RetryPolicy retry,
            List<SentinelListener> listeners, ConnectionPool master) {
        this.poolName = poolName;
        this.locator = locator;
        this.connections = connections;
        this.pool = pool;
        this.retry = retry;
        this.listeners = listeners;
        this.master = master;
        this.refreshes = Executors.newSingleThreadScheduledExecutor((task) -> {
            Thread thread = new Thread(task, "redis-pool-sentinel-replicas-" + poolName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reads the list now, then every {@value #REFRESH_SECONDS}s. */
    void start() {
        this.refreshes.scheduleWithFixedDelay(() -> refresh("the periodic refresh"), 0, REFRESH_SECONDS,
                TimeUnit.SECONDS);
    }

    /**
     * The next replica in turn that is not benched.
     * @return the replica, or {@code null} when none is healthy
     */
    Replica next() {
        List<Replica> current = this.replicas;
        int size = current.size();
        if (size == 0) {
            return null;
        }
        long now = System.nanoTime();
        int first = Math.floorMod(this.turn.getAndIncrement(), size);
        for (int i = 0; i < size; i++) {
            Replica replica = current.get((first + i) % size);
            if (!replica.isBenched(now)) {
                return replica;
            }
        }
        return null;
    }

    /**
     * Takes a replica out of turn for a while after its connection failed, and asks the
     * sentinels again soon.
     * @param replica the replica
     * @param failure what failed
     */
    void failed(Replica replica, RedisException failure) {
        replica.bench(System.nanoTime(), BENCH_NANOS);
        logger.log(Level.DEBUG, "Pool ''{0}'' benched replica {1}: {2}", this.poolName, replica.address(),
                failure.getMessage());
        refreshSoon("reading from replica " + replica.address() + " failed");
    }

    /**
     * Reads the list again on the refresh thread, unless a refresh is already waiting.
     * @param cause why, for the logs
     */
    void refreshSoon(String cause) {
        if (this.closed || !this.refreshPending.compareAndSet(false, true)) {
            return;
        }
        try {
            this.refreshes.execute(() -> {
                this.refreshPending.set(false);
                refresh(cause);
            });
        }
        catch (RejectedExecutionException ex) {
            // Closed meanwhile: there is nothing left to refresh.
        }
    }

    private void recheckSoon() {
        try {
            this.refreshes.schedule(() -> refreshSoon("a replica finishing its sync"), SYNC_RECHECK_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
        catch (RejectedExecutionException ex) {
            // Closed meanwhile: there is nothing left to refresh.
        }
    }

    /**
     * The replicas reads go to now, benched ones included.
     * @return each replica's pool by {@code host:port}, in the sentinels' order
     */
    Map<String, PoolMonitor> pools() {
        Map<String, PoolMonitor> pools = new LinkedHashMap<>();
        this.replicas.forEach((replica) -> pools.put(replica.address().toString(), replica.pool()));
        return pools;
    }

    /**
     * Sets what sees each command on the replicas, now and on replicas that join later.
     * @param observer the observer, or {@code null} for none
     */
    void observeCommands(CommandObserver observer) {
        this.observer = observer;
        this.replicas.forEach((replica) -> replica.executor().observeCommands(observer));
    }

    @Override
    public void close() {
        this.closed = true;
        this.refreshes.shutdownNow();
        this.lock.lock();
        try {
            this.replicas.forEach((replica) -> replica.pool().close());
            this.replicas = List.of();
        }
        finally {
            this.lock.unlock();
        }
    }

    private void refresh(String cause) {
        List<Endpoint.Tcp> listed;
        try {
            listed = this.locator.locate();
        }
        catch (RedisException ex) {
            logger.log(Level.DEBUG, "Pool ''{0}'' kept its replicas {1} after {2}: {3}", this.poolName,
                    pools().keySet(), cause, ex.getMessage());
            return;
        }
        catch (RuntimeException ex) {
            // A sentinel's answer that does not parse: keep the list, and the thread.
            logger.log(Level.WARNING, "Pool ''{0}'' could not read the replicas after {1}", this.poolName, cause, ex);
            return;
        }
        // Only the refresh thread replaces the list, so the replicas kept are known here.
        Set<Endpoint.Tcp> current = this.replicas.stream().map(Replica::address).collect(Collectors.toSet());
        List<Endpoint.Tcp> ready = listed.stream()
            .filter((address) -> current.contains(address)
                    || ReplicaLocator.isSynced(this.connections.masterAt(address)))
            .toList();
        if (ready.size() < listed.size()) {
            // A replica the sentinels list is still syncing: look again shortly rather
            // than at the next periodic refresh.
            recheckSoon();
        }
        this.lock.lock();
        try {
            if (!this.closed) {
                replaceWhileLocked(ready, cause);
            }
        }
        finally {
            this.lock.unlock();
        }
    }

    private void replaceWhileLocked(List<Endpoint.Tcp> listed, String cause) {
        List<Replica> previous = this.replicas;
        List<Replica> next = new ArrayList<>(listed.size());
        List<Replica> added = new ArrayList<>();
        for (Endpoint.Tcp address : listed) {
            Replica kept = previous.stream().filter((r) -> r.address().equals(address)).findFirst().orElse(null);
            if (kept == null) {
                kept = new Replica(address, this.connections.masterAt(address), this.pool, this.retry, this.observer,
                        this.master);
                added.add(kept);
            }
            next.add(kept);
        }
        List<Replica> removed = previous.stream().filter((r) -> !next.contains(r)).toList();
        this.replicas = List.copyOf(next);
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        logger.log(Level.INFO, "Pool ''{0}'' reads from replicas {1} after {2}", this.poolName, listed, cause);
        for (Replica replica : removed) {
            replica.pool().close();
            this.listeners.forEach((listener) -> listener.replicaRemoved(replica.address()));
        }
        for (Replica replica : added) {
            this.listeners.forEach((listener) -> listener.replicaAdded(replica.address(), replica.pool()));
        }
    }

}
