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

/**
 * Finds the master: asks each sentinel in turn for
 * {@code SENTINEL GET-MASTER-ADDR-BY-NAME} and takes the first address whose server says,
 * by ROLE, that it is a master.
 *
 * <p>
 * Why ROLE too: right after a failover a sentinel that has not heard of it yet still
 * names the old master, which may be a replica by now; asking it would send every write
 * to a server that refuses them.
 */
final class MasterLocator {

    private static final Command<ServerRole> ROLE = Commands.utf8().server().role();

    private final SentinelConfig sentinel;

    private final ConnectionConfig master;

    private final Command<List<String>> getMasterAddress;

    MasterLocator(SentinelConfig sentinel, ConnectionConfig master) {
        this.sentinel = sentinel;
        this.master = master;
        this.getMasterAddress = Command.of(
                new byte[][] { bytes("SENTINEL"), bytes("GET-MASTER-ADDR-BY-NAME"), bytes(sentinel.masterName()) },
                ReplyDecoders.list(ReplyDecoders.TEXT));
    }

    /**
     * Asks the sentinels where the master is.
     * @return the master's address, confirmed by its ROLE
     * @throws RedisConnectionException if no sentinel names a master that says it is one;
     * the message holds each sentinel's answer or failure
     */
    Endpoint.Tcp locate() {
        List<String> failures = new ArrayList<>(this.sentinel.nodes().size());
        for (Endpoint.Tcp node : this.sentinel.nodes()) {
            try {
                Endpoint.Tcp named = ask(node);
                if (named == null) {
                    failures.add(node + " knows no master named '" + this.sentinel.masterName() + "'");
                    continue;
                }
                ServerRole role = roleOf(named);
                if (role instanceof ServerRole.Master) {
                    return named;
                }
                failures.add(node + " names " + named + ", whose ROLE is " + role);
            }
            catch (RedisException ex) {
                failures.add(node + ": " + ex.getMessage());
            }
        }
        throw new RedisConnectionException(
                "No sentinel named a reachable master '" + this.sentinel.masterName()
                        + "'; check 'sentinel.master' and 'sentinel.nodes': " + String.join("; ", failures),
                null, false);
    }

    /**
     * The settings for connections to the master at {@code endpoint}, or to one of its
     * replicas, which share its credentials and database.
     * @param endpoint the server's address
     * @return the master's settings with that endpoint
     */
    ConnectionConfig masterAt(Endpoint.Tcp endpoint) {
        ConnectionConfig m = this.master;
        return new ConnectionConfig(endpoint, m.connectTimeout(), m.socketTimeout(), m.tcpNoDelay(), m.keepAlive(),
                m.username(), m.password(), m.database(), m.clientName(), m.charset(), m.limits(), m.tls(),
                m.protocol());
    }

    private Endpoint.Tcp ask(Endpoint.Tcp node) {
        Connection connection = new SocketConnectionFactory(this.sentinel.connectionTo(this.master, node)).connect();
        try {
            List<String> address = connection.execute(this.getMasterAddress);
            return (address == null || address.size() != 2) ? null
                    : new Endpoint.Tcp(address.get(0), Integer.parseInt(address.get(1)));
        }
        finally {
            connection.disconnect();
        }
    }

    private ServerRole roleOf(Endpoint.Tcp named) {
        Connection connection = new SocketConnectionFactory(masterAt(named)).connect();
        try {
            return connection.execute(ROLE);
        }
        finally {
            connection.disconnect();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
