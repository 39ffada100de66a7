package io.redispool.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A real Redis Cluster on this machine, made of {@link RedisServer} processes: N masters
 * with the 16384 slots split evenly, R replicas per master, for tests and local
 * development.
 *
 * <pre>{@code
 * try (LocalRedisCluster cluster = LocalRedisCluster.builder().masters(3).replicasPerMaster(1).start()) {
 *     connectTo(cluster.nodeAddresses());
 * }
 * }</pre>
 *
 * <p>
 * Why a real cluster: redirections, slot migrations and failovers are decided by the
 * servers, and only the servers decide them the way production will. Each node runs with
 * {@code cluster-enabled yes}, its {@code nodes.conf} in its own temporary directory, a
 * short {@code cluster-node-timeout} (2 seconds by default) so that failovers finish in
 * seconds, and {@code cluster-replica-validity-factor 0} so that a replica may always
 * take over. {@link Builder#start()} returns once every node reports
 * {@code cluster_state:ok} and every replica is in sync. It needs redis-server 7.0 or
 * later. This class needs no JUnit: the starter's dev server starts one, and
 * redis-pool-testing's {@code RedisClusterExtension} shares one per test class.
 */
public final class LocalRedisCluster implements AutoCloseable {

    /** Redis Cluster's fixed number of hash slots. */
    public static final int SLOTS = ClusterFormation.SLOTS;

    private final List<RedisServer> nodes;

    private final int initialMasters;

    private final Duration timeout;

    private LocalRedisCluster(List<RedisServer> masters, List<RedisServer> replicas, Duration timeout) {
        List<RedisServer> all = new ArrayList<>(masters);
        all.addAll(replicas);
        this.nodes = List.copyOf(all);
        this.initialMasters = masters.size();
        this.timeout = timeout;
    }

    /**
     * Starts describing a cluster.
     * @return a builder with the defaults: 3 masters, no replicas
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every node this cluster started, masters first as they were at the start, whether
     * running or not.
     * @return the nodes
     */
    public List<RedisServer> nodes() {
        return this.nodes;
    }

    /**
     * The running nodes that are masters now, as the cluster sees them.
     * @return the current masters that serve slots
     */
    public List<RedisServer> masters() {
        List<ClusterNodeLine> view = NodeQueries.view(anyRunning());
        return running().stream()
            .filter((node) -> view.stream()
                .anyMatch((line) -> line.port() == node.port() && line.isMaster() && !line.slotRanges().isEmpty()))
            .toList();
    }

    /**
     * The running nodes that are replicas now.
     * @return the current replicas
     */
    public List<RedisServer> replicas() {
        List<RedisServer> masters = masters();
        return running().stream().filter((node) -> !masters.contains(node)).toList();
    }

    /**
     * The nodes' addresses, one reachable one being enough for a client to find the rest.
     * @return {@code host:port} of every node
     */
    public List<String> nodeAddresses() {
        return this.nodes.stream().map((node) -> node.host() + ":" + node.port()).toList();
    }

    /**
     * The nodes' addresses as URLs.
     * @return {@code redis://host:port} of every node
     */
    public List<String> nodeUrls() {
        return this.nodes.stream().map(RedisServer::url).toList();
    }

    /**
     * The slot of a key, as the cluster computes it ({@code CLUSTER KEYSLOT}).
     * @param key the key
     * @return the slot, 0 to 16383
     */
    public int slotOf(String key) {
        return ((Long) call(anyRunning(), "CLUSTER", "KEYSLOT", key)).intValue();
    }

    /**
     * The master that serves a slot now.
     * @param slot the slot
     * @return the master
     * @throws IllegalStateException if no running master serves it
     */
    public RedisServer masterOf(int slot) {
        for (ClusterNodeLine line : NodeQueries.view(anyRunning())) {
            if (line.isMaster() && !line.isFailing() && line.serves(slot)) {
                return running().stream().filter((node) -> node.port() == line.port()).findFirst().orElseThrow();
            }
        }
        throw new IllegalStateException(
                "No running master serves slot " + slot + ": " + NodeQueries.nodesText(anyRunning()));
    }

    /**
     * The replicas of a master, running or not, as the cluster sees them now.
     * @param master the master
     * @return its replicas
     */
    public List<RedisServer> replicasOf(RedisServer master) {
        String masterId = NodeQueries.myId(master);
        List<ClusterNodeLine> view = NodeQueries.view(master);
        return this.nodes.stream()
            .filter((node) -> view.stream()
                .anyMatch((line) -> line.port() == node.port() && line.masterId().equals(masterId)))
            .toList();
    }

    /**
     * Makes a replica take over from its master at once ({@code CLUSTER FAILOVER}), and
     * waits until the cluster is healthy again.
     * @param replica the replica to promote
     */
    public void failover(RedisServer replica) {
        call(replica, "CLUSTER", "FAILOVER");
        ConditionWait.until(replica.url() + " to become a master", this.timeout, () -> NodeQueries.isMaster(replica),
                () -> NodeQueries.nodesText(replica));
        awaitHealthy();
    }

    /**
     * Kills a master as a crash would, and waits until one of its replicas has taken over
     * its slots and the cluster is healthy again.
     * @param master the master to kill
     * @return the replica that took over
     * @throws IllegalStateException if the master has no replica
     */
    public RedisServer killMasterAndAwaitFailover(RedisServer master) {
        List<RedisServer> replicas = replicasOf(master);
        if (replicas.isEmpty()) {
            throw new IllegalStateException(master.url() + " has no replica to take over; start the cluster"
                    + " with replicasPerMaster(1) or more");
        }
        master.kill();
        ConditionWait.until("a replica of " + master.url() + " to take over", this.timeout,
                () -> replicas.stream().anyMatch(NodeQueries::isMaster), () -> NodeQueries.nodesText(replicas.get(0)));
        awaitHealthy();
        return replicas.stream().filter(NodeQueries::isMaster).findFirst().orElseThrow();
    }

    /**
     * Starts a stopped or killed node again; it rejoins with its old identity (kept in
     * its {@code nodes.conf}), as a replica if another node took over its slots.
     * @param node the node
     */
    public void restart(RedisServer node) {
        node.start();
        awaitHealthy();
    }

    /**
     * Moves one slot and its keys to another master, as a resharding does: IMPORTING on
     * the target, MIGRATING on the source, MIGRATE of every key, then SETSLOT NODE on
     * every master.
     * @param slot the slot
     * @param target the master that is to serve it
     */
    public void moveSlot(int slot, RedisServer target) {
        RedisServer source = masterOf(slot);
        if (!source.equals(target)) {
            SlotMigration.move(slot, source, target, masters());
            awaitHealthy();
        }
    }

    /**
     * Waits until every running node reports {@code cluster_state:ok}, sees every other
     * running node as healthy, and every running replica is in sync.
     * @throws IllegalStateException if that does not happen within the startup timeout
     */
    public void awaitHealthy() {
        ClusterFormation.awaitHealthy(running(), this.timeout);
    }

    /** Stops every node and deletes their directories. */
    @Override
    public void close() {
        RedisServer.closeAll(this.nodes);
    }

    @Override
    public String toString() {
        return "LocalRedisCluster[" + this.initialMasters + " masters at start, nodes=" + nodeAddresses() + "]";
    }

    /**
     * Sends one command to one node over a plain connection of its own, for setting up
     * and checking a cluster, such as {@code call(node, "DBSIZE")}.
     * @param node the node
     * @param words the command's name and arguments
     * @return the reply: String, Long, List or {@code null}
     * @throws IllegalStateException if the node replied with an error, such as MOVED
     */
    public static Object call(RedisServer node, String... words) {
        return NodeQueries.call(node, words);
    }

    private List<RedisServer> running() {
        return this.nodes.stream().filter(RedisServer::isRunning).toList();
    }

    private RedisServer anyRunning() {
        return running().stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No node of " + this + " is running"));
    }

    /**
     * Describes a {@link LocalRedisCluster}: how many masters and replicas, and how each
     * node is set up.
     */
    public static final class Builder {

        private int masters = 3;

        private int replicasPerMaster;

        private Duration nodeTimeout = Duration.ofSeconds(2);

        private Duration startupTimeout = Duration.ofSeconds(30);

        private Consumer<RedisServer.Builder> nodeCustomizer = (builder) -> {
        };

        private Builder() {
        }

        /**
         * Sets how many masters share the slots; 3 by default, as Redis requires for a
         * cluster that survives a master's loss.
         * @param masters the number of masters
         * @return this builder
         * @throws IllegalArgumentException if it is not between 1 and 16384
         */
        public Builder masters(int masters) {
            if (masters < 1 || masters > SLOTS) {
                throw new IllegalArgumentException("'masters' must be between 1 and 16384 but was " + masters);
            }
            this.masters = masters;
            return this;
        }

        /**
         * Sets how many replicas each master gets; none by default.
         * @param replicasPerMaster the number of replicas per master
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder replicasPerMaster(int replicasPerMaster) {
            if (replicasPerMaster < 0) {
                throw new IllegalArgumentException(
                        "'replicasPerMaster' must be at least 0 but was " + replicasPerMaster);
            }
            this.replicasPerMaster = replicasPerMaster;
            return this;
        }

        /**
         * Sets {@code cluster-node-timeout}: how long a node may be unreachable before it
         * is failed over; 2 seconds by default.
         * @param nodeTimeout the timeout
         * @return this builder
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder nodeTimeout(Duration nodeTimeout) {
            Objects.requireNonNull(nodeTimeout, "'nodeTimeout' must not be null");
            if (nodeTimeout.isZero() || nodeTimeout.isNegative()) {
                throw new IllegalArgumentException("'nodeTimeout' must be positive but was " + nodeTimeout);
            }
            this.nodeTimeout = nodeTimeout;
            return this;
        }

        /**
         * Sets how long each stage of forming the cluster, and each later wait for it to
         * be healthy, may take; 30 seconds by default.
         * @param startupTimeout the limit
         * @return this builder
         */
        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = Objects.requireNonNull(startupTimeout, "'startupTimeout' must not be null");
            return this;
        }

        /**
         * Adjusts every node's server before it starts, such as
         * {@code (node) -> node.setting("maxmemory", "64mb")}.
         * @param nodeCustomizer what to change
         * @return this builder
         */
        public Builder nodes(Consumer<RedisServer.Builder> nodeCustomizer) {
            this.nodeCustomizer = Objects.requireNonNull(nodeCustomizer, "'nodeCustomizer' must not be null");
            return this;
        }

        /**
         * Starts every node and forms the cluster.
         * @return the cluster, healthy
         * @throws RedisLaunchException if a node does not come up, or the redis-server is
         * older than 7.0
         * @throws IllegalStateException if the cluster does not become healthy in time
         */
        public LocalRedisCluster start() {
            List<RedisServer> started = new ArrayList<>();
            try {
                for (int i = 0; i < this.masters * (1 + this.replicasPerMaster); i++) {
                    RedisServer node = node().build();
                    started.add(node);
                    ClusterFormation.requireClusterSupport(node);
                    node.start();
                }
                List<RedisServer> masterNodes = started.subList(0, this.masters);
                List<RedisServer> replicaNodes = started.subList(this.masters, started.size());
                ClusterFormation.form(masterNodes, replicaNodes, this.startupTimeout);
                return new LocalRedisCluster(masterNodes, replicaNodes, this.startupTimeout);
            }
            catch (RuntimeException ex) {
                // Close every node started, and keep why the start failed as the error.
                try {
                    RedisServer.closeAll(started);
                }
                catch (RuntimeException closing) {
                    ex.addSuppressed(closing);
                }
                throw ex;
            }
        }

        private RedisServer.Builder node() {
            RedisServer.Builder node = ClusterFormation.clusterNode(RedisServer.builder(), this.nodeTimeout);
            this.nodeCustomizer.accept(node);
            return node;
        }

    }

}
