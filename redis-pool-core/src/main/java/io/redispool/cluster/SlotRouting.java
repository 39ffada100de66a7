package io.redispool.cluster;

import io.redispool.ReadFrom;
import io.redispool.RedisClusterDownException;
import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.RedisRedirectionException;
import io.redispool.RedisTryAgainException;
import io.redispool.TooManyConnectionsException;
import io.redispool.command.Command;
import io.redispool.connection.Endpoint;
import io.redispool.execution.Pipeline;
import io.redispool.execution.PooledBatchSender;
import io.redispool.execution.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Picks the node for a command's slot and follows what the cluster answers: MOVED to the
 * slot's new owner, ASK once to the importing node, TRYAGAIN and CLUSTERDOWN after a
 * short, growing pause, a connection failure to a new owner only when the command cannot
 * have run or is retry-safe; all within {@code max-redirects}. It counts the redirections
 * for {@link ClusterRouter#stats()}.
 */
final class SlotRouting {

    private static final long BACKOFF_MILLIS = 10;

    private final ClusterConfig config;

    private final ClusterNodes nodes;

    private final ClusterTopology topology;

    private final LongAdder moved = new LongAdder();

    private final LongAdder asked = new LongAdder();

    private final LongAdder clusterRetries = new LongAdder();

    private final AtomicInteger turn = new AtomicInteger();

    SlotRouting(ClusterConfig config, ClusterNodes nodes, ClusterTopology topology) {
        this.config = config;
        this.nodes = nodes;
        this.topology = topology;
    }

    /**
     * Sends a command to the node of a slot, following redirections.
     * @param command the command
     * @param slot its keys' slot, or -1 for any master
     * @param <T> the decoded type
     * @return the decoded reply
     */
    <T> T send(Command<T> command, int slot) {
        Endpoint.Tcp redirect = null;
        boolean asking = false;
        RedisException last = null;
        for (int attempt = 0; attempt <= this.config.maxRedirects(); attempt++) {
            long sentAt = System.nanoTime();
            ClusterNode node = (redirect != null) ? this.nodes.get(redirect) : nodeFor(command, slot);
            try {
                return asking ? sendAsking(node, command) : node.executor().execute(command);
            }
            catch (RedisRedirectionException ex) {
                redirect = new Endpoint.Tcp(ex.host().isEmpty() ? node.address().host() : ex.host(), ex.port());
                asking = !ex.isMoved();
                redirected(ex.isMoved());
                last = ex;
            }
            catch (RedisTryAgainException | RedisClusterDownException ex) {
                this.clusterRetries.increment();
                this.topology.refreshSoon();
                redirect = null;
                asking = false;
                last = ex;
                pause(attempt);
            }
            catch (TooManyConnectionsException ex) {
                throw ex;
            }
            catch (RedisConnectionException ex) {
                if (!movesAfter(ex, command, node, slot, sentAt)) {
                    throw ex;
                }
                redirect = null;
                asking = false;
                last = ex;
            }
        }
        throw last;
    }

    /**
     * Whether a command whose connection failed goes to another node: only when the map,
     * read again, names a new owner, and the command cannot have run or may run twice.
     */
    private boolean movesAfter(RedisConnectionException failure, Command<?> command, ClusterNode node, int slot,
            long sentAt) {
        SlotMap map;
        try {
            map = this.topology.refreshAfter(sentAt);
        }
        catch (RedisException ex) {
            failure.addSuppressed(ex);
            return false;
        }
        if (failure.mayHaveReachedServer() && !command.spec().isRetrySafe()) {
            return false;
        }
        SlotMap.Shard shard = (slot >= 0) ? map.shardOf(slot) : null;
        return shard != null && !shard.master().equals(node.address());
    }

    private <T> T sendAsking(ClusterNode node, Command<T> command) {
        PooledBatchSender sender = new PooledBatchSender(node.pool());
        Pipeline pipeline = new Pipeline((batch) -> sender.write(batch, true).read());
        Response<T> response = pipeline.add(command);
        pipeline.sync();
        return response.get();
    }

    /**
     * The node a command goes to: its slot's master, or a replica for a read when
     * {@code read-from} asks for one; any master in turn for a keyless command.
     */
    ClusterNode nodeFor(Command<?> command, int slot) {
        SlotMap map = this.topology.current();
        if (slot < 0) {
            List<SlotMap.Shard> shards = map.shards();
            if (shards.isEmpty()) {
                throw noOwner(command, "any slot", map);
            }
            return this.nodes.get(shards.get(Math.floorMod(this.turn.getAndIncrement(), shards.size())).master());
        }
        SlotMap.Shard shard = map.shardOf(slot);
        if (shard == null) {
            this.topology.refreshSoon();
            throw noOwner(command, "slot " + slot, map);
        }
        if (this.config.readFrom() == ReadFrom.REPLICA_PREFERRED && command.spec().isReadOnly()
                && !shard.replicas().isEmpty()) {
            List<Endpoint.Tcp> replicas = shard.replicas();
            return this.nodes.get(replicas.get(Math.floorMod(this.turn.getAndIncrement(), replicas.size())));
        }
        return this.nodes.get(shard.master());
    }

    private static RedisClusterDownException noOwner(Command<?> command, String what, SlotMap map) {
        return new RedisClusterDownException("CLUSTERDOWN no healthy master serves " + what + " for " + command.name()
                + " in the client's slot map (" + map + "); the cluster may be failing over, retry shortly");
    }

    /**
     * Counts a redirection a pipeline followed, and refreshes the map after MOVED.
     * @param moved whether it was MOVED rather than ASK
     */
    void redirected(boolean moved) {
        (moved ? this.moved : this.asked).increment();
        if (moved) {
            this.topology.refreshSoon();
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(BACKOFF_MILLIS << Math.min(attempt, 5));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The redirections followed and the topology's refreshes so far.
     * @return the counts
     */
    ClusterStats stats() {
        return new ClusterStats(this.moved.sum(), this.asked.sum(), this.clusterRetries.sum(),
                this.topology.refreshCount(), this.topology.failureCount());
    }

}
