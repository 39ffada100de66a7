package io.redispool.cluster;

import io.redispool.RedisException;
import io.redispool.RedisRedirectionException;
import io.redispool.RedisServerException;
import io.redispool.connection.Endpoint;
import io.redispool.execution.BatchSender;
import io.redispool.execution.PooledBatchSender;
import io.redispool.execution.Response;
import io.redispool.protocol.RespReply.ErrorReply;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a pipeline over a cluster: its commands are grouped by the node of their slot,
 * each group goes out as one pipeline on that node's pool, and every reply lands in its
 * own {@link Response}, so the caller reads them in the order it queued them.
 *
 * <p>
 * Replies that are MOVED or ASK redirections are sent again to the node they name (after
 * ASKING for ASK), up to {@code max-redirects} rounds; they did not run. A group whose
 * connection fails leaves its responses failed and the others complete; {@code sync()}
 * then throws the first failure. Every group is written before any reply is read. A
 * command whose keys span slots goes to its first key's node, which refuses it with
 * CROSSSLOT in its own response; commands for every shard (DBSIZE, KEYS) go to one
 * master.
 */
final class ClusterBatchSender implements BatchSender {

    private static final Comparator<ClusterNode> BY_ADDRESS = Comparator
        .comparing((ClusterNode node) -> node.address().host())
        .thenComparingInt((node) -> node.address().port());

    private final ClusterRouter router;

    ClusterBatchSender(ClusterRouter router) {
        this.router = router;
    }

    @Override
    public void send(List<Response<?>> batch) {
        Map<ClusterNode, List<Response<?>>> groups = new LinkedHashMap<>();
        for (Response<?> response : batch) {
            ClusterNode node = this.router.nodeFor(response.command(), firstKeySlot(response));
            groups.computeIfAbsent(node, (key) -> new ArrayList<>()).add(response);
        }
        RedisException failure = sendGroups(groups, false, null);
        for (int round = 0; round < this.router.maxRedirects() && failure == null; round++) {
            Map<ClusterNode, List<Response<?>>> moved = new LinkedHashMap<>();
            Map<ClusterNode, List<Response<?>>> asked = new LinkedHashMap<>();
            for (Response<?> response : batch) {
                RedisRedirectionException redirection = redirectionOf(response);
                if (redirection != null) {
                    this.router.redirected(redirection.isMoved());
                    Endpoint.Tcp target = new Endpoint.Tcp(redirection.host(), redirection.port());
                    (redirection.isMoved() ? moved : asked)
                        .computeIfAbsent(this.router.node(target), (key) -> new ArrayList<>())
                        .add(response);
                }
            }
            if (moved.isEmpty() && asked.isEmpty()) {
                return;
            }
            failure = sendGroups(moved, false, null);
            failure = sendGroups(asked, true, failure);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Writes every node's group, then reads every node's replies, so that a pipeline over
     * several masters costs about one round trip, not one per node. Connections are
     * borrowed in the order of the nodes' addresses: two pipelines that each hold one
     * node's connection while waiting for another's then cannot wait for each other.
     */
    private static RedisException sendGroups(Map<ClusterNode, List<Response<?>>> groups, boolean asking,
            RedisException earlier) {
        List<ClusterNode> nodes = new ArrayList<>(groups.keySet());
        nodes.sort(BY_ADDRESS);
        List<PooledBatchSender.InFlight> written = new ArrayList<>(nodes.size());
        RedisException failure = earlier;
        try {
            for (ClusterNode node : nodes) {
                try {
                    written.add(new PooledBatchSender(node.pool()).write(groups.get(node), asking));
                }
                catch (RedisException ex) {
                    // This node's responses say so; the other nodes' groups still go out.
                    failure = (failure != null) ? failure : ex;
                }
            }
        }
        finally {
            failure = readAll(written, failure);
        }
        return failure;
    }

    /**
     * Reads every written group, each releasing its connection, whatever the others do.
     */
    private static RedisException readAll(List<PooledBatchSender.InFlight> written, RedisException earlier) {
        RedisException failure = earlier;
        RuntimeException unexpected = null;
        for (PooledBatchSender.InFlight inFlight : written) {
            try {
                inFlight.read();
            }
            catch (RedisException ex) {
                failure = (failure != null) ? failure : ex;
            }
            catch (RuntimeException ex) {
                if (unexpected == null) {
                    unexpected = ex;
                }
                else {
                    unexpected.addSuppressed(ex);
                }
            }
        }
        if (unexpected != null) {
            throw unexpected;
        }
        return failure;
    }

    private static int firstKeySlot(Response<?> response) {
        List<Integer> positions = KeyLocator.positions(response.command());
        return positions.isEmpty() ? -1 : HashSlot.of(response.command().arguments()[positions.get(0)]);
    }

    private static RedisRedirectionException redirectionOf(Response<?> response) {
        if (response.reply() instanceof ErrorReply error
                && (error.message().startsWith("MOVED ") || error.message().startsWith("ASK "))) {
            RedisServerException typed = RedisServerException.of(error.message());
            return (typed instanceof RedisRedirectionException redirection) ? redirection : null;
        }
        return null;
    }

}
