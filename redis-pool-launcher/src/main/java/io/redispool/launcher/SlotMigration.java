package io.redispool.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves one slot and its keys from one master to another, the steps
 * {@code redis-cli --cluster reshard} takes for each slot: IMPORTING on the target,
 * MIGRATING on the source, MIGRATE of every key, then SETSLOT NODE on every master.
 */
final class SlotMigration {

    private static final String KEYS_PER_MIGRATE = "100";

    private static final String MIGRATE_TIMEOUT_MILLIS = "5000";

    private SlotMigration() {
    }

    /**
     * Moves the slot.
     * @param slot the slot
     * @param source the master that serves it now
     * @param target the master that is to serve it
     * @param masters every master, each told the slot's new owner
     */
    static void move(int slot, RedisServer source, RedisServer target, List<RedisServer> masters) {
        String slotText = Integer.toString(slot);
        String sourceId = NodeQueries.myId(source);
        String targetId = NodeQueries.myId(target);
        NodeQueries.call(target, "CLUSTER", "SETSLOT", slotText, "IMPORTING", sourceId);
        NodeQueries.call(source, "CLUSTER", "SETSLOT", slotText, "MIGRATING", targetId);
        for (List<?> keys = keysIn(source, slotText); !keys.isEmpty(); keys = keysIn(source, slotText)) {
            List<String> migrate = new ArrayList<>(List.of("MIGRATE", target.host(), Integer.toString(target.port()),
                    "", "0", MIGRATE_TIMEOUT_MILLIS, "KEYS"));
            keys.forEach((key) -> migrate.add((String) key));
            NodeQueries.call(source, migrate.toArray(new String[0]));
        }
        for (RedisServer master : masters) {
            NodeQueries.call(master, "CLUSTER", "SETSLOT", slotText, "NODE", targetId);
        }
    }

    private static List<?> keysIn(RedisServer node, String slot) {
        return (List<?>) NodeQueries.call(node, "CLUSTER", "GETKEYSINSLOT", slot, KEYS_PER_MIGRATE);
    }

}
