package io.redispool.spring.autoconfigure.devserver;

import io.redispool.RedisClientConfig;
import io.redispool.connection.ConnectionConfig;
import io.redispool.launcher.LocalRedisCluster;
import io.redispool.spring.autoconfigure.RedisPoolProperties;
import io.redispool.launcher.RedisServer;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The development redis-server, or small Redis Cluster, of an application: started when
 * nothing answered at the configured address, or absent when a Redis did.
 *
 * <p>
 * Why: a newcomer who runs an application before installing Redis should see it work, not
 * a stack trace, the way Quarkus Dev Services or Spring Boot's Docker Compose support
 * provide a database, but without Docker: {@link RedisServer} runs the
 * {@code redis-server} on the {@code PATH}, or else the one packed in
 * {@code embedded-redis}. It binds {@code 127.0.0.1} on a free port, keeps nothing on
 * disk, and stops with the application context or, failing that, with the JVM. A Redis
 * that answers at the configured address is always used instead. A cluster is started in
 * place of one server when {@code redis.pool.dev-server.cluster.masters} is set or the
 * application is a cluster client ({@code redis.pool.cluster.nodes}); see
 * {@link DevClusterStart}.
 */
public final class RedisDevServer implements AutoCloseable {

    /**
     * How long the configured address has to answer PING before a dev server is started.
     */
    static final Duration PROBE_TIMEOUT = Duration.ofMillis(500);

    private static final Log logger = LogFactory.getLog(RedisDevServer.class);

    private final RedisServer server;

    private final LocalRedisCluster cluster;

    private final int database;

    private RedisDevServer(RedisServer server, int database) {
        this(server, null, database);
    }

    RedisDevServer(RedisServer server, LocalRedisCluster cluster, int database) {
        this.server = server;
        this.cluster = cluster;
        this.database = database;
    }

    /**
     * Pings the address the properties configure and starts a redis-server if nothing
     * answers.
     * @param properties the {@code redis.pool.*} properties
     * @param cluster whether and how to start a cluster instead of one server
     * @return the dev server, started or not
     * @throws io.redispool.launcher.RedisLaunchException if nothing answered and
     * redis-server could not be started
     */
    static RedisDevServer startIfNothingAnswers(RedisPoolProperties properties, DevClusterStart cluster) {
        if (cluster.wanted()) {
            return cluster.startIfNothingAnswers();
        }
        ConnectionConfig configured = configuredConnection(properties);
        if (configured == null) {
            // The client reports the bad address when it is created, with the property
            // named.
            return new RedisDevServer(null, 0);
        }
        String failure = PingProbe.failure(configured.endpoint(), PROBE_TIMEOUT);
        if (failure == null) {
            logger.info("A Redis answered at " + configured.endpoint() + "; no dev redis-server started");
            return new RedisDevServer(null, configured.database());
        }
        RedisServer server = RedisServer.builder().start();
        logger.info("Started a dev redis-server " + server.version() + " on " + server.host() + ":" + server.port()
                + " (pid " + server.pid().orElse(-1) + ") because nothing answered at " + configured.endpoint() + " ("
                + failure + "); it stops with the application");
        return new RedisDevServer(server, configured.database());
    }

    private static ConnectionConfig configuredConnection(RedisPoolProperties properties) {
        try {
            return RedisClientConfig.builder()
                .url(properties.getUrl())
                .host(properties.getHost())
                .port(properties.getPort())
                .unixSocket(properties.getUnixSocket())
                .database(properties.getDatabase())
                .build()
                .connection();
        }
        catch (IllegalArgumentException | IllegalStateException ex) {
            return null;
        }
    }

    /**
     * Returns the server this application started, if it started one.
     * @return the running server, or empty when a Redis answered at the configured
     * address
     */
    public Optional<RedisServer> server() {
        return Optional.ofNullable(this.server);
    }

    /**
     * Returns the cluster this application started, if it started one.
     * @return the running cluster, or empty when one server was started or a Redis
     * answered at the configured address
     */
    public Optional<LocalRedisCluster> cluster() {
        return Optional.ofNullable(this.cluster);
    }

    /**
     * Returns the database the configuration selects, kept when the client is pointed at
     * the dev server.
     * @return the database index
     */
    int database() {
        return this.database;
    }

    /**
     * Stops the server, if one was started, and deletes its files.
     */
    @Override
    public void close() {
        if (this.server != null) {
            this.server.close();
            logger.info("Stopped the dev redis-server on " + this.server.host() + ":" + this.server.port());
        }
        if (this.cluster != null) {
            this.cluster.close();
            logger.info("Stopped the dev Redis Cluster on " + addresses(this.cluster));
        }
    }

    static String addresses(LocalRedisCluster cluster) {
        return cluster.nodeAddresses().stream().collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        Object started = (this.server != null) ? this.server : this.cluster;
        return "RedisDevServer[" + ((started != null) ? started : "not started") + "]";
    }

}
