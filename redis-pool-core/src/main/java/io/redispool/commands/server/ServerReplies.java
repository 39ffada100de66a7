package io.redispool.commands.server;

import io.redispool.RedisProtocolException;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ReplyFields;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.NullReply;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes the replies of the server commands: INFO and CLIENT LIST text into maps, TIME
 * and LASTSAVE into instants, and ROLE, CLIENT TRACKINGINFO and MEMORY STATS into values.
 */
final class ServerReplies {

    /** INFO, as a map of every {@code name:value} line. */
    static final ReplyDecoder<Map<String, String>> INFO = ReplyDecoders.bulk(ServerReplies::infoFields);

    /** CONFIG GET, names to values. */
    static final ReplyDecoder<Map<String, String>> CONFIG = ReplyDecoders.map(ReplyFields::text, ReplyFields::text);

    /** TIME: seconds and microseconds. */
    static final ReplyDecoder<Instant> TIME = ServerReplies::time;

    /** An integer of seconds since the epoch, as LASTSAVE's. */
    static final ReplyDecoder<Instant> EPOCH_SECONDS = (reply) -> Instant
        .ofEpochSecond(ReplyDecoders.INTEGER.decode(reply));

    /** CLIENT INFO: one line of {@code name=value} pairs. */
    static final ReplyDecoder<Map<String, String>> CLIENT = ReplyDecoders.bulk(ServerReplies::clientFields);

    /** CLIENT LIST: one line per client. */
    static final ReplyDecoder<List<Map<String, String>>> CLIENTS = ReplyDecoders.bulk(ServerReplies::clients);

    /** ROLE. */
    static final ReplyDecoder<ServerRole> ROLE = ServerReplies::role;

    /** CLIENT TRACKINGINFO. */
    static final ReplyDecoder<TrackingInfo> TRACKING = ServerReplies::tracking;

    /** MEMORY STATS, with its nested sections as maps. */
    static final ReplyDecoder<Map<String, Object>> MEMORY_STATS = ServerReplies::memoryStats;

    /** An integer, or {@code null} for a null reply, as MEMORY USAGE of a missing key. */
    static final ReplyDecoder<Long> INTEGER_OR_NULL = (reply) -> (reply instanceof NullReply) ? null
            : ReplyDecoders.INTEGER.decode(reply);

    /** An array of strings as a list. */
    static final ReplyDecoder<List<String>> TEXTS = ReplyDecoders.list(ReplyFields::text);

    private ServerReplies() {
    }

    private static Map<String, String> infoFields(byte[] text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : new String(text, StandardCharsets.UTF_8).split("\r\n")) {
            int colon = line.indexOf(':');
            if (!line.startsWith("#") && colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    private static Map<String, String> clientFields(byte[] line) {
        return clientLine(new String(line, StandardCharsets.UTF_8).strip());
    }

    private static Map<String, String> clientLine(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : line.split(" ")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    private static List<Map<String, String>> clients(byte[] text) {
        List<Map<String, String>> clients = new ArrayList<>();
        for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                clients.add(clientLine(line.strip()));
            }
        }
        return Collections.unmodifiableList(clients);
    }

    private static Instant time(RespReply reply) {
        List<String> parts = TEXTS.decode(reply);
        if (parts == null || parts.size() != 2) {
            throw ReplyDecoders.unexpected("seconds and microseconds", reply);
        }
        return Instant.ofEpochSecond(Long.parseLong(parts.get(0)), Long.parseLong(parts.get(1)) * 1000);
    }

    private static ServerRole role(RespReply reply) {
        List<RespReply> parts = ReplyDecoders.elements(reply);
        if (parts == null || parts.isEmpty()) {
            throw ReplyDecoders.unexpected("a role and its details", reply);
        }
        String role = ReplyFields.text(parts.get(0));
        switch (role) {
            case "master" -> {
                List<ServerRole.ConnectedReplica> replicas = new ArrayList<>();
                for (RespReply each : ReplyDecoders.elements(parts.get(2))) {
                    List<String> replica = TEXTS.decode(each);
                    replicas.add(new ServerRole.ConnectedReplica(replica.get(0), Integer.parseInt(replica.get(1)),
                            Long.parseLong(replica.get(2))));
                }
                return new ServerRole.Master(ReplyDecoders.INTEGER.decode(parts.get(1)),
                        Collections.unmodifiableList(replicas));
            }
            case "slave", "replica" -> {
                return new ServerRole.Replica(ReplyFields.text(parts.get(1)),
                        ReplyDecoders.INTEGER.decode(parts.get(2)).intValue(), ReplyFields.text(parts.get(3)),
                        ReplyDecoders.INTEGER.decode(parts.get(4)));
            }
            case "sentinel" -> {
                return new ServerRole.Sentinel(TEXTS.decode(parts.get(1)));
            }
            default ->
                throw new RedisProtocolException("Expected the role master, slave or sentinel but got '" + role + "'");
        }
    }

    private static TrackingInfo tracking(RespReply reply) {
        ReplyFields info = ReplyFields.of(reply);
        Set<String> flags = new LinkedHashSet<>();
        info.array("flags").forEach((flag) -> flags.add(ReplyFields.text(flag)));
        List<String> prefixes = new ArrayList<>();
        info.array("prefixes").forEach((prefix) -> prefixes.add(ReplyFields.text(prefix)));
        return new TrackingInfo(Collections.unmodifiableSet(flags), info.integer("redirect"),
                Collections.unmodifiableList(prefixes));
    }

    private static Map<String, Object> memoryStats(RespReply reply) {
        ReplyFields fields = ReplyFields.of(reply);
        Map<String, Object> stats = new LinkedHashMap<>();
        for (String name : fields.names()) {
            RespReply value = fields.get(name);
            if (value instanceof IntegerReply integer) {
                stats.put(name, integer.value());
            }
            else if (value instanceof NullReply) {
                stats.put(name, null);
            }
            else if (value instanceof RespReply.ArrayReply || value instanceof RespReply.MapReply) {
                stats.put(name, memoryStats(value));
            }
            else if (value instanceof RespReply.DoubleReply number) {
                stats.put(name, number.value());
            }
            else {
                stats.put(name, number(ReplyFields.text(value)));
            }
        }
        return Collections.unmodifiableMap(stats);
    }

    /** RESP2 sends MEMORY STATS' ratios and percentages as bulk strings. */
    private static Object number(String text) {
        try {
            return Double.parseDouble(text);
        }
        catch (NumberFormatException ex) {
            return text;
        }
    }

}
