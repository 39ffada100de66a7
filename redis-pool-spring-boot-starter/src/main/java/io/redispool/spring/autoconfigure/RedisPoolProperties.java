package io.redispool.spring.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;

import io.redispool.spring.sentinel.SentinelProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Configuration properties for redis-pool, bound from {@code redis.pool.*}.
 *
 * <p>
 * Defaults match the core's, so an unset property and the core's default never disagree
 * ({@code SettingsConsistencyTests} proves it). Values are checked once, when the
 * client's configuration is built, by the core.
 *
 * <p>
 * Each group of properties ({@code ssl.*}, {@code limits.*}, ...) is a class of its own,
 * held here by one final field marked {@link NestedConfigurationProperty} and its getter:
 * a new group adds a file and those few lines.
 */
@ConfigurationProperties("redis.pool")
public class RedisPoolProperties {

    /**
     * Whether to auto-configure the Redis client, its health indicator and its metrics.
     */
    private boolean enabled = true;

    /**
     * Redis URL (redis://, rediss:// or unix://), which wins over host, port, database,
     * username and password.
     */
    private String url;

    /**
     * Redis server host.
     */
    private String host = "localhost";

    /**
     * Redis server port.
     */
    private int port = 6379;

    /**
     * Path of a unix domain socket to connect to instead of TCP.
     */
    private Path unixSocket;

    /**
     * Database index selected on each new connection.
     */
    private int database = 0;

    /**
     * ACL username for AUTH, which also needs a password.
     */
    private String username;

    /**
     * Password for AUTH.
     */
    private String password;

    /**
     * Name set with CLIENT SETNAME on each new connection.
     */
    private String clientName;

    /**
     * Timeout for opening a connection, 0 to wait forever.
     */
    private Duration connectTimeout = Duration.ofSeconds(2);

    /**
     * Timeout for reading a reply, 0 to wait forever.
     */
    private Duration socketTimeout = Duration.ofSeconds(2);

    /**
     * Whether to set TCP_NODELAY on each connection.
     */
    private boolean tcpNoDelay = true;

    /**
     * Whether to set SO_KEEPALIVE on each connection.
     */
    private boolean socketKeepalive = true;

    /**
     * TCP keepalive timings, the operating system's defaults when unset.
     */
    @NestedConfigurationProperty
    private final RedisPoolKeepaliveProperties keepalive = new RedisPoolKeepaliveProperties();

    /**
     * Maximum number of connections open at once.
     */
    private int maxConnections = 32;

    /**
     * How long a caller waits for a free connection before it is refused with "Too many
     * connections", 0 to refuse at once.
     */
    private Duration maxWait = Duration.ofSeconds(2);

    /**
     * Number of connections kept open and idle, ready for a burst.
     */
    private int minIdle = 0;

    /**
     * How long a connection may stay idle before it is closed, 0 to keep it.
     */
    private Duration idleTimeout = Duration.ofMinutes(10);

    /**
     * How old a connection may grow before it is replaced, 0 to keep it.
     */
    private Duration maxLifetime = Duration.ofMinutes(30);

    /**
     * Idle time after which a connection is PINGed before it is handed out, 0 to never
     * check.
     */
    private Duration healthCheckInterval = Duration.ofSeconds(0);

    /**
     * Hold time after which a warning logs the borrower's stack, 0 to never warn.
     */
    private Duration leakDetectionThreshold = Duration.ofSeconds(0);

    /**
     * How long closing the client waits for connections in use to come back.
     */
    private Duration shutdownTimeout = Duration.ofSeconds(5);

    /**
     * How many times a failed command is sent again after a connection error, 0 to never
     * retry.
     */
    private int retryAttempts = 1;

    /**
     * Whether read-only commands are also retried after a read timeout.
     */
    private boolean retryOnTimeout = false;

    /**
     * How many connections the commands of many threads share, written together and
     * answered in order; 0 borrows a pooled connection per command.
     */
    private int multiplexedConnections = 0;

    /**
     * A local redis-server for development, started when nothing answers at the
     * configured address.
     */
    @NestedConfigurationProperty
    private final RedisPoolDevServerProperties devServer = new RedisPoolDevServerProperties();

    @NestedConfigurationProperty
    private final RedisPoolSslProperties ssl = new RedisPoolSslProperties();

    @NestedConfigurationProperty
    private final RedisPoolLimitsProperties limits = new RedisPoolLimitsProperties();

    /**
     * Spring's cache abstraction backed by the pool, for applications
     * with @EnableCaching.
     */
    @NestedConfigurationProperty
    private final RedisPoolCacheProperties cache = new RedisPoolCacheProperties();

