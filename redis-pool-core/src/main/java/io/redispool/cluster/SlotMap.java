package io.redispool.cluster;

import io.redispool.connection.Endpoint;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.SimpleString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which master, and which replicas, serve each of the 16384 slots: a snapshot read from
 * {@code CLUSTER SHARDS} (Redis 7) or {@code CLUSTER SLOTS} (before).
 *
 * <p>
 * Immutable: a refresh builds a new map and swaps it in, so a command routes by one
 * consistent snapshot without locks. Nodes the server reports as failed are left out.
 */
public final class SlotMap {

    private final Shard[] bySlot;

    private final List<Shard> shards;

    private SlotMap(Shard[] bySlot, List<Shard> shards) {
        this.bySlot = bySlot;
        this.shards = List.copyOf(shards);
    }

    /**
     * Reads the reply of {@code CLUSTER SHARDS}.
     * @param reply the reply
     * @param seed the node that replied, whose address stands in for an unknown one
     * @return the map
     */
    static SlotMap fromShards(RespReply reply, Endpoint.Tcp seed) {
        Shard[] bySlot = new Shard[HashSlot.COUNT];
        List<Shard> shards = new ArrayList<>();
        for (RespReply shardReply : elements(reply)) {
            Map<String, RespReply> fields = fields(shardReply);
            Endpoint.Tcp master = null;
            List<Endpoint.Tcp> replicas = new ArrayList<>();
            for (RespReply nodeReply : elements(fields.get("nodes"))) {
                Map<String, RespReply> node = fields(nodeReply);
                if ("failed".equals(text(node.get("health")))) {
                    continue;
                }
                Endpoint.Tcp address = address(text(node.get("endpoint")), text(node.get("ip")),
                        (int) number(node.get("port")), seed);
                if ("master".equals(text(node.get("role")))) {
                    master = address;
                }
                else {
                    replicas.add(address);
                }
            }
            List<RespReply> ranges = elements(fields.get("slots"));
            if (master != null && !ranges.isEmpty()) {
                Shard shard = new Shard(master, replicas);
                shards.add(shard);
                for (int i = 0; i + 1 < ranges.size(); i += 2) {
                    assign(bySlot, shard, (int) number(ranges.get(i)), (int) number(ranges.get(i + 1)));
                }
            }
        }
        return new SlotMap(bySlot, shards);
    }

    /**
     * Reads the reply of {@code CLUSTER SLOTS}.
     * @param reply the reply
     * @param seed the node that replied, whose address stands in for an unknown one
     * @return the map
     */
    static SlotMap fromSlots(RespReply reply, Endpoint.Tcp seed) {
        Shard[] bySlot = new Shard[HashSlot.COUNT];
        Map<Endpoint.Tcp, Shard> byMaster = new HashMap<>();
        for (RespReply rangeReply : elements(reply)) {
            List<RespReply> range = elements(rangeReply);
            Endpoint.Tcp master = slotsNode(range.get(2), seed);
            List<Endpoint.Tcp> replicas = new ArrayList<>();
            for (RespReply replica : range.subList(3, range.size())) {
                replicas.add(slotsNode(replica, seed));
            }
            Shard shard = byMaster.computeIfAbsent(master, (key) -> new Shard(master, replicas));
            assign(bySlot, shard, (int) number(range.get(0)), (int) number(range.get(1)));
        }
        return new SlotMap(bySlot, new ArrayList<>(byMaster.values()));
    }

    /**
     * The shard that serves a slot.
     * @param slot the slot
     * @return the shard, or {@code null} when no healthy master serves it
     */
    public Shard shardOf(int slot) {
        return this.bySlot[slot];
    }

    /**
     * Every shard with slots.
     * @return the shards
     */
    public List<Shard> shards() {
        return this.shards;
    }

    /**
     * Every node of the map, masters and replicas.
     * @return the nodes' addresses
     */
    public Set<Endpoint.Tcp> nodes() {
        Set<Endpoint.Tcp> nodes = new LinkedHashSet<>();
        for (Shard shard : this.shards) {
            nodes.add(shard.master());
            nodes.addAll(shard.replicas());
        }
        return nodes;
    }

    /**
     * How many slots a healthy master serves.
     * @return 16384 when the map covers every slot
     */
    public int coveredSlots() {
        int covered = 0;
        for (Shard shard : this.bySlot) {
            covered += (shard != null) ? 1 : 0;
        }
        return covered;
    }

    @Override
    public String toString() {
        return "SlotMap[" + this.shards.size() + " shards, " + coveredSlots() + " of " + HashSlot.COUNT
                + " slots covered]";
    }

    private static void assign(Shard[] bySlot, Shard shard, int first, int last) {
        for (int slot = Math.max(0, first); slot <= Math.min(last, HashSlot.COUNT - 1); slot++) {
            bySlot[slot] = shard;
        }
    }

    private static Endpoint.Tcp slotsNode(RespReply reply, Endpoint.Tcp seed) {
        List<RespReply> node = elements(reply);
        return address(text(node.get(0)), null, (int) number(node.get(1)), seed);
    }

    private static Endpoint.Tcp address(String endpoint, String ip, int port, Endpoint.Tcp seed) {
        // "?" or empty: the node does not know how it is reached; the one that replied
        // does.
        String host = (endpoint != null && !endpoint.isEmpty() && !endpoint.equals("?")) ? endpoint : ip;
        return new Endpoint.Tcp((host == null || host.isEmpty() || host.equals("?")) ? seed.host() : host, port);
    }

    private static Map<String, RespReply> fields(RespReply reply) {
        List<RespReply> elements = elements(reply);
        Map<String, RespReply> fields = new HashMap<>();
        for (int i = 0; i + 1 < elements.size(); i += 2) {
            fields.put(text(elements.get(i)), elements.get(i + 1));
        }
        return fields;
    }

    private static List<RespReply> elements(RespReply reply) {
        return (reply instanceof ArrayReply array) ? array.elements() : List.of();
    }

    private static String text(RespReply reply) {
        if (reply instanceof BulkString bulk) {
            return new String(bulk.value(), StandardCharsets.UTF_8);
        }
        return (reply instanceof SimpleString simple) ? simple.value() : null;
    }

    private static long number(RespReply reply) {
        return (reply instanceof IntegerReply integer) ? integer.value() : Long.parseLong(text(reply));
    }

    /**
     * One master and its replicas, serving some slots.
     *
     * @param master the master
     * @param replicas its healthy replicas
     */
    public record Shard(Endpoint.Tcp master, List<Endpoint.Tcp> replicas) {

        public Shard {
            replicas = List.copyOf(replicas);
        }

    }

}
