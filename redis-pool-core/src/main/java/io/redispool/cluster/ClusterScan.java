package io.redispool.cluster;

import io.redispool.command.Command;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BulkString;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * SCAN over every master of a cluster, one after another, behind one cursor: the cursor
 * the caller gets back is {@code <master>:<cursor>}, and {@code 0} only once the last
 * master is done, so the usual loop ({@code do ... while (!cursor.equals("0"))}) walks
 * the whole keyspace unchanged. Masters are taken in the order of their addresses; a
 * resharding during the walk may make it miss or repeat the moved keys, as SCAN may on
 * one server.
 */
final class ClusterScan {

    private ClusterScan() {
    }

    static boolean isScan(Command<?> command) {
        return command.spec().name().equals("scan") && command.arguments().length >= 2;
    }

    static RespReply run(ClusterRouter router, Command<?> command) {
        byte[][] arguments = command.arguments().clone();
        String cursor = new String(arguments[1], StandardCharsets.US_ASCII);
        int colon = cursor.indexOf(':');
        int master;
        try {
            master = (colon < 0) ? 0 : Integer.parseInt(cursor.substring(0, colon));
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("SCAN cursor '" + cursor
                    + "' is not a cluster cursor: start with 0 and pass back each cursor as returned", ex);
        }
        if (colon < 0 && !cursor.equals("0")) {
            throw new IllegalArgumentException("SCAN cursor '" + cursor
                    + "' is not a cluster cursor: start with 0 and pass back each cursor as returned");
        }
        List<ClusterNode> masters = router.masters();
        if (master >= masters.size()) {
            return page("0", new ArrayReply(List.of()));
        }
        arguments[1] = ((colon < 0) ? "0" : cursor.substring(colon + 1)).getBytes(StandardCharsets.US_ASCII);
        RespReply reply = masters.get(master).executor().execute(Command.of(arguments, (raw) -> raw));
        List<RespReply> page = ((ArrayReply) reply).elements();
        String next = new String(((BulkString) page.get(0)).value(), StandardCharsets.US_ASCII);
        if (!next.equals("0")) {
            return page(master + ":" + next, page.get(1));
        }
        return page((master + 1 < masters.size()) ? (master + 1) + ":0" : "0", page.get(1));
    }

    private static RespReply page(String cursor, RespReply keys) {
        return new ArrayReply(List.of(new BulkString(cursor.getBytes(StandardCharsets.US_ASCII)), keys));
    }

}