    /**
     * Redis Sentinel: the master's name, the sentinels and their credentials.
     */
    @NestedConfigurationProperty
    private final SentinelProperties sentinel = new SentinelProperties();

    /**
     * A Redis Cluster to connect to instead of host and port.
     */
    @NestedConfigurationProperty
    private final RedisPoolClusterProperties cluster = new RedisPoolClusterProperties();

    /**
     * RESP version to speak: 2, or 3 to send HELLO 3 in the handshake (needs Redis 6.0 or
     * later).
     */
    private int protocol = 2;

    /**
     * A local cache of read replies kept fresh by the server's invalidations; needs
     * protocol 3.
     */
    @NestedConfigurationProperty
    private final RedisPoolClientSideCacheProperties clientSideCache = new RedisPoolClientSideCacheProperties();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getUrl() {
        return this.url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getHost() {
        return this.host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return this.port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public Path getUnixSocket() {
        return this.unixSocket;
    }

    public void setUnixSocket(Path unixSocket) {
        this.unixSocket = unixSocket;
    }

    public int getDatabase() {
        return this.database;
    }

    public void setDatabase(int database) {
        this.database = database;
    }

    public String getUsername() {
        return this.username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return this.password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getClientName() {
        return this.clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    public Duration getConnectTimeout() {
        return this.connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getSocketTimeout() {
        return this.socketTimeout;
    }

    public void setSocketTimeout(Duration socketTimeout) {
        this.socketTimeout = socketTimeout;
    }

    public boolean isTcpNoDelay() {
        return this.tcpNoDelay;
    }

    public void setTcpNoDelay(boolean tcpNoDelay) {
        this.tcpNoDelay = tcpNoDelay;
    }

    public boolean isSocketKeepalive() {
        return this.socketKeepalive;
    }

    public void setSocketKeepalive(boolean socketKeepalive) {
        this.socketKeepalive = socketKeepalive;
    }

    public RedisPoolKeepaliveProperties getKeepalive() {
        return this.keepalive;
    }

    public int getMaxConnections() {
        return this.maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Duration getMaxWait() {
        return this.maxWait;
    }

    public void setMaxWait(Duration maxWait) {
        this.maxWait = maxWait;
    }

    public int getMinIdle() {
        return this.minIdle;
    }

    public void setMinIdle(int minIdle) {
        this.minIdle = minIdle;
    }

    public Duration getIdleTimeout() {
        return this.idleTimeout;
    }

    public void setIdleTimeout(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    public Duration getMaxLifetime() {
        return this.maxLifetime;
    }

    public void setMaxLifetime(Duration maxLifetime) {
        this.maxLifetime = maxLifetime;
    }

    public Duration getHealthCheckInterval() {
        return this.healthCheckInterval;
    }

    public void setHealthCheckInterval(Duration healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
    }

    public Duration getLeakDetectionThreshold() {
        return this.leakDetectionThreshold;
    }

    public void setLeakDetectionThreshold(Duration leakDetectionThreshold) {
        this.leakDetectionThreshold = leakDetectionThreshold;
    }

    public Duration getShutdownTimeout() {
        return this.shutdownTimeout;
    }

    public void setShutdownTimeout(Duration shutdownTimeout) {
        this.shutdownTimeout = shutdownTimeout;
    }

    public int getRetryAttempts() {
        return this.retryAttempts;
    }

    public void setRetryAttempts(int retryAttempts) {
        this.retryAttempts = retryAttempts;
    }

    public boolean isRetryOnTimeout() {
        return this.retryOnTimeout;
    }

    public void setRetryOnTimeout(boolean retryOnTimeout) {
        this.retryOnTimeout = retryOnTimeout;
    }

    public int getMultiplexedConnections() {
        return this.multiplexedConnections;
    }

    public void setMultiplexedConnections(int multiplexedConnections) {
        this.multiplexedConnections = multiplexedConnections;
    }

    public RedisPoolDevServerProperties getDevServer() {
        return this.devServer;
    }

    public RedisPoolSslProperties getSsl() {
        return this.ssl;
    }

    public RedisPoolLimitsProperties getLimits() {
        return this.limits;
    }

    public RedisPoolCacheProperties getCache() {
        return this.cache;
    }

    public int getProtocol() {
        return this.protocol;
    }

    public void setProtocol(int protocol) {
        this.protocol = protocol;
    }

    public RedisPoolClientSideCacheProperties getClientSideCache() {
        return this.clientSideCache;
    }

    public SentinelProperties getSentinel() {
        return this.sentinel;
    }

    public RedisPoolClusterProperties getCluster() {
        return this.cluster;
    }

}
