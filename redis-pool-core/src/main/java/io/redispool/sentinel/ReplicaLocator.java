package io.redispool.sentinel;

import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.command.Command;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.Commands;
import io.redispool.commands.server.ServerRole;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.Endpoint;
import io.redispool.connection.SocketConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the master's healthy replicas: asks each sentinel in turn for
 * {@code SENTINEL REPLICAS <master>} and keeps those fit to serve reads.
 *
 * <p>
 * A replica is left out when the sentinel flags it down ({@code s_down}, {@code o_down})
 * or {@code disconnected}, or when its link to the master is down
 * ({@code master-link-status:err}): it would serve data of unknown age, or nothing. A
 * replica about to join the reads is asked itself, by ROLE, whether its link is up: the
 * sentinels read a replica's INFO only every few seconds, and one that has just come back
 * serves an empty or stale data set until its first sync ends.
 */
final class ReplicaLocator {

    private static final Set<String> UNHEALTHY_FLAGS = Set.of("s_down", "o_down", "disconnected");

    private static final Command<ServerRole> ROLE = Commands.utf8().server().role();

    private final SentinelConfig sentinel;

    private final ConnectionConfig master;

    private final Command<List<Map<String, String>>> replicas;

    ReplicaLocator(SentinelConfig sentinel, ConnectionConfig master) {
        this.sentinel = sentinel;
        this.master = master;
        this.replicas = Command.of(new byte[][] { bytes("SENTINEL"), bytes("REPLICAS"), bytes(sentinel.masterName()) },
                ReplyDecoders.list(ReplyDecoders.map(ReplyDecoders.TEXT, ReplyDecoders.TEXT)));
    }

    /**
     * Asks the sentinels for the master's replicas, the first that answers.
     * @return the healthy replicas, in the order the sentinel lists them
     * @throws RedisConnectionException if no sentinel answers; the message holds each
     * sentinel's failure
     */
    List<Endpoint.Tcp> locate() {
        List<String> failures = new ArrayList<>(this.sentinel.nodes().size());
        for (Endpoint.Tcp node : this.sentinel.nodes()) {
            try {
                return healthy(ask(node));
            }
            catch (RedisException ex) {
                failures.add(node + ": " + ex.getMessage());
            }
        }
        throw new RedisConnectionException("No sentinel listed the replicas of '" + this.sentinel.masterName()
                + "' (SENTINEL REPLICAS); check 'sentinel.nodes': " + String.join("; ", failures), null, false);
    }

    /**
     * The replicas fit to serve reads among those a sentinel lists.
     * @param listed each replica's fields, as {@code SENTINEL REPLICAS} gives them
     * @return the healthy replicas' addresses
     */
    static List<Endpoint.Tcp> healthy(List<Map<String, String>> listed) {
        List<Endpoint.Tcp> healthy = new ArrayList<>(listed.size());
        for (Map<String, String> replica : listed) {
            String flags = replica.getOrDefault("flags", "");
            boolean down = List.of(flags.split(",")).stream().anyMatch(UNHEALTHY_FLAGS::contains);
            if (down || "err".equals(replica.get("master-link-status")) || !replica.containsKey("ip")
                    || !replica.containsKey("port")) {
                continue;
            }
            healthy.add(new Endpoint.Tcp(replica.get("ip"), Integer.parseInt(replica.get("port"))));
        }
        return healthy;
    }

    /**
     * Whether a replica says, by ROLE, that it is connected to its master and synced.
     * @param replica how to connect to the replica
     * @return {@code false} as well when it cannot be asked
     */
    static boolean isSynced(ConnectionConfig replica) {
        try {
            Connection connection = new SocketConnectionFactory(replica).connect();
            try {
                return connection.execute(ROLE) instanceof ServerRole.Replica role && "connected".equals(role.state());
            }
            finally {
                connection.disconnect();
            }
        }
        catch (RedisException ex) {
            return false;
        }
    }

    private List<Map<String, String>> ask(Endpoint.Tcp node) {
        Connection connection = new SocketConnectionFactory(this.sentinel.connectionTo(this.master, node)).connect();
        try {
            return connection.execute(this.replicas);
        }
        finally {
            connection.disconnect();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
