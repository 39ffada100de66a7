package io.redispool.spring.autoconfigure;

import io.redispool.spring.autoconfigure.InvalidRedisPoolPropertyException.InvalidProperty;
import java.util.Map;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an {@link InvalidRedisPoolPropertyException}: which property, the value given,
 * where it was given, and how to fix it.
 */
class InvalidRedisPoolPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidRedisPoolPropertyException> {

    private static final String DURATION_FIX = "to 0 or a positive duration such as 500ms, 2s or 10m";

    private static final String SSL_BUNDLE_FIX = "Set 'redis.pool.ssl.bundle' to a bundle defined under "
            + "'spring.ssl.bundle' (for example spring.ssl.bundle.pem.<name>.truststore.certificate), or remove it "
            + "to trust the JVM's default certificates.";

    /** How to fix a property whose value is bad on its own. */
    private static final Map<String, String> VALUE_FIXES = Map.ofEntries(
            Map.entry("url", "Set 'redis.pool.url' to redis://[[username]:password@]host[:port][/database] (rediss:// "
                    + "for TLS) or unix:///path[?db=N], or remove it and set 'redis.pool.host' and 'redis.pool.port' "
                    + "instead."),
            Map.entry("ssl.bundle", SSL_BUNDLE_FIX),
            Map.entry("limits.max-bulk-length",
                    "Set 'redis.pool.limits.max-bulk-length' to a size from 1B to 2GB, "
                            + "or remove it to use 512MB."),
            Map.entry("limits.max-array-length",
                    "Set 'redis.pool.limits.max-array-length' to 1 or more, or remove " + "it to use 134217728."),
            Map.entry("limits.max-nesting-depth",
                    "Set 'redis.pool.limits.max-nesting-depth' to 1 or more, or " + "remove it to use 32."),
            Map.entry("limits.max-line-length",
                    "Set 'redis.pool.limits.max-line-length' to a size from 16B to 2GB, "
                            + "or remove it to use 64KB."),
            Map.entry("host", "Set 'redis.pool.host' to a host name or IP address, or remove it to use localhost."),
            Map.entry("port", "Set 'redis.pool.port' to a TCP port between 1 and 65535, or remove it to use 6379."),
            Map.entry("database", "Set 'redis.pool.database' to 0 or more, or remove it to use database 0."),
            Map.entry("client-name",
                    "Set 'redis.pool.client-name' to a name without spaces or control " + "characters, or remove it."),
            Map.entry("max-connections", "Set 'redis.pool.max-connections' to 1 or more, or remove it to use 32."),
            Map.entry("min-idle",
                    "Set 'redis.pool.min-idle' to a number from 0 up to 'redis.pool.max-connections', "
                            + "or remove it to keep no idle connections."),
            Map.entry("retry-attempts",
                    "Set 'redis.pool.retry-attempts' to 0 (no retries) or more, or remove it " + "to retry once."),
            Map.entry("multiplexed-connections",
                    "Set 'redis.pool.multiplexed-connections' to 1 or 2 to share connections, or to 0 (the default) "
                            + "to borrow a pooled connection per command."),
            Map.entry("keepalive.idle",
                    "Set 'redis.pool.keepalive.idle' to 1s or more, or remove it to keep the "
                            + "operating system's default."),
            Map.entry("keepalive.interval",
                    "Set 'redis.pool.keepalive.interval' to 1s or more, or remove it to "
                            + "keep the operating system's default."),
            Map.entry("keepalive.count",
                    "Set 'redis.pool.keepalive.count' to 1 or more, or remove it to keep the "
                            + "operating system's default."),
            Map.entry("cache.time-to-live",
                    "Set 'redis.pool.cache.time-to-live' to 0 (entries never expire) or a "
                            + "duration of at least 1ms such as 10m, or remove it so that entries never expire."),
            Map.entry("cache.lock-timeout",
                    "Set 'redis.pool.cache.lock-timeout' to a duration of at least 1ms "
                            + "such as 10s, or remove it to use 10s."),
            Map.entry("cache.cache-names",
                    "Set 'redis.pool.cache.cache-names' to names that are not blank, or "
                            + "remove it to create every cache on first use."),
            Map.entry("sentinel.master",
                    "Set 'redis.pool.sentinel.master' to the name the sentinels monitor the master by "
                            + "(sentinel monitor <name> ...), and 'redis.pool.sentinel.nodes' to the sentinels."),
            Map.entry("sentinel.nodes", "Set 'redis.pool.sentinel.nodes' to the sentinels as host:port, such as "
                    + "sentinel-1:26379,sentinel-2:26379, and 'redis.pool.sentinel.master' to the master's name."),
            Map.entry("sentinel.read-from", "Set 'redis.pool.sentinel.read-from' to replica-preferred only with "
                    + "'redis.pool.sentinel.master' and 'redis.pool.multiplexed-connections' 0, or remove it to read "
                    + "from the master."),
            Map.entry("cluster.nodes",
                    "Set 'redis.pool.cluster.nodes' to cluster nodes as host:port or "
                            + "redis://host:port (one reachable node is enough), and remove 'redis.pool.url', "
                            + "'redis.pool.unix-socket', 'redis.pool.database' and 'redis.pool.sentinel.*'."),
            Map.entry("cluster.max-redirects",
                    "Set 'redis.pool.cluster.max-redirects' to 0 or more, or remove it to use 5."),
            Map.entry("cluster.topology-refresh-period",
                    "Set 'redis.pool.cluster.topology-refresh-period' to 0 (refresh on MOVED only) or a duration "
                            + "such as 30s, or remove it to use 30s."),
            Map.entry("cluster.read-from",
                    "Set 'redis.pool.cluster.read-from' to master or replica-preferred, or remove it to read from masters."),
            Map.entry("dev-server.cluster.masters",
                    "Set 'redis.pool.dev-server.cluster.masters' to the number of masters of the dev cluster, such as"
                            + " 3, or remove it to start one redis-server."),
            Map.entry("dev-server.cluster.replicas-per-master",
                    "Set 'redis.pool.dev-server.cluster.replicas-per-master' to 0 or more, or remove it to start"
                            + " masters alone."),
            durationFix("connect-timeout"), durationFix("socket-timeout"), durationFix("max-wait"),
            durationFix("idle-timeout"), durationFix("max-lifetime"), durationFix("health-check-interval"),
            durationFix("leak-detection-threshold"), durationFix("shutdown-timeout"),
            Map.entry("protocol", "Set 'redis.pool.protocol' to 2 (RESP2) or 3 (RESP3), or remove it to use RESP2."),
            Map.entry("client-side-cache.max-entries",
                    "Set 'redis.pool.client-side-cache.max-entries' to 1 or more, or remove it to use 10000."),
            Map.entry("client-side-cache.time-to-live",
                    "Set 'redis.pool.client-side-cache.time-to-live' to 0 (no bound) or a duration such as 1m, "
                            + "or remove it to use 1m."),
            Map.entry("client-side-cache.heartbeat",
                    "Set 'redis.pool.client-side-cache.heartbeat' to 100ms or more, or remove it to use 1s."),
            Map.entry("client-side-cache.mode",
                    "Set 'redis.pool.client-side-cache.mode' to default or broadcast, or remove it to track the "
                            + "keys this client reads."),
            Map.entry("client-side-cache.prefixes",
                    "Set 'redis.pool.client-side-cache.prefixes' to key prefixes that are not empty, with "
                            + "'redis.pool.client-side-cache.mode' broadcast, or remove it."));

