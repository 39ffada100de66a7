package io.redispool.testing;

import io.redispool.launcher.LocalRedisCluster;
import io.redispool.launcher.RedisServer;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A real Redis Cluster on this machine, made of {@link RedisServer} processes: N masters
 * with the 16384 slots split evenly, R replicas per master, for tests.
 *
 * <pre>{@code
 * try (RedisCluster cluster = RedisCluster.builder().masters(3).replicasPerMaster(1).start()) {
 *     connectTo(cluster.nodeAddresses());
 * }
 * }</pre>
 *
 * <p>
 * The cluster itself is a {@link LocalRedisCluster} of redis-pool-launcher, which the
 * starter's dev server starts too; this class is its face for tests and for
 * {@link RedisClusterExtension}, with the same operations. Each node runs with
 * {@code cluster-enabled yes}, a short {@code cluster-node-timeout} (2 seconds by
 * default) so that failovers finish in seconds, and
 * {@code cluster-replica-validity-factor 0} so that a replica may always take over.
 * {@link Builder#start()} returns once every node reports {@code cluster_state:ok} and
 * every replica is in sync. This class needs no JUnit.
 */
public final class RedisCluster implements AutoCloseable {

    private final LocalRedisCluster cluster;

    private RedisCluster(LocalRedisCluster cluster) {
        this.cluster = cluster;
    }

    /**
     * Starts describing a cluster.
     * @return a builder with the defaults: 3 masters, no replicas
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The launcher's cluster this one is, for code that takes a
     * {@link LocalRedisCluster}.
     * @return the cluster
     */
    public LocalRedisCluster local() {
        return this.cluster;
    }

    /**
     * Every node this cluster started, masters first as they were at the start, whether
     * running or not.
     * @return the nodes
     */
    public List<RedisServer> nodes() {
        return this.cluster.nodes();
    }

    /**
     * The running nodes that are masters now, as the cluster sees them.
     * @return the current masters that serve slots
     */
    public List<RedisServer> masters() {
        return this.cluster.masters();
    }

    /**
     * The running nodes that are replicas now.
     * @return the current replicas
     */
    public List<RedisServer> replicas() {
        return this.cluster.replicas();
    }

    /**
     * The nodes' addresses, one reachable one being enough for a client to find the rest.
     * @return {@code host:port} of every node
     */
    public List<String> nodeAddresses() {
        return this.cluster.nodeAddresses();
    }

    /**
     * The nodes' addresses as URLs.
     * @return {@code redis://host:port} of every node
     */
    public List<String> nodeUrls() {
        return this.cluster.nodeUrls();
    }

    /**
     * The slot of a key, as the cluster computes it ({@code CLUSTER KEYSLOT}).
     * @param key the key
     * @return the slot, 0 to 16383
     */
    public int slotOf(String key) {
        return this.cluster.slotOf(key);
    }

    /**
     * The master that serves a slot now.
     * @param slot the slot
     * @return the master
     * @throws IllegalStateException if no running master serves it
     */
    public RedisServer masterOf(int slot) {
        return this.cluster.masterOf(slot);
    }

    /**
     * The replicas of a master, running or not, as the cluster sees them now.
     * @param master the master
     * @return its replicas
     */
    public List<RedisServer> replicasOf(RedisServer master) {
        return this.cluster.replicasOf(master);
    }

    /**
     * Makes a replica take over from its master at once ({@code CLUSTER FAILOVER}), and
     * waits until the cluster is healthy again.
     * @param replica the replica to promote
     */
    public void failover(RedisServer replica) {
        this.cluster.failover(replica);
    }

    /**
     * Kills a master as a crash would, and waits until one of its replicas has taken over
     * its slots and the cluster is healthy again.
     * @param master the master to kill
     * @return the replica that took over
     */
    public RedisServer killMasterAndAwaitFailover(RedisServer master) {
        return this.cluster.killMasterAndAwaitFailover(master);
    }

    /**
     * Starts a stopped or killed node again; it rejoins with its old identity (kept in
     * its {@code nodes.conf}), as a replica if another node took over its slots.
     * @param node the node
     */
    public void restart(RedisServer node) {
        this.cluster.restart(node);
    }

    /**
     * Moves one slot and its keys to another master, as a resharding does: IMPORTING on
     * the target, MIGRATING on the source, MIGRATE of every key, then SETSLOT NODE on
     * every master.
     * @param slot the slot
     * @param target the master that is to serve it
     */
    public void moveSlot(int slot, RedisServer target) {
        this.cluster.moveSlot(slot, target);
    }

    /**
     * Waits until every running node reports {@code cluster_state:ok}, sees every other
     * running node as healthy, and every running replica is in sync.
     */
    public void awaitHealthy() {
        this.cluster.awaitHealthy();
    }

    /** Stops every node and deletes their directories. */
    @Override
    public void close() {
        this.cluster.close();
    }

    @Override
    public String toString() {
        return "RedisCluster[" + this.cluster + "]";
    }

    /**
     * Sends one command to one node over a plain connection of its own, for setting up
     * and checking a test, such as {@code call(node, "DBSIZE")}.
     * @param node the node
     * @param words the command's name and arguments
     * @return the reply: String, Long, List or {@code null}
     * @throws IllegalStateException if the node replied with an error, such as MOVED
     */
    public static Object call(RedisServer node, String... words) {
        return LocalRedisCluster.call(node, words);
    }

    static String text(RedisServer node, String... words) {
        return (String) call(node, words);
    }

    /**
     * Describes a {@link RedisCluster}: how many masters and replicas, and how each node
     * is set up.
     */
    public static final class Builder {

        private final LocalRedisCluster.Builder cluster = LocalRedisCluster.builder();

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
            this.cluster.masters(masters);
            return this;
        }

        /**
         * Sets how many replicas each master gets; none by default.
         * @param replicasPerMaster the number of replicas per master
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder replicasPerMaster(int replicasPerMaster) {
            this.cluster.replicasPerMaster(replicasPerMaster);
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
            this.cluster.nodeTimeout(nodeTimeout);
            return this;
        }

        /**
         * Sets how long each stage of forming the cluster, and each later wait for it to
         * be healthy, may take; 30 seconds by default.
         * @param startupTimeout the limit
         * @return this builder
         */
        public Builder startupTimeout(Duration startupTimeout) {
            this.cluster.startupTimeout(startupTimeout);
            return this;
        }

        /**
         * Adjusts every node's server before it starts, such as
         * {@code (node) -> node.setting("maxmemory", "64mb")}.
         * @param nodeCustomizer what to change
         * @return this builder
         */
        public Builder nodes(Consumer<RedisServer.Builder> nodeCustomizer) {
            this.cluster.nodes(nodeCustomizer);
            return this;
        }

        /**
         * Starts every node and forms the cluster.
         * @return the cluster, healthy
         * @throws io.redispool.launcher.RedisLaunchException if a node does not come up
         * @throws IllegalStateException if the cluster does not become healthy in time
         */
        public RedisCluster start() {
            return new RedisCluster(this.cluster.start());
        }

    }

}
