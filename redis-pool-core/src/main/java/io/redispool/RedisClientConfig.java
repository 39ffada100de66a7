package io.redispool;

import io.redispool.cluster.ClusterConfig;
import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.KeepAlive;
import io.redispool.execution.RetryPolicy;
import io.redispool.multiplex.MultiplexConfig;
import io.redispool.pool.PoolConfig;
import io.redispool.protocol.RespLimits;
import io.redispool.sentinel.SentinelConfig;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
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

        private final ConnectionSettings connection = new ConnectionSettings();

        private final SentinelSettings sentinel = new SentinelSettings();

        private final ClusterSettings cluster = new ClusterSettings();

        private String poolName = "redis-pool";

        private int maxConnections = 32;

        private Duration maxWait = Duration.ofSeconds(2);

        private int minIdle;

        private Duration idleTimeout = Duration.ofMinutes(10);

        private Duration maxLifetime = Duration.ofMinutes(30);

        private Duration healthCheckInterval = Duration.ZERO;

        private Duration leakDetectionThreshold = Duration.ZERO;

        private Duration shutdownTimeout = Duration.ofSeconds(5);

        private int retryAttempts = 1;

        private boolean retryOnTimeout;

        private int multiplexedConnections;

        private Builder() {
        }

        /**
         * A {@code redis://} or {@code unix://} URL; it wins over host, port, database,
         * username and password.
         */
        public Builder url(String url) {
            this.connection.url = url;
            return this;
        }

        /** The server's host name or IP address; localhost by default. */
        public Builder host(String host) {
            this.connection.host = host;
            return this;
        }

        /** The server's TCP port; 6379 by default. */
        public Builder port(int port) {
            this.connection.port = port;
            return this;
        }

        /** Connects to a unix domain socket instead of TCP. */
        public Builder unixSocket(Path unixSocket) {
            this.connection.unixSocket = unixSocket;
            return this;
        }

        /** The ACL user for AUTH; needs a password too. */
        public Builder username(String username) {
            this.connection.username = username;
            return this;
        }

        /** The password for AUTH; never shown in logs or {@code toString()}. */
        public Builder password(String password) {
            this.connection.password = password;
            return this;
        }

        /** The database each connection SELECTs; 0 by default. */
        public Builder database(int database) {
            this.connection.database = database;
            return this;
        }

        /** The name each connection gives itself with CLIENT SETNAME. */
        public Builder clientName(String clientName) {
            this.connection.clientName = clientName;
            return this;
        }

        /** How long opening a connection may take; 2s by default. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connection.connectTimeout = connectTimeout;
            return this;
        }

        /** How long a reply may take; 2s by default. */
        public Builder socketTimeout(Duration socketTimeout) {
            this.connection.socketTimeout = socketTimeout;
            return this;
        }

        /** Whether small writes go out at once (TCP_NODELAY); on by default. */
        public Builder tcpNoDelay(boolean tcpNoDelay) {
            this.connection.tcpNoDelay = tcpNoDelay;
            return this;
        }

        /** TCP keepalive and its timings; the system's by default. */
        public Builder keepAlive(KeepAlive keepAlive) {
            this.connection.keepAlive = keepAlive;
            return this;
        }

        /** How String keys and values are encoded; UTF-8 by default. */
        public Builder charset(Charset charset) {
            this.connection.charset = charset;
            return this;
        }

        /** The most a reply may claim before anything is allocated. */
        public Builder limits(RespLimits limits) {
            this.connection.limits = limits;
            return this;
        }

        /** The pool's name in logs, threads and meters; redis-pool by default. */
        public Builder poolName(String poolName) {
            this.poolName = poolName;
            return this;
        }

        /** The most connections the pool opens at once; 32 by default. */
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

        /** How many idle connections the pool keeps open; none by default. */
        public Builder minIdle(int minIdle) {
            this.minIdle = minIdle;
            return this;
        }

        /** How long a connection may sit idle before it is closed; 10min by default. */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
            return this;
        }

        /** How long a connection may live before it is replaced; 30min by default. */
        public Builder maxLifetime(Duration maxLifetime) {
            this.maxLifetime = maxLifetime;
            return this;
        }

        /** Idle time after which a connection is PINGed before use; zero never. */
        public Builder healthCheckInterval(Duration healthCheckInterval) {
            this.healthCheckInterval = healthCheckInterval;
            return this;
        }

        /**
         * How long a borrowed connection may be held before a leak is logged; zero never.
         */
        public Builder leakDetectionThreshold(Duration leakDetectionThreshold) {
            this.leakDetectionThreshold = leakDetectionThreshold;
            return this;
        }

        /** How long closing waits for connections in use; 5s by default. */
        public Builder shutdownTimeout(Duration shutdownTimeout) {
            this.shutdownTimeout = shutdownTimeout;
            return this;
        }

        /** Speaks TLS; a {@code rediss://} URL turns it on too. */
        public Builder ssl(boolean ssl) {
            this.connection.ssl = ssl;
            return this;
        }

        /**
         * The SSL context for TLS: trust, and any client certificate; the JVM's default
         * if unset.
         */
        public Builder sslContext(SSLContext sslContext) {
            this.connection.sslContext = sslContext;
            return this;
        }

        /**
         * Whether the server's certificate must name the host; on by default, off is
         * logged.
         */
        public Builder verifyHostname(boolean verifyHostname) {
            this.connection.verifyHostname = verifyHostname;
            return this;
        }

        /**
         * How many times a command failed by a connection error is sent again; 1 by
         * default.
         */
        public Builder retryAttempts(int retryAttempts) {
            this.retryAttempts = retryAttempts;
            return this;
        }

        /** Whether read-only commands that timed out are retried too; off by default. */
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
            this.sentinel.master = sentinelMaster;
            return this;
        }

        /** The sentinels as {@code host:port}, asked in this order. */
        public Builder sentinelNodes(List<String> sentinelNodes) {
            this.sentinel.nodes = (sentinelNodes != null) ? new ArrayList<>(sentinelNodes) : List.of();
            return this;
        }

        /** The ACL user for AUTH on the sentinels, apart from the master's username. */
        public Builder sentinelUsername(String sentinelUsername) {
            this.sentinel.username = sentinelUsername;
            return this;
        }

        /** The password for AUTH on the sentinels, apart from the master's password. */
        public Builder sentinelPassword(String sentinelPassword) {
            this.sentinel.password = sentinelPassword;
            return this;
        }

        /**
         * Which servers serve read-only commands behind Sentinel: the master only (the
         * default), or the master's healthy replicas in turn; needs
         * {@link #sentinelMaster}.
         */
        public Builder sentinelReadFrom(ReadFrom sentinelReadFrom) {
            this.sentinel.readFrom = sentinelReadFrom;
            return this;
        }

        /**
         * Connects to a Redis Cluster through these nodes, {@code host:port} or
         * {@code redis://} URLs; one reachable node is enough to find the rest. It
         * replaces host, port and url; credentials of a URL apply when none are set.
         */
        public Builder clusterNodes(List<String> clusterNodes) {
            this.cluster.nodes = clusterNodes;
            return this;
        }

        /** How many MOVED, ASK, TRYAGAIN and CLUSTERDOWN replies one command follows. */
        public Builder clusterMaxRedirects(int clusterMaxRedirects) {
            this.cluster.maxRedirects = clusterMaxRedirects;
            return this;
        }

        /**
         * How often the cluster's slot map is read again in the background; zero never.
         */
        public Builder clusterTopologyRefreshPeriod(Duration clusterTopologyRefreshPeriod) {
            this.cluster.topologyRefresh = clusterTopologyRefreshPeriod;
            return this;
        }

        /** Which cluster nodes serve read-only commands; masters only by default. */
        public Builder clusterReadFrom(ReadFrom clusterReadFrom) {
            this.cluster.readFrom = clusterReadFrom;
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
            this.connection.protocol = protocol;
            return this;
        }

        /**
         * Validates the settings and builds the configuration.
         * @return the configuration
         * @throws InvalidSettingException naming the first setting with a bad value, or
         * settings that contradict each other
         */
        public RedisClientConfig build() {
            PoolConfig pool = new PoolConfig(this.poolName, this.maxConnections, this.maxWait, this.minIdle,
                    this.idleTimeout, this.maxLifetime, this.healthCheckInterval, this.leakDetectionThreshold,
                    this.shutdownTimeout);
            RetryPolicy retry = new RetryPolicy(this.retryAttempts, this.retryOnTimeout);
            if (this.cluster.isSet()) {
                return this.cluster.build(this.connection, pool, retry, this.sentinel, this.multiplexedConnections);
            }
            this.cluster.checkUnused();
            ConnectionConfig standalone = this.connection.standalone();
            return new RedisClientConfig(standalone, pool, retry,
                    this.sentinel.build(this.connection, this.multiplexedConnections), null,
                    new MultiplexConfig(this.multiplexedConnections));
        }

    }
}
