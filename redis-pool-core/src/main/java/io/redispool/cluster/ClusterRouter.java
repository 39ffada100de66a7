package io.redispool.cluster;

import io.redispool.ReadFrom;
import io.redispool.RedisConnectionException;
import io.redispool.command.Command;
import io.redispool.command.ReplyDecoders;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.Endpoint;
import io.redispool.execution.CommandRunner;
import io.redispool.execution.HeldConnection;
import io.redispool.execution.Pipeline;
import io.redispool.execution.RetryPolicy;
import io.redispool.execution.Transaction;
import io.redispool.metrics.CommandObserver;
import io.redispool.pool.PoolConfig;
import io.redispool.pool.PoolMonitor;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs commands on a Redis Cluster: each goes to the node that serves its keys' slot,
 * found from the command table's key specifications, so typed and generic commands alike
 * are routed.
 *
 * <p>
 * MOVED sends the command to the slot's new owner and refreshes the slot map in the
 * background; ASK sends ASKING and the command to the importing node, once; TRYAGAIN and
 * CLUSTERDOWN are retried after a short, growing pause. All of these replies mean the
 * command did not run, and together they count against {@code max-redirects}. A
 * connection failure refreshes the map at once; the command moves to a new owner only
 * when it cannot have run ({@code mayHaveReachedServer} false) or is retry-safe, so a
 * write is never sent twice ({@link SlotRouting}). Keyless commands go to a master in
 * turn; multi-key commands across slots are split ({@link MultiKeySplit}) or refused;
 * commands the server tags as for every shard are sent to each ({@link ShardFanOut}).
 */
public final class ClusterRouter implements CommandRunner, ClusterMonitor {

    private static final Command<String> CLUSTER_INFO = Command.of(
            new byte[][] { "CLUSTER".getBytes(StandardCharsets.US_ASCII), "INFO".getBytes(StandardCharsets.US_ASCII) },
            ReplyDecoders.TEXT);

    private final ClusterConfig config;

    private final ClusterNodes nodes;

    private final ClusterTopology topology;

    private final SlotRouting routing;

    /**
     * Creates a router; nothing is connected until the first command.
     * @param config the cluster's seeds and rules
     * @param connection how each connection is set up; its endpoint is replaced by each
     * node's
     * @param pool each node's pool settings, its name suffixed with the node
     * @param retry when a failed command is sent again
     */
    public ClusterRouter(ClusterConfig config, ConnectionConfig connection, PoolConfig pool, RetryPolicy retry) {
        this.config = config;
        this.nodes = new ClusterNodes(connection, pool, retry, config.readFrom() != ReadFrom.MASTER);
        this.topology = new ClusterTopology(config, this.nodes, pool.name());
        this.routing = new SlotRouting(config, this.nodes, this.topology);
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (ClusterScan.isScan(command)) {
            return command.decoder().decode(ClusterScan.run(this, command));
        }
        if (ShardFanOut.applies(command)) {
            return command.decoder().decode(ShardFanOut.run(this, command));
        }
        int slot;
        try {
            slot = KeyLocator.slot(command);
        }
        catch (CrossSlotException ex) {
            if (!MultiKeySplit.applies(command)) {
                throw ex;
            }
            return command.decoder().decode(MultiKeySplit.run(this, command));
        }
        return send(command, slot);
    }

    /**
     * Sends a command to the node of a slot, following redirections.
     * @param command the command
     * @param slot its keys' slot, or -1 for any master
     * @param <T> the decoded type
     * @return the decoded reply
     */
    <T> T send(Command<T> command, int slot) {
        return this.routing.send(command, slot);
    }

    /**
     * The node a command goes to: its slot's master, or a replica for a read when
     * {@code read-from} asks for one; any master in turn for a keyless command.
     */
    ClusterNode nodeFor(Command<?> command, int slot) {
        return this.routing.nodeFor(command, slot);
    }

    /**
     * The masters of the current map, in a stable order (by address).
     * @return the masters
     */
    List<ClusterNode> masters() {
        return this.topology.current()
            .shards()
            .stream()
            .map(SlotMap.Shard::master)
            .sorted((a, b) -> a.toString().compareTo(b.toString()))
            .map(this.nodes::get)
            .toList();
    }

    /**
     * Every node of the current map, masters first.
     * @return the nodes
     */
    List<ClusterNode> allNodes() {
        return this.topology.current().nodes().stream().map(this.nodes::get).toList();
    }

    /**
     * The node at an address, with a pool opened for it on first use.
     * @param address the node
     * @return the node
     */
    ClusterNode node(Endpoint.Tcp address) {
        return this.nodes.get(address);
    }

