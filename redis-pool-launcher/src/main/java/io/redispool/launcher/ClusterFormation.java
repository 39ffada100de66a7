package io.redispool.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns freshly started cluster-enabled servers into one cluster, as
 * {@code redis-cli --cluster create} does: slots split evenly over the masters, distinct
 * config epochs, every node met, each replica attached to its master, then waits until
 * every node reports {@code cluster_state:ok} and every replica is in sync. Also sets the
 * servers up as nodes before they start, and refuses those too old to be formed.
 */
final class ClusterFormation {

    /** Redis Cluster's fixed number of hash slots. */
    static final int SLOTS = 16384;

    /** The first redis-server version with every command and setting forming needs. */
    private static final int MIN_MAJOR_VERSION = 7;

    private ClusterFormation() {
    }

    /**
     * Sets a server up to be a cluster node: its own bus port, its own
     * {@code nodes.conf}, and a replica that may always take over.
     * @param node the server's builder
     * @param nodeTimeout the {@code cluster-node-timeout}
     * @return the builder
     */
    static RedisServer.Builder clusterNode(RedisServer.Builder node, Duration nodeTimeout) {
        return node.setting("cluster-enabled", "yes")
            .setting("cluster-config-file", "nodes.conf")
            .setting("cluster-port", Integer.toString(freePort()))
            .setting("cluster-node-timeout", Long.toString(nodeTimeout.toMillis()))
            .setting("cluster-replica-validity-factor", "0");
    }

    /**
     * Refuses a server too old to be formed into a cluster this way, before it starts.
     * @param node the server, not started
     * @throws RedisLaunchException if its redis-server is older than 7.0
     */
    static void requireClusterSupport(RedisServer node) {
        if (node.binary().majorVersion() < MIN_MAJOR_VERSION) {
            throw new RedisLaunchException("A local cluster needs redis-server 7.0 or later (for cluster-port and"
                    + " CLUSTER ADDSLOTSRANGE) but " + node.binary().path() + " is " + node.version()
                    + "; put Redis 7 on the PATH, or name its redis-server in the system property '"
                    + RedisServerBinary.PROPERTY + "'");
        }
    }

    /**
     * Forms the cluster.
     * @param masters the servers that get the slots
     * @param replicas the replicas, assigned to the masters in turn
     * @param timeout how long each stage may take
     */
    static void form(List<RedisServer> masters, List<RedisServer> replicas, Duration timeout) {
        List<RedisServer> all = new ArrayList<>(masters);
        all.addAll(replicas);
        for (int i = 0; i < masters.size(); i++) {
            int first = i * SLOTS / masters.size();
            int last = (i + 1) * SLOTS / masters.size() - 1;
            NodeQueries.call(masters.get(i), "CLUSTER", "ADDSLOTSRANGE", Integer.toString(first),
                    Integer.toString(last));
        }
        for (int i = 0; i < all.size(); i++) {
            // Distinct epochs spare the nodes the collision resolution that equal ones
            // need.
            NodeQueries.call(all.get(i), "CLUSTER", "SET-CONFIG-EPOCH", Integer.toString(i + 1));
        }
        RedisServer first = all.get(0);
        for (RedisServer other : all.subList(1, all.size())) {
            NodeQueries.call(first, "CLUSTER", "MEET", other.host(), Integer.toString(other.port()),
                    Integer.toString(NodeQueries.busPort(other)));
        }
        ConditionWait.until("every node to know all " + all.size() + " nodes", timeout,
                () -> all.stream().allMatch((node) -> knowsAll(node, all.size())), () -> NodeQueries.nodesText(first));
        for (int i = 0; i < replicas.size(); i++) {
            RedisServer master = masters.get(i % masters.size());
            String masterId = NodeQueries.myId(master);
            NodeQueries.call(replicas.get(i), "CLUSTER", "REPLICATE", masterId);
        }
        awaitHealthy(all, timeout);
    }

    /**
     * Waits until every given node reports {@code cluster_state:ok}, knows each of the
     * others as healthy, and every replica among them is in sync with its master.
     * @param nodes the running nodes
     * @param timeout how long to wait
     */
    static void awaitHealthy(List<RedisServer> nodes, Duration timeout) {
        for (RedisServer node : nodes) {
            ConditionWait.until("cluster_state:ok and a synced replication link on " + node.url(), timeout,
                    () -> isHealthy(node, nodes.size()), () -> NodeQueries.text(node, "CLUSTER", "INFO"));
        }
        ConditionWait.until("every node to agree on the masters, replicas and slots", timeout,
                () -> nodes.stream().map(ClusterFormation::roles).distinct().count() == 1,
                () -> NodeQueries.nodesText(nodes.get(0)));
    }

    /**
     * What a node believes of the healthy nodes: who serves which slots, who replicates
     * whom.
     */
    private static Set<String> roles(RedisServer node) {
        Set<String> roles = new HashSet<>();
        for (ClusterNodeLine line : NodeQueries.view(node)) {
            if (!line.isFailing()) {
                StringBuilder role = new StringBuilder(line.id()).append(line.isMaster() ? " master " : " replica of ")
                    .append(line.masterId());
                line.slotRanges().forEach((range) -> role.append(' ').append(range[0]).append('-').append(range[1]));
                roles.add(role.toString());
            }
        }
        return roles;
    }

    private static boolean isHealthy(RedisServer node, int expectedNodes) {
        if (!NodeQueries.text(node, "CLUSTER", "INFO").contains("cluster_state:ok")) {
            return false;
        }
        List<ClusterNodeLine> view = NodeQueries.view(node);
        long healthy = view.stream().filter((line) -> !line.isFailing() && !line.flags().contains("handshake")).count();
        if (healthy < expectedNodes) {
            return false;
        }
        ClusterNodeLine self = view.stream()
            .filter((line) -> line.flags().contains("myself"))
            .findFirst()
            .orElseThrow();
        return self.isMaster() || NodeQueries.text(node, "INFO", "replication").contains("master_link_status:up");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not find a free port on 127.0.0.1", ex);
        }
    }

    private static boolean knowsAll(RedisServer node, int count) {
        List<ClusterNodeLine> view = NodeQueries.view(node);
        return view.size() == count && view.stream().noneMatch((line) -> line.flags().contains("handshake"));
    }

}
