package io.redispool.cluster;

import io.redispool.command.Command;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.NullReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sends a keyless command to every master (or every node) when the server's own tips say
 * it concerns them all, such as DBSIZE, FLUSHDB, KEYS, SCRIPT LOAD, and merges the
 * replies as the tips say: {@code agg_sum} adds, {@code agg_min} takes the least,
 * {@code agg_logical_and} ands element by element, {@code all_succeeded} and
 * {@code one_succeeded} keep the first; without a policy, arrays are joined (KEYS) and
 * otherwise the first reply that is not null is kept. Commands whose policy is
 * {@code special} (INFO, MEMORY STATS...) go to one master instead, whose answer is
 * meaningful on its own.
 */
final class ShardFanOut {

    private static final String ALL_SHARDS = "request_policy:all_shards";

    private static final String ALL_NODES = "request_policy:all_nodes";

    private ShardFanOut() {
    }

    static boolean applies(Command<?> command) {
        Set<String> tips = command.spec().tips();
        return (tips.contains(ALL_SHARDS) || tips.contains(ALL_NODES)) && !tips.contains("response_policy:special")
                && KeyLocator.positions(command).isEmpty();
    }

    static RespReply run(ClusterRouter router, Command<?> command) {
        Command<RespReply> raw = Command.of(command.arguments(), (reply) -> reply);
        List<ClusterNode> targets = command.spec().tips().contains(ALL_NODES) ? router.allNodes() : router.masters();
        List<RespReply> replies = new ArrayList<>(targets.size());
        for (ClusterNode node : targets) {
            replies.add(node.executor().execute(raw));
        }
        return merge(command.spec().tips(), replies);
    }

    static RespReply merge(Set<String> tips, List<RespReply> replies) {
        if (replies.isEmpty()) {
            return NullReply.NULL_BULK;
        }
        if (tips.contains("response_policy:agg_sum") || tips.contains("response_policy:agg_min")) {
            boolean sum = tips.contains("response_policy:agg_sum");
            long merged = sum ? 0 : Long.MAX_VALUE;
            for (RespReply reply : replies) {
                long value = ((IntegerReply) reply).value();
                merged = sum ? merged + value : Math.min(merged, value);
            }
            return new IntegerReply(merged);
        }
        if (tips.contains("response_policy:agg_logical_and")) {
            return logicalAnd(replies);
        }
        boolean noPolicy = tips.stream().noneMatch((tip) -> tip.startsWith("response_policy:"));
        if (noPolicy && replies.get(0) instanceof ArrayReply) {
            List<RespReply> joined = new ArrayList<>();
            replies.forEach((reply) -> joined.addAll(((ArrayReply) reply).elements()));
            return new ArrayReply(joined);
        }
        return replies.stream().filter((reply) -> !(reply instanceof NullReply)).findFirst().orElse(replies.get(0));
    }

    private static RespReply logicalAnd(List<RespReply> replies) {
        List<RespReply> first = ((ArrayReply) replies.get(0)).elements();
        List<RespReply> merged = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            long value = 1;
            for (RespReply reply : replies) {
                value &= ((IntegerReply) ((ArrayReply) reply).elements().get(i)).value();
            }
            merged.add(new IntegerReply(value));
        }
        return new ArrayReply(merged);
    }

}
