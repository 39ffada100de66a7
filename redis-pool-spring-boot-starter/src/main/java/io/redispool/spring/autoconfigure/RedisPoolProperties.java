package io.redispool.spring.autoconfigure;

import io.redispool.cache.ClientSideCacheConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for redis-pool, bound from {@code redis.pool.*}.
 *
 * <p>
 * Defaults match the core's, so an unset property and the core's default never disagree.
 * Values are checked once, when the client's configuration is built, by the core.
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
    private final Keepalive keepalive = new Keepalive();

    /**
     * Maximum number of connections open at once.
     */
    private int maxConnections = 32;

    /**
     * How long a caller waits for a free connection, 0 to refuse at once with "Too many
     * connections".
     */
    private Duration maxWait = Duration.ofSeconds(0);

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
     * A local redis-server for development, started when nothing answers at the
     * configured address.
     */
    private final DevServer devServer = new DevServer();

    private final Ssl ssl = new Ssl();

    private final Limits limits = new Limits();

    /**
     * Spring's cache abstraction backed by the pool, for applications
     * with @EnableCaching.
     */
    private final Cache cache = new Cache();

    /**
     * RESP version to speak: 2, or 3 to send HELLO 3 in the handshake (needs Redis 6.0 or
     * later).
     */
    private int protocol = 2;

    /**
     * A local cache of read replies kept fresh by the server's invalidations; needs
     * protocol 3.
     */
    private final ClientSideCache clientSideCache = new ClientSideCache();

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

    public Keepalive getKeepalive() {
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

    public DevServer getDevServer() {
        return this.devServer;
    }

    public Ssl getSsl() {
        return this.ssl;
    }

    public Limits getLimits() {
        return this.limits;
    }

    public Cache getCache() {
        return this.cache;
    }

    public int getProtocol() {
        return this.protocol;
    }

    public void setProtocol(int protocol) {
        this.protocol = protocol;
    }

    public ClientSideCache getClientSideCache() {
        return this.clientSideCache;
    }

    /**
     * Client-side caching (CLIENT TRACKING over RESP3).
     */
    public static class ClientSideCache {

        /**
         * Whether to start a client-side cache over the client; needs protocol 3.
         */
        private boolean enabled = false;

        /**
         * Most replies held; the least recently used go first.
         */
        private int maxEntries = 10000;

        /**
         * Longest time a reply is served without an invalidation, 0 for no bound.
         */
        private Duration timeToLive = Duration.ofMinutes(1);

        /**
         * How the server tracks cached keys: default (the keys this client read) or
         * broadcast (every key with one of the prefixes).
         */
        private ClientSideCacheConfig.TrackingMode mode = ClientSideCacheConfig.TrackingMode.DEFAULT;

        /**
         * Key prefixes tracked and cached in broadcast mode; none for every key.
         */
        private List<String> prefixes = new ArrayList<>();

        /**
         * How often the invalidation connection proves it is alive.
         */
        private Duration heartbeat = Duration.ofSeconds(1);

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getMaxEntries() {
            return this.maxEntries;
        }

        public void setMaxEntries(int maxEntries) {
            this.maxEntries = maxEntries;
        }

        public Duration getTimeToLive() {
            return this.timeToLive;
        }

        public void setTimeToLive(Duration timeToLive) {
            this.timeToLive = timeToLive;
        }

        public ClientSideCacheConfig.TrackingMode getMode() {
            return this.mode;
        }

        public void setMode(ClientSideCacheConfig.TrackingMode mode) {
            this.mode = mode;
        }

        public List<String> getPrefixes() {
            return this.prefixes;
        }

        public void setPrefixes(List<String> prefixes) {
            this.prefixes = prefixes;
        }

        public Duration getHeartbeat() {
            return this.heartbeat;
        }

        public void setHeartbeat(Duration heartbeat) {
            this.heartbeat = heartbeat;
        }

        /**
         * The core's settings from these properties.
         * @return the settings, validated
         */
        public ClientSideCacheConfig toConfig() {
            return new ClientSideCacheConfig(this.maxEntries, this.timeToLive, this.mode, this.prefixes,
                    this.heartbeat);
        }

    }

    /**
     * TCP keepalive timings; each needs {@code socket-keepalive} and takes whole seconds.
     */
    public static class Keepalive {

        /**
         * Idle time before the first keepalive probe (TCP_KEEPIDLE), in seconds when no
         * unit is given.
         */
        @DurationUnit(ChronoUnit.SECONDS)
        private Duration idle;

        /**
         * Time between keepalive probes (TCP_KEEPINTVL), in seconds when no unit is
         * given.
         */
        @DurationUnit(ChronoUnit.SECONDS)
        private Duration interval;

        /**
         * Number of unanswered keepalive probes before the connection is dropped
         * (TCP_KEEPCNT).
         */
        private Integer count;

        public Duration getIdle() {
            return this.idle;
        }

        public void setIdle(Duration idle) {
            this.idle = idle;
        }

        public Duration getInterval() {
            return this.interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public Integer getCount() {
            return this.count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }

    }

    /**
     * A redis-server started for the application's lifetime, for development only.
     */
    public static class DevServer {

        /**
         * Whether to start a local redis-server for the application's lifetime when
         * nothing answers at the configured address; needs redis-pool-testing on the
         * class path.
         */
        private boolean enabled = false;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

    }

    /**
     * TLS to the server.
     */
    public static class Ssl {

        /**
         * Whether to speak TLS; on when 'bundle' is set or the url starts with rediss://.
         */
        private Boolean enabled;

        /**
         * Name of the SSL bundle (spring.ssl.bundle.*) holding the trust store and any
         * client certificate; the JVM's default trust when not set.
         */
        private String bundle;

        /**
         * Whether the server's certificate must name the host connected to.
         */
        private boolean verifyHostname = true;

        public Boolean getEnabled() {
            return this.enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Whether TLS is on: explicitly, or because a bundle is named.
         * @return {@code true} if the client should speak TLS
         */
        public boolean isEnabled() {
            return (this.enabled != null) ? this.enabled : this.bundle != null;
        }

        public String getBundle() {
            return this.bundle;
        }

        public void setBundle(String bundle) {
            this.bundle = bundle;
        }

        public boolean isVerifyHostname() {
            return this.verifyHostname;
        }

        public void setVerifyHostname(boolean verifyHostname) {
            this.verifyHostname = verifyHostname;
        }

    }

    /**
     * Bounds on what a server's reply may claim; a reply beyond one is a protocol error
     * and its connection is closed. Lower them when the server is not trusted.
     */
    public static class Limits {

        /**
         * Largest bulk string accepted, as the server's proto-max-bulk-len.
         */
        private DataSize maxBulkLength = DataSize.ofMegabytes(512);

        /**
         * Largest number of elements accepted in one array reply.
         */
        private int maxArrayLength = 134217728;

        /**
         * How deeply array replies may nest.
         */
        private int maxNestingDepth = 32;

        /**
         * Longest status, error or length line accepted.
         */
        private DataSize maxLineLength = DataSize.ofKilobytes(64);

        public DataSize getMaxBulkLength() {
            return this.maxBulkLength;
        }

        public void setMaxBulkLength(DataSize maxBulkLength) {
            this.maxBulkLength = maxBulkLength;
        }

        public int getMaxArrayLength() {
            return this.maxArrayLength;
        }

        public void setMaxArrayLength(int maxArrayLength) {
            this.maxArrayLength = maxArrayLength;
        }

        public int getMaxNestingDepth() {
            return this.maxNestingDepth;
        }

        public void setMaxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = maxNestingDepth;
        }

        public DataSize getMaxLineLength() {
            return this.maxLineLength;
        }

        public void setMaxLineLength(DataSize maxLineLength) {
            this.maxLineLength = maxLineLength;
        }

    }

    /**
     * The cache manager for @EnableCaching, mirroring spring.cache.redis.*; entries are
     * written as Spring Data Redis's RedisCacheManager writes them.
     */
    public static class Cache {

        /**
         * Entry expiration, 0 for entries that never expire.
         */
        private Duration timeToLive = Duration.ofSeconds(0);

        /**
         * Whether to cache null values.
         */
        private boolean cacheNullValues = true;

        /**
         * Key prefix written before the cache name.
         */
        private String keyPrefix;

        /**
         * Whether keys start with the key prefix and the cache name; false writes keys as
         * they are, shared by every cache.
         */
        private boolean useKeyPrefix = true;

        /**
         * Cache names created at startup, so that they are metered from the start; others
         * are created on first use.
         */
        private List<String> cacheNames = new ArrayList<>();

        /**
         * Whether to count gets, puts and evictions for the cache meters.
         */
        private boolean enableStatistics = false;

        /**
         * How long a @Cacheable(sync = true) computation may hold its lock before another
         * instance may compute the same entry.
         */
        private Duration lockTimeout = Duration.ofSeconds(10);

        public Duration getTimeToLive() {
            return this.timeToLive;
        }

        public void setTimeToLive(Duration timeToLive) {
            this.timeToLive = timeToLive;
        }

        public boolean isCacheNullValues() {
            return this.cacheNullValues;
        }

        public void setCacheNullValues(boolean cacheNullValues) {
            this.cacheNullValues = cacheNullValues;
        }

        public String getKeyPrefix() {
            return this.keyPrefix;
        }

        public void setKeyPrefix(String keyPrefix) {
            this.keyPrefix = keyPrefix;
        }

        public boolean isUseKeyPrefix() {
            return this.useKeyPrefix;
        }

        public void setUseKeyPrefix(boolean useKeyPrefix) {
            this.useKeyPrefix = useKeyPrefix;
        }

        public List<String> getCacheNames() {
            return this.cacheNames;
        }

        public void setCacheNames(List<String> cacheNames) {
            this.cacheNames = cacheNames;
        }

        public boolean isEnableStatistics() {
            return this.enableStatistics;
        }

        public void setEnableStatistics(boolean enableStatistics) {
            this.enableStatistics = enableStatistics;
        }

        public Duration getLockTimeout() {
            return this.lockTimeout;
        }

        public void setLockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
        }

    }

}