    int maxRedirects() {
        return this.config.maxRedirects();
    }

    /**
     * Counts a redirection a pipeline followed, and refreshes the map after MOVED.
     * @param moved whether it was MOVED rather than ASK
     */
    void redirected(boolean moved) {
        this.routing.redirected(moved);
    }

    @Override
    public Pipeline pipeline() {
        return new Pipeline(new ClusterBatchSender(this));
    }

    /**
     * Refused: a transaction's connection is borrowed before its keys are known, and a
     * cluster must know them to pick the node.
     * @throws UnsupportedOperationException naming what to use instead
     */
    @Override
    public Transaction multi() {
        throw new UnsupportedOperationException("multi() on a cluster cannot pick a node, since the transaction's keys"
                + " are not known yet: use transaction(keys, maxAttempts, work), whose keys pick the node, with keys"
                + " that share a hash tag such as {user}:1 and {user}:2");
    }

    /**
     * Refused: a held connection serves one node, and a cluster must know the keys to
     * pick it.
     * @throws UnsupportedOperationException naming what to use instead
     */
    @Override
    public HeldConnection hold() {
        throw new UnsupportedOperationException("withConnection(...) on a cluster cannot pick a node without keys:"
                + " use transaction(keys, maxAttempts, work), whose keys pick the node, with keys that share a hash"
                + " tag such as {user}:1 and {user}:2");
    }

    @Override
    public HeldConnection hold(List<byte[]> keys) {
        int slot = -1;
        for (byte[] key : keys) {
            int keySlot = HashSlot.of(key);
            if (slot >= 0 && keySlot != slot) {
                throw new CrossSlotException("A transaction");
            }
            slot = keySlot;
        }
        SlotMap.Shard shard = (slot >= 0) ? this.topology.current().shardOf(slot) : null;
        if (shard == null) {
            throw new IllegalArgumentException("A transaction on a cluster needs keys whose slot a master serves;"
                    + " give transaction(keys, ...) at least one key");
        }
        return this.nodes.get(shard.master()).executor().hold();
    }

    /**
     * Opens a connection of its own to a master, outside every pool, for a health probe.
     * @return the connection; the caller disconnects it
     */
    public Connection connectToAnyMaster() {
        List<SlotMap.Shard> shards = this.topology.current().shards();
        RedisConnectionException last = null;
        for (SlotMap.Shard shard : shards) {
            try {
                return this.nodes.get(shard.master()).connect();
            }
            catch (RedisConnectionException ex) {
                last = ex;
            }
        }
        throw (last != null) ? last : new RedisConnectionException("The cluster's slot map has no master", null);
    }

    /**
     * Opens a connection of its own to one node, outside every pool, for a subscriber
     * that holds the shard channels that node serves.
     * @param node the node's address, as the slot map gives it
     * @return the connection; the caller disconnects it
     */
    public Connection connectTo(Endpoint.Tcp node) {
        return this.nodes.get(node).connect();
    }

    /**
     * The nodes' pools seen as one, their figures summed.
     * @return the aggregate pool
     */
    public PoolMonitor pools() {
        return this.nodes;
    }

    @Override
    public SlotMap slotMap() {
        return this.topology.current();
    }

    @Override
    public Map<String, PoolMonitor> nodePools() {
        return this.nodes.pools();
    }

    @Override
    public ClusterStats stats() {
        return this.routing.stats();
    }

    @Override
    public void addListener(ClusterListener listener) {
        this.nodes.addClusterListener(listener);
    }

    @Override
    public void removeListener(ClusterListener listener) {
        this.nodes.removeClusterListener(listener);
    }

    @Override
    public Map<String, String> clusterInfo() {
        Connection connection = connectToAnyMaster();
        try {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : connection.execute(CLUSTER_INFO).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.put(line.substring(0, colon), line.substring(colon + 1));
                }
            }
            return fields;
        }
        finally {
            connection.disconnect();
        }
    }

    @Override
    public SlotMap refreshTopology() {
        return this.topology.refresh();
    }

    @Override
    public void observeCommands(CommandObserver observer) {
        this.nodes.observeCommands(observer);
    }

    /** Stops the topology refresh and closes every node's pool. */
    @Override
    public void close() {
        this.topology.close();
        this.nodes.close();
    }

    @Override
    public String toString() {
        return "ClusterRouter[seeds=" + this.config.seeds() + ", nodes=" + this.nodes.pools().keySet() + "]";
    }

}
