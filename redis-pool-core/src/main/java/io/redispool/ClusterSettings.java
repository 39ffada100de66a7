package io.redispool;

import io.redispool.cluster.ClusterConfig;
import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.Endpoint;
import io.redispool.execution.RetryPolicy;
import io.redispool.multiplex.MultiplexConfig;
import io.redispool.pool.PoolConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of {@link RedisClientConfig.Builder} that holds the {@code cluster.*}
 * settings, checks them against the rest and reads the seed nodes.
 */
final class ClusterSettings {

    List<String> nodes;

    int maxRedirects = ClusterConfig.DEFAULT_MAX_REDIRECTS;

    Duration topologyRefresh = ClusterConfig.DEFAULT_TOPOLOGY_REFRESH;

    ReadFrom readFrom = ReadFrom.MASTER;

    /**
     * Whether seed nodes are set, which makes the client a cluster client.
     * @return {@code true} with a non-empty {@code cluster.nodes}
     */
    boolean isSet() {
        return this.nodes != null && !this.nodes.isEmpty();
    }

    /**
     * Refuses {@code cluster.read-from} on a client of one server, where it would be
     * silently ignored.
     * @throws InvalidSettingException if replicas are asked for without cluster nodes
     */
    void checkUnused() {
        if (this.readFrom == ReadFrom.REPLICA_PREFERRED) {
            throw InvalidSettingException.conflict("cluster.read-from", this.readFrom,
                    "needs 'cluster.nodes'; behind Sentinel set 'sentinel.read-from' instead", "cluster.nodes");
        }
    }

    /**
     * Validates the settings against the others and builds a cluster client's
     * configuration.
     * @param connection the connection settings; credentials of a seed URL apply when
     * none are set
     * @param pool each node's pool settings
     * @param retry the retry policy
     * @param sentinel the Sentinel settings, which must be unset
     * @param multiplexedConnections the {@code multiplexed-connections} setting, which
     * must be 0
     * @return the configuration
     */
    RedisClientConfig build(ConnectionSettings connection, PoolConfig pool, RetryPolicy retry,
            SentinelSettings sentinel, int multiplexedConnections) {
        String other = connection.addressSetting();
        if (other != null) {
            throw InvalidSettingException.conflict("cluster.nodes", null,
                    "must not be set with '" + other + "': a cluster is reached through its nodes alone", other);
        }
        if (sentinel.isSet()) {
            throw InvalidSettingException.conflict("cluster.nodes", null,
                    "must not be set with 'sentinel.master': a client follows a cluster or a Sentinel-managed"
                            + " master, not both",
                    "sentinel.master");
        }
        if (sentinel.readFrom == ReadFrom.REPLICA_PREFERRED) {
            throw InvalidSettingException.conflict("sentinel.read-from", sentinel.readFrom,
                    "must be MASTER with 'cluster.nodes'; set 'cluster.read-from' instead", "cluster.nodes");
        }
        if (multiplexedConnections != 0) {
            throw InvalidSettingException.conflict("multiplexed-connections", multiplexedConnections,
                    "must be 0 with 'cluster.nodes': the multiplexed mode shares connections to one server",
                    "cluster.nodes");
        }
        if (connection.database != 0) {
            throw InvalidSettingException.conflict("database", connection.database,
                    "must be 0 with 'cluster.nodes': a cluster has database 0 only", "cluster.nodes");
        }
        List<Endpoint.Tcp> seeds = new ArrayList<>();
        String user = connection.username;
        String secret = connection.password;
        boolean tls = connection.ssl;
        for (String node : this.nodes) {
            if (node == null || !node.contains("://")) {
                seeds.add(hostAndPort(node));
                continue;
            }
            RedisUrl parsed = RedisUrl.parse(node);
            if (!(parsed.endpoint() instanceof Endpoint.Tcp tcp) || parsed.database() != 0) {
                throw InvalidSettingException.invalid("cluster.nodes", parsed,
                        "entries must be host:port or a redis:// or rediss:// URL of database 0");
            }
            seeds.add(tcp);
            tls = tls || parsed.tls();
            if (secret == null && parsed.password() != null) {
                user = parsed.username();
                secret = parsed.password();
            }
        }
        ClusterConfig cluster = new ClusterConfig(seeds, this.maxRedirects, this.topologyRefresh, this.readFrom);
        ConnectionConfig first = connection.to(seeds.get(0), user, secret, 0, tls, connection.protocol);
        return new RedisClientConfig(first, pool, retry, null, cluster, MultiplexConfig.OFF);
    }

    private static Endpoint.Tcp hostAndPort(String node) {
        int colon = (node != null) ? node.lastIndexOf(':') : -1;
        try {
            String host = node.substring(0, colon).replace("[", "").replace("]", "");
            int port = Integer.parseInt(node.substring(colon + 1));
            if (!host.isBlank() && port >= 1 && port <= 65535) {
                return new Endpoint.Tcp(host, port);
            }
        }
        catch (RuntimeException ex) {
            // Reported below, with the entry.
        }
        throw InvalidSettingException.invalid("cluster.nodes", node, "entries must be host:port or redis://host:port");
    }

}
