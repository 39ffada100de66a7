package io.redispool.cluster;

import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.RedisServerException;
import io.redispool.command.Command;
import io.redispool.connection.Endpoint;
import io.redispool.protocol.RespReply;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The slot map a cluster client routes by, and how it is kept current: read on first use,
 * again in the background after a MOVED and every {@code topology-refresh-period}, and at
 * once (once for all callers that failed together) after a connection to a node failed.
 *
 * <p>
 * The map is asked of the known masters first, then the replicas, then the seeds, so one
 * reachable node is enough. After each read, the pools of nodes that left the map are
 * closed.
 */
final class ClusterTopology implements AutoCloseable {

    private static final System.Logger logger = System.getLogger(ClusterTopology.class.getName());

    private static final Command<RespReply> SHARDS = raw("CLUSTER", "SHARDS");

    private static final Command<RespReply> SLOTS = raw("CLUSTER", "SLOTS");

    private final List<Endpoint.Tcp> seeds;

    private final ClusterNodes nodes;

    private final ScheduledExecutorService scheduler;

    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    private final LongAdder refreshes = new LongAdder();

    private final LongAdder failures = new LongAdder();

    // A lock, not a monitor: a refresh reads the slot map over the network, and a virtual
    // thread that blocks inside a monitor pins its carrier on JDK 21 to 23.
    private final ReentrantLock refreshLock = new ReentrantLock();

    private volatile SlotMap map;

    private volatile long refreshedAt = System.nanoTime();

    ClusterTopology(ClusterConfig config, ClusterNodes nodes, String poolName) {
        this.seeds = config.seeds();
        this.nodes = nodes;
        this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
            Thread thread = new Thread(task, "redis-pool-cluster-topology[" + poolName + "]");
            thread.setDaemon(true);
            return thread;
        });
        Duration period = config.topologyRefresh();
        if (!period.isZero()) {
            this.scheduler.scheduleWithFixedDelay(this::refreshInBackground, period.toMillis(), period.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    static Command<RespReply> raw(String... words) {
        byte[][] arguments = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            arguments[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return Command.of(arguments, (reply) -> reply);
    }

    /**
     * The current map, read first if there is none yet.
     * @return the map
     * @throws RedisConnectionException if no node answered
     */
    SlotMap current() {
        SlotMap current = this.map;
        return (current != null) ? current : refreshAfter(this.refreshedAt);
    }

    /**
     * Reads the map again unless it was read after {@code failedAt}, so that callers that
     * failed together cause one read.
     * @param failedAt when the caller saw its failure, from {@link System#nanoTime()}
     * @return the current map
     * @throws RedisConnectionException if no node answered
     */
    SlotMap refreshAfter(long failedAt) {
        this.refreshLock.lock();
        try {
            SlotMap current = this.map;
            if (current != null && this.refreshedAt - failedAt > 0) {
                return current;
            }
            return refresh();
        }
        finally {
            this.refreshLock.unlock();
        }
    }

    /** Queues a read of the map on the topology thread, unless one is queued already. */
    void refreshSoon() {
        if (this.refreshQueued.compareAndSet(false, true)) {
            try {
                this.scheduler.execute(this::refreshInBackground);
            }
            catch (RuntimeException ex) {
                // Closed: nothing left to route.
                this.refreshQueued.set(false);
            }
        }
    }

    SlotMap refresh() {
        this.refreshLock.lock();
        try {
            RedisException lastFailure = null;
            for (Endpoint.Tcp candidate : candidates()) {
                try {
                    SlotMap read = read(candidate);
                    this.map = read;
                    this.refreshedAt = System.nanoTime();
                    this.refreshes.increment();
                    this.nodes.retainOnly(read.nodes(), this::closeLater);
                    return read;
                }
                catch (RedisException ex) {
                    lastFailure = ex;
                }
            }
            this.failures.increment();
            throw new RedisConnectionException(
                    "No node of the cluster answered CLUSTER SHARDS or CLUSTER SLOTS (asked: " + candidates()
                            + "); last failure: " + ((lastFailure != null) ? lastFailure.getMessage() : "none"),
                    lastFailure, false);
        }
        finally {
            this.refreshLock.unlock();
        }
    }

    long refreshCount() {
        return this.refreshes.sum();
    }

    long failureCount() {
        return this.failures.sum();
    }

    @Override
    public void close() {
        this.scheduler.shutdownNow();
    }

    private void closeLater(Runnable close) {
        // Closing waits for connections in use; neither a caller nor the refreshes wait
        // with it.
        Thread closer = new Thread(close, "redis-pool-cluster-node-close");
        closer.setDaemon(true);
        closer.start();
    }

    private void refreshInBackground() {
        this.refreshQueued.set(false);
        try {
            refresh();
        }
        catch (RuntimeException ex) {
            logger.log(Level.WARNING, "Cluster topology refresh failed: {0}", ex.getMessage());
        }
    }

    private SlotMap read(Endpoint.Tcp address) {
        ClusterNode node = this.nodes.get(address);
        try {
            return SlotMap.fromShards(node.executor().execute(SHARDS), address);
        }
        catch (RedisServerException ex) {
            if (!"ERR".equals(ex.errorCode())) {
                throw ex;
            }
            // Before Redis 7: no CLUSTER SHARDS.
            return SlotMap.fromSlots(node.executor().execute(SLOTS), address);
        }
    }

    private Set<Endpoint.Tcp> candidates() {
        Set<Endpoint.Tcp> candidates = new LinkedHashSet<>();
        SlotMap current = this.map;
        if (current != null) {
            current.shards().forEach((shard) -> candidates.add(shard.master()));
            candidates.addAll(current.nodes());
        }
        candidates.addAll(this.seeds);
        return candidates;
    }

}