    private static final String KEEPALIVE_FIX = "Set 'redis.pool.socket-keepalive' to true, or remove "
            + "'redis.pool.keepalive.idle', 'redis.pool.keepalive.interval' and 'redis.pool.keepalive.count'.";

    /** How to fix properties that contradict each other, by the first one named. */
    private static final Map<String, String> CONTRADICTION_FIXES = Map.of("url",
            "Set only one of 'redis.pool.url' and 'redis.pool.unix-socket'.", "ssl.enabled",
            "Remove 'redis.pool.unix-socket' to connect over TCP, or turn TLS off: remove 'redis.pool.ssl.enabled' "
                    + "and 'redis.pool.ssl.bundle'.",
            "username",
            "Set 'redis.pool.password' as well, or remove 'redis.pool.username' to authenticate as the "
                    + "default user.",
            "min-idle",
            "Lower 'redis.pool.min-idle' to at most 'redis.pool.max-connections', or raise "
                    + "'redis.pool.max-connections'.",
            "cache.key-prefix",
            "Remove 'redis.pool.cache.key-prefix', or set 'redis.pool.cache.use-key-prefix' to "
                    + "true so that keys start with the prefix and the cache name.",
            "keepalive.idle", KEEPALIVE_FIX, "keepalive.interval", KEEPALIVE_FIX, "keepalive.count", KEEPALIVE_FIX,
            "dev-server.cluster.replicas-per-master",
            "Set 'redis.pool.dev-server.cluster.masters' to 1 or more (3 survive a master's loss) to start a dev"
                    + " cluster, or remove 'redis.pool.dev-server.cluster.replicas-per-master' to start one"
                    + " redis-server.",
            "dev-server.enabled",
            "Set 'redis.pool.dev-server.enabled' to false and run the sentinels and their master yourself, or"
                    + " remove 'redis.pool.sentinel.master' (and 'redis.pool.sentinel.nodes') in development to"
                    + " use a dev server of one redis-server or a dev cluster.");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidRedisPoolPropertyException cause) {
        StringBuilder description = new StringBuilder("Invalid redis-pool configuration: ").append(cause.getMessage())
            .append(String.format("%n"));
        for (InvalidProperty property : cause.getProperties()) {
            description.append(String.format("%n    Property: %s%n    Value: %s%n", property.name(),
                    (property.value() != null) ? "\"" + property.value() + "\""
                            : "(not set in the environment: the default or a RedisClientConfigBuilderCustomizer)"));
            if (property.origin() != null) {
                description.append(String.format("    Origin: %s%n", property.origin()));
            }
        }
        return new FailureAnalysis(description.toString(), action(cause), cause);
    }

    static String action(InvalidRedisPoolPropertyException cause) {
        String subject = cause.getProperties()
            .get(0)
            .name()
            .substring(InvalidRedisPoolPropertyException.PREFIX.length());
        Map<String, String> fixes = cause.isContradiction() ? CONTRADICTION_FIXES : VALUE_FIXES;
        String fix = fixes.get(subject);
        return (fix != null) ? fix
                : "Update 'redis.pool." + subject + "' in your application's configuration: " + cause.getMessage();
    }

    private static Map.Entry<String, String> durationFix(String name) {
        return Map.entry(name, "Set 'redis.pool." + name + "' " + DURATION_FIX + ", or remove it to use the default.");
    }

}
