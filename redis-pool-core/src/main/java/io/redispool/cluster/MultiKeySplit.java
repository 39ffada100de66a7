package io.redispool.cluster;

import io.redispool.command.Command;
import io.redispool.command.KeySpec;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.IntegerReply;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a multi-key command whose keys span slots into one command per slot, for the
 * commands the server tags {@code request_policy:multi_shard} and whose arguments are
 * only keys (MGET, DEL, UNLINK, EXISTS, TOUCH) or key-value pairs (MSET), then merges the
 * replies: counts are added, MGET's values put back in the caller's order.
 *
 * <p>
 * The parts run one after another and are not atomic together: an MSET across slots may
 * be half applied when a part fails. MSETNX, whose all-or-nothing promise a split would
 * break, is refused like any other multi-key command across slots.
 */
final class MultiKeySplit {

    private MultiKeySplit() {
    }

    static boolean applies(Command<?> command) {
        Set<String> tips = command.spec().tips();
        List<KeySpec> specs = command.spec().keySpecs();
        return tips.contains("request_policy:multi_shard") && !tips.contains("response_policy:agg_min")
                && specs.size() == 1 && specs.get(0).begin() instanceof KeySpec.AtIndex index && index.index() == 1
                && specs.get(0).find() instanceof KeySpec.Range range && range.lastKey() == -1 && range.limit() == 0;
    }

    static RespReply run(ClusterRouter router, Command<?> command) {
        byte[][] arguments = command.arguments();
        int step = ((KeySpec.Range) command.spec().keySpecs().get(0).find()).keyStep();
        Map<Integer, List<Integer>> keysBySlot = new LinkedHashMap<>();
        for (int position = 1; position < arguments.length; position += step) {
            keysBySlot.computeIfAbsent(HashSlot.of(arguments[position]), (slot) -> new ArrayList<>()).add(position);
        }
        RespReply[] values = new RespReply[(arguments.length - 1) / step];
        List<RespReply> parts = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> entry : keysBySlot.entrySet()) {
            List<Integer> positions = entry.getValue();
            byte[][] part = new byte[1 + positions.size() * step][];
            part[0] = arguments[0];
            for (int i = 0; i < positions.size(); i++) {
                System.arraycopy(arguments, positions.get(i), part, 1 + i * step, step);
            }
            RespReply reply = router.send(Command.of(part, (raw) -> raw), entry.getKey());
            parts.add(reply);
            if (reply instanceof ArrayReply array) {
                for (int i = 0; i < positions.size(); i++) {
                    values[(positions.get(i) - 1) / step] = array.elements().get(i);
                }
            }
        }
        if (command.spec().tips().contains("response_policy:agg_sum")) {
            long sum = 0;
            for (RespReply part : parts) {
                sum += ((IntegerReply) part).value();
            }
            return new IntegerReply(sum);
        }
        if (parts.get(0) instanceof ArrayReply) {
            return new ArrayReply(Arrays.asList(values));
        }
        return parts.get(0);
    }

}
