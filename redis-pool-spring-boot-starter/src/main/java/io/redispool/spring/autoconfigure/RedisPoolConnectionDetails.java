package io.redispool.spring.autoconfigure;

import java.util.List;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * Where the auto-configured client connects and as whom: the address, the credentials,
 * the database and TLS, as Spring Boot's own Redis support has them.
 *
 * <p>
 * Why: a Testcontainers {@code @ServiceConnection}, a Docker Compose {@code redis}
 * service or the dev server know the address at run time, and each provides a bean of
 * this type that wins over the {@code redis.pool.*} properties
 * ({@link PropertiesRedisPoolConnectionDetails}, used when no other is defined). Pool
 * settings (sizes, timeouts) always come from the properties.
 *
 * <p>
 * {@link #getCluster()} and {@link #getSentinel()} leave room for the cluster and
 * sentinel forms; a provider of a standalone server leaves them {@code null}.
 */
public interface RedisPoolConnectionDetails extends ConnectionDetails {

    /**
     * The ACL user for AUTH.
     * @return the user, or {@code null} for the default user
     */
    default String getUsername() {
        return null;
    }

    /**
     * The password for AUTH.
     * @return the password, or {@code null} to skip AUTH
     */
    default String getPassword() {
        return null;
    }

    /**
     * The one server to connect to.
     * @return its address, or {@code null} when {@link #getCluster()} or
     * {@link #getSentinel()} is given instead
     */
    Standalone getStandalone();

    /**
     * The trust material and any client certificate for TLS.
     * @return the bundle, or {@code null} for plain TCP
     */
    default SslBundle getSslBundle() {
        return null;
    }

    /**
     * The nodes of a Redis Cluster.
     * @return the cluster, or {@code null}
     */
    default Cluster getCluster() {
        return null;
    }

    /**
     * The sentinels that know the master.
     * @return the sentinel set-up, or {@code null}
     */
    default Sentinel getSentinel() {
        return null;
    }

    /**
     * One server's address and the database selected on it.
     *
     * @param host the host name or address
     * @param port the TCP port
     * @param database the database index
     */
    record Standalone(String host, int port, int database) {
    }

    /**
     * A node's address.
     *
     * @param host the host name or address
     * @param port the TCP port
     */
    record Node(String host, int port) {
    }

    /**
     * The nodes a cluster client starts from.
     *
     * @param nodes the seed nodes
     */
    record Cluster(List<Node> nodes) {
    }

    /**
     * The sentinels and the master they watch.
     *
     * @param master the master's name
     * @param nodes the sentinels
     * @param database the database index
     */
    record Sentinel(String master, List<Node> nodes, int database) {
    }

}
