package io.redispool.sentinel;

import io.redispool.InvalidSettingException;
import io.redispool.ReadFrom;
import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the sentinels are and which master they watch, and the sentinels' own
 * credentials, apart from the master's.
 *
 * <p>
 * Built and validated by {@code RedisClientConfig}; each error names the setting as the
 * starter spells it ({@code sentinel.nodes}). The password never appears in
 * {@link #toString()}.
 *
 * @param masterName the name the sentinels monitor the master by
 * @param nodes the sentinels, asked in this order
 * @param username the ACL user for AUTH on the sentinels, or {@code null}
 * @param password the password for AUTH on the sentinels, or {@code null} to skip AUTH
 * @param readFrom which servers serve read-only commands: the master, or its replicas
 */
public record SentinelConfig(String masterName, List<Endpoint.Tcp> nodes, String username, String password,
        ReadFrom readFrom) {

    public SentinelConfig {
        Objects.requireNonNull(masterName, "'sentinel.master' must not be null");
        if (masterName.isBlank() || masterName.chars().anyMatch((c) -> c <= ' ')) {
            throw InvalidSettingException.invalid("sentinel.master", masterName, "must be a name without spaces");
        }
        nodes = List.copyOf(Objects.requireNonNull(nodes, "'sentinel.nodes' must not be null"));
        if (nodes.isEmpty()) {
            throw InvalidSettingException.conflict("sentinel.nodes", null,
                    "must list at least one sentinel as"
                            + " host:port, such as 'sentinel-1:26379', when 'sentinel.master' is set",
                    "sentinel.master");
        }
        if (username != null && password == null) {
            throw InvalidSettingException.conflict("sentinel.password", null,
                    "must be set when 'sentinel.username' is: ACL users need both", "sentinel.username");
        }
        Objects.requireNonNull(readFrom, "'sentinel.read-from' must not be null");
    }

    /**
     * Reads the sentinels' addresses.
     * @param nodes each {@code host:port}, an IPv6 host in brackets ({@code [::1]:26379})
     * @return the endpoints, in the same order
     * @throws InvalidSettingException naming the first entry that is not
     * {@code host:port}
     */
    public static List<Endpoint.Tcp> parseNodes(List<String> nodes) {
        Objects.requireNonNull(nodes, "'sentinel.nodes' must not be null");
        List<Endpoint.Tcp> parsed = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            parsed.add(parseNode(nodes.get(i), i));
        }
        return parsed;
    }

    /**
     * The settings for a connection to one sentinel: the master's timeouts, socket
     * options and TLS, with the sentinels' credentials, database 0 and no client name.
     * @param master how connections to the master are set up
     * @param sentinel the sentinel
     * @return the settings
     */
    ConnectionConfig connectionTo(ConnectionConfig master, Endpoint.Tcp sentinel) {
        return new ConnectionConfig(sentinel, master.connectTimeout(), master.socketTimeout(), master.tcpNoDelay(),
                master.keepAlive(), this.username, this.password, 0, null, master.charset(), master.limits(),
                master.tls(), master.protocol());
    }

    private static Endpoint.Tcp parseNode(String node, int index) {
        if (node == null) {
            throw invalidNode(node, index, "");
        }
        String trimmed = node.strip();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            throw invalidNode(node, index, "");
        }
        String host = trimmed.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        else if (host.indexOf(':') >= 0) {
            throw invalidNode(node, index, "; put an IPv6 host in brackets, as in '[::1]:26379'");
        }
        int port;
        try {
            port = Integer.parseInt(trimmed.substring(colon + 1));
        }
        catch (NumberFormatException ex) {
            throw invalidNode(node, index, "");
        }
        if (host.isBlank() || port < 1 || port > 65535) {
            throw invalidNode(node, index, "; the port must be between 1 and 65535");
        }
        return new Endpoint.Tcp(host, port);
    }

    private static InvalidSettingException invalidNode(String node, int index, String hint) {
        return InvalidSettingException.invalid("sentinel.nodes", node,
                "entries must be host:port but entry " + index + " was not" + hint);
    }

    @Override
    public String toString() {
        return "SentinelConfig[masterName=" + this.masterName + ", nodes=" + this.nodes + ", username=" + this.username
                + ", password=" + ((this.password != null) ? "****" : null) + ", readFrom=" + this.readFrom + "]";
    }

}
