package io.redispool;

import io.redispool.cluster.ClusterConfig;
import io.redispool.cluster.ReadFrom;
import io.redispool.execution.RetryPolicy;
import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.Endpoint;
import io.redispool.connection.KeepAlive;
import io.redispool.pool.PoolConfig;
import io.redispool.protocol.RespLimits;
import io.redispool.connection.TlsOptions;
import io.redispool.sentinel.SentinelConfig;
import io.redispool.multiplex.MultiplexConfig;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Everything a {@link RedisClient} is built from: how to connect, how to pool, when to
 * retry.
 *
 * <p>
 * Built by {@link #builder()}, validated once in {@link Builder#build()}; each error
 * names the property as the Spring Boot starter spells it ({@code max-connections}), the
 * limit and the value.
 *
 * @param connection how each connection is opened and set up
 * @param pool how connections are pooled
 * @param retry when failed commands are sent again
 * @param sentinel where the sentinels that name the master are, or {@code null} to
 * connect to {@code connection}'s endpoint
 * @param cluster how to find and follow a Redis Cluster, or {@code null} for one server
 * @param multiplexing whether commands share a few connections instead of borrowing
 * pooled ones
 */
public record RedisClientConfig(ConnectionConfig connection, PoolConfig pool, RetryPolicy retry,
        SentinelConfig sentinel, ClusterConfig cluster, MultiplexConfig multiplexing) {

    public RedisClientConfig {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(multiplexing, "multiplexing");
    }

    /**
     * A configuration for one server, without Sentinel, Cluster or the multiplexed mode.
     * @param connection how each connection is opened and set up
     * @param pool how connections are pooled
     * @param retry when failed commands are sent again
     */
    public RedisClientConfig(ConnectionConfig connection, PoolConfig pool, RetryPolicy retry) {
        this(connection, pool, retry, null, null, MultiplexConfig.OFF);
    }

    /**
     * Starts a configuration with the defaults: localhost:6379, 32 connections, 2s
     * timeouts, a 2s wait for a connection.
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RedisClientConfig}. Not thread-safe.
     */
    public static final class Builder {

        private String url;

        private String host = "localhost";

        private int port = 6379;

        private Path unixSocket;

        private String username;

        private String password;

        private int database;

        private String clientName;

        private Duration connectTimeout = Duration.ofSeconds(2);

        private Duration socketTimeout = Duration.ofSeconds(2);

        private boolean tcpNoDelay = true;

        private KeepAlive keepAlive = KeepAlive.SYSTEM_DEFAULTS;

        private Charset charset = StandardCharsets.UTF_8;

        private RespLimits limits = RespLimits.DEFAULTS;

        private String poolName = "redis-pool";

        private int maxConnections = 32;

        private Duration maxWait = Duration.ofSeconds(2);

        private int minIdle;

        private Duration idleTimeout = Duration.ofMinutes(10);

        private Duration maxLifetime = Duration.ofMinutes(30);

        private Duration healthCheckInterval = Duration.ZERO;

        private Duration leakDetectionThreshold = Duration.ZERO;

        private Duration shutdownTimeout = Duration.ofSeconds(5);

        private boolean ssl;

        private SSLContext sslContext;

        private boolean verifyHostname = true;

        private int retryAttempts = 1;

        private boolean retryOnTimeout;

        private String sentinelMaster;

        private List<String> sentinelNodes = List.of();

        private String sentinelUsername;

        private String sentinelPassword;

        private List<String> clusterNodes;

        private int clusterMaxRedirects = ClusterConfig.DEFAULT_MAX_REDIRECTS;

        private Duration clusterTopologyRefresh = ClusterConfig.DEFAULT_TOPOLOGY_REFRESH;

        private ReadFrom readFrom = ReadFrom.MASTER;

        private int multiplexedConnections;

        private int protocol = ConnectionConfig.DEFAULT_PROTOCOL;

        private Builder() {
        }

        /**
         * A {@code redis://} or {@code unix://} URL; it wins over host, port, database,
         * username and password.
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Connects to a unix domain socket instead of TCP. */
        public Builder unixSocket(Path unixSocket) {
            this.unixSocket = unixSocket;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder database(int database) {
            this.database = database;
            return this;
        }

        public Builder clientName(String clientName) {
            this.clientName = clientName;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder socketTimeout(Duration socketTimeout) {
            this.socketTimeout = socketTimeout;
            return this;
        }

        public Builder tcpNoDelay(boolean tcpNoDelay) {
            this.tcpNoDelay = tcpNoDelay;
            return this;
        }

        public Builder keepAlive(KeepAlive keepAlive) {
            this.keepAlive = keepAlive;
            return this;
        }

        public Builder charset(Charset charset) {
            this.charset = charset;
            return this;
        }

        public Builder limits(RespLimits limits) {
            this.limits = limits;
            return this;
        }

        public Builder poolName(String poolName) {
            this.poolName = poolName;
            return this;
        }

        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * How long a caller waits for a free connection when every one is in use, 2s by
         * default; then, or at once with zero, it is refused with "Too many connections".
         */
        public Builder maxWait(Duration maxWait) {
            this.maxWait = maxWait;
            return this;
        }

        public Builder minIdle(int minIdle) {
            this.minIdle = minIdle;
            return this;
        }

        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
            return this;
        }

        public Builder maxLifetime(Duration maxLifetime) {
            this.maxLifetime = maxLifetime;
            return this;
        }

        public Builder healthCheckInterval(Duration healthCheckInterval) {
            this.healthCheckInterval = healthCheckInterval;
            return this;
        }

        public Builder leakDetectionThreshold(Duration leakDetectionThreshold) {
            this.leakDetectionThreshold = leakDetectionThreshold;
            return this;
        }

        public Builder shutdownTimeout(Duration shutdownTimeout) {
            this.shutdownTimeout = shutdownTimeout;
            return this;
        }

        /** Speaks TLS; a {@code rediss://} URL turns it on too. */
        public Builder ssl(boolean ssl) {
            this.ssl = ssl;
            return this;
        }

        /**
         * The SSL context for TLS: trust, and any client certificate; the JVM's default
         * if unset.
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /**
         * Whether the server's certificate must name the host; on by default, off is
         * logged.
         */
        public Builder verifyHostname(boolean verifyHostname) {
            this.verifyHostname = verifyHostname;
            return this;
        }

        public Builder retryAttempts(int retryAttempts) {
            this.retryAttempts = retryAttempts;
            return this;
        }

        public Builder retryOnTimeout(boolean retryOnTimeout) {
            this.retryOnTimeout = retryOnTimeout;
            return this;
        }

        /**
         * The name the sentinels monitor the master by: the client then asks the
         * {@linkplain #sentinelNodes sentinels} for the master's address and follows its
         * failovers, and host, port and unix socket are not used.
         */
        public Builder sentinelMaster(String sentinelMaster) {
            this.sentinelMaster = sentinelMaster;
            return this;
        }

        /** The sentinels as {@code host:port}, asked in this order. */
        public Builder sentinelNodes(List<String> sentinelNodes) {
            this.sentinelNodes = (sentinelNodes != null) ? new ArrayList<>(sentinelNodes) : List.of();
            return this;
        }

        /** The ACL user for AUTH on the sentinels, apart from the master's username. */
        public Builder sentinelUsername(String sentinelUsername) {
            this.sentinelUsername = sentinelUsername;
            return this;
        }

        /** The password for AUTH on the sentinels, apart from the master's password. */
        public Builder sentinelPassword(String sentinelPassword) {
            this.sentinelPassword = sentinelPassword;
            return this;
        }

        private SentinelConfig sentinel() {
            if (this.sentinelMaster == null) {
                if (!this.sentinelNodes.isEmpty()) {
                    throw InvalidSettingException.conflict("sentinel.master", null,
                            "must name the master the sentinels monitor when 'sentinel.nodes' is set",
                            "sentinel.nodes");
                }
                return null;
            }
            if (this.url != null || this.unixSocket != null) {
                String other = (this.url != null) ? "url" : "unix-socket";
                throw InvalidSettingException.conflict("sentinel.master", this.sentinelMaster,
                        "must not be set with '" + other
                                + "': with Sentinel the master's address comes from the sentinels; set 'password' and"
                                + " 'database' instead",
                        other);
            }
            return new SentinelConfig(this.sentinelMaster, SentinelConfig.parseNodes(this.sentinelNodes),
                    this.sentinelUsername, this.sentinelPassword);
        }

        /**
         * Connects to a Redis Cluster through these nodes, {@code host:port} or
         * {@code redis://} URLs; one reachable node is enough to find the rest. It
         * replaces host, port and url; credentials of a URL apply when none are set.
         */
        public Builder clusterNodes(List<String> clusterNodes) {
            this.clusterNodes = clusterNodes;
            return this;
        }

        /** How many MOVED, ASK, TRYAGAIN and CLUSTERDOWN replies one command follows. */
        public Builder clusterMaxRedirects(int clusterMaxRedirects) {
            this.clusterMaxRedirects = clusterMaxRedirects;
            return this;
        }

        /**
         * How often the cluster's slot map is read again in the background; zero never.
         */
        public Builder clusterTopologyRefreshPeriod(Duration clusterTopologyRefreshPeriod) {
            this.clusterTopologyRefresh = clusterTopologyRefreshPeriod;
            return this;
        }

        /** Which cluster nodes serve read-only commands; masters only by default. */
        public Builder clusterReadFrom(ReadFrom clusterReadFrom) {
            this.readFrom = clusterReadFrom;
            return this;
        }

        /**
         * Turns the multiplexed mode on: commands that leave their connection as they
         * found it share this many connections, written together and answered in order;
         * zero (the default) borrows a pooled connection per command.
         */
        public Builder multiplexedConnections(int multiplexedConnections) {
            this.multiplexedConnections = multiplexedConnections;
            return this;
        }

        /**
         * The RESP version to speak: 2 (the default) or 3, which sends HELLO 3 in the
         * handshake; a URL's {@code ?protocol=} wins.
         */
        public Builder protocol(int protocol) {
            this.protocol = protocol;
            return this;
        }

        /**
         * Validates the settings and builds the configuration.
         * @return the configuration
         * @throws InvalidSettingException naming the first setting with a bad value, or
         * settings that contradict each other
         */
        public RedisClientConfig build() {
            if (this.clusterNodes != null && !this.clusterNodes.isEmpty()) {
                return buildCluster();
            }
            ConnectionConfig connection = (this.url != null) ? connectionFromUrl()
                    : connection(endpoint(), this.username, this.password, this.database, this.ssl, this.protocol);
            PoolConfig pool = new PoolConfig(this.poolName, this.maxConnections, this.maxWait, this.minIdle,
                    this.idleTimeout, this.maxLifetime, this.healthCheckInterval, this.leakDetectionThreshold,
                    this.shutdownTimeout);
            return new RedisClientConfig(connection, pool, new RetryPolicy(this.retryAttempts, this.retryOnTimeout),
                    sentinel(), null, new MultiplexConfig(this.multiplexedConnections));
        }

        private RedisClientConfig buildCluster() {
            if (this.url != null || this.unixSocket != null) {
                String other = (this.url != null) ? "url" : "unix-socket";
                throw InvalidSettingException.conflict("cluster.nodes", null,
                        "must not be set with '" + other + "': a cluster is reached through its nodes alone", other);
            }
            if (this.sentinelMaster != null) {
                throw InvalidSettingException.conflict("cluster.nodes", null,
                        "must not be set with 'sentinel.master': a client follows a cluster or a Sentinel-managed"
                                + " master, not both",
                        "sentinel.master");
            }
            if (this.multiplexedConnections != 0) {
                throw InvalidSettingException.conflict("multiplexed-connections", this.multiplexedConnections,
                        "must be 0 with 'cluster.nodes': the multiplexed mode shares connections to one server",
                        "cluster.nodes");
            }
            if (this.database != 0) {
                throw InvalidSettingException.conflict("database", this.database,
                        "must be 0 with 'cluster.nodes': a cluster has database 0 only", "cluster.nodes");
            }
            List<Endpoint.Tcp> seeds = new ArrayList<>();
            String user = this.username;
            String secret = this.password;
            boolean tls = this.ssl;
            for (String node : this.clusterNodes) {
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
            ClusterConfig cluster = new ClusterConfig(seeds, this.clusterMaxRedirects, this.clusterTopologyRefresh,
                    this.readFrom);
            PoolConfig pool = new PoolConfig(this.poolName, this.maxConnections, this.maxWait, this.minIdle,
                    this.idleTimeout, this.maxLifetime, this.healthCheckInterval, this.leakDetectionThreshold,
                    this.shutdownTimeout);
            return new RedisClientConfig(connection(seeds.get(0), user, secret, 0, tls, this.protocol), pool,
                    new RetryPolicy(this.retryAttempts, this.retryOnTimeout), null, cluster, MultiplexConfig.OFF);
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
            throw InvalidSettingException.invalid("cluster.nodes", node,
                    "entries must be host:port or redis://host:port");
        }

        private ConnectionConfig connectionFromUrl() {
            if (this.unixSocket != null) {
                throw InvalidSettingException.conflict("url", null,
                        "and 'unix-socket' are both set; set only one of them", "unix-socket");
            }
            RedisUrl parsed = RedisUrl.parse(this.url);
            return connection(parsed.endpoint(), parsed.username(), parsed.password(), parsed.database(),
                    this.ssl || parsed.tls(), (parsed.protocol() != 0) ? parsed.protocol() : this.protocol);
        }

        private Endpoint endpoint() {
            if (this.unixSocket != null) {
                return new Endpoint.UnixSocket(this.unixSocket);
            }
            if (this.host == null || this.host.isBlank()) {
                throw InvalidSettingException.invalid("host", this.host, "must not be empty");
            }
            if (this.port < 1 || this.port > 65535) {
                throw InvalidSettingException.invalid("port", this.port, "must be between 1 and 65535");
            }
            return new Endpoint.Tcp(this.host, this.port);
        }

        private ConnectionConfig connection(Endpoint endpoint, String user, String secret, int db, boolean tls,
                int resp) {
            if (user != null && secret == null) {
                throw InvalidSettingException.conflict("username", null,
                        "is set but 'password' is not; ACL users need both", "password");
            }
            return new ConnectionConfig(endpoint, this.connectTimeout, this.socketTimeout, this.tcpNoDelay,
                    Objects.requireNonNull(this.keepAlive, "keepAlive"), user, secret, db, this.clientName,
                    Objects.requireNonNull(this.charset, "charset"), Objects.requireNonNull(this.limits, "limits"),
                    tls ? tlsOptions() : null, resp);
        }

        private TlsOptions tlsOptions() {
            if (this.sslContext != null) {
                return new TlsOptions(this.sslContext, this.verifyHostname);
            }
            try {
                return new TlsOptions(SSLContext.getDefault(), this.verifyHostname);
            }
            catch (NoSuchAlgorithmException ex) {
                throw InvalidSettingException.invalid("ssl", null,
                        "is on but this JVM has no default SSL context; set one with sslContext(...)", ex);
            }
        }

    }
}
