package io.redispool.spring.autoconfigure.devserver;

import io.redispool.InvalidSettingException;
import io.redispool.RedisClientConfig;
import io.redispool.connection.Endpoint;
import io.redispool.launcher.LocalRedisCluster;
import io.redispool.spring.autoconfigure.InvalidRedisPoolPropertyException;
import io.redispool.spring.autoconfigure.RedisPoolDevServerProperties;
import io.redispool.spring.autoconfigure.RedisPoolProperties;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.env.Environment;

/**
 * Whether the dev server is a small Redis Cluster, of what size, and its start when
 * nothing answers at the configured cluster nodes.
 *
 * <p>
 * Why a cluster is wanted in two cases: {@code redis.pool.dev-server.cluster.masters}
 * asks for one outright, and an application configured as a cluster client
 * ({@code redis.pool.cluster.nodes}) would not work against one server, so it gets a
 * cluster of {@value #DEFAULT_MASTERS} masters. The address probed is then
 * {@code redis.pool.cluster.nodes}, never host and port: a standalone Redis answering at
 * {@code localhost:6379} is not the cluster that was asked for.
 */
final class DevClusterStart {

    /** Masters of a cluster started because {@code redis.pool.cluster.nodes} is set. */
    static final int DEFAULT_MASTERS = 3;

    private static final String GROUP = "dev-server.cluster.";

    private static final Log logger = LogFactory.getLog(RedisDevServer.class);

    private final int masters;

    private final int replicasPerMaster;

    private final List<String> configuredNodes;

    private DevClusterStart(int masters, int replicasPerMaster, List<String> configuredNodes) {
        this.masters = masters;
        this.replicasPerMaster = replicasPerMaster;
        this.configuredNodes = configuredNodes;
    }

    /**
     * Reads and validates {@code redis.pool.dev-server.cluster.*}.
     * @param properties the {@code redis.pool.*} properties
     * @param environment where a bad value is looked up for the failure report
     * @return what to start
     * @throws InvalidRedisPoolPropertyException if a count is negative, or replicas are
     * asked for without a cluster
     */
    static DevClusterStart of(RedisPoolProperties properties, Environment environment) {
        RedisPoolDevServerProperties.Cluster cluster = properties.getDevServer().getCluster();
        List<String> nodes = properties.getCluster().getNodes();
        try {
            if (cluster.getMasters() < 0) {
                throw InvalidSettingException.invalid("masters", cluster.getMasters(),
                        "must be 0 (one server) or more");
            }
            if (cluster.getReplicasPerMaster() < 0) {
                throw InvalidSettingException.invalid("replicas-per-master", cluster.getReplicasPerMaster(),
                        "must be 0 or more");
            }
            if (cluster.getReplicasPerMaster() > 0 && cluster.getMasters() == 0 && nodes.isEmpty()) {
                throw InvalidSettingException.conflict("replicas-per-master", null,
                        "is " + cluster.getReplicasPerMaster()
                                + " but 'masters' is 0: replicas belong to the masters of a cluster",
                        "masters");
            }
        }
        catch (InvalidSettingException ex) {
            throw InvalidRedisPoolPropertyException.from(ex, environment, GROUP);
        }
        int masters = (cluster.getMasters() > 0 || nodes.isEmpty()) ? cluster.getMasters() : DEFAULT_MASTERS;
        return new DevClusterStart(masters, cluster.getReplicasPerMaster(), List.copyOf(nodes));
    }

    /**
     * Whether a cluster is to be started rather than one server.
     * @return {@code true} when masters were asked for
     */
    boolean wanted() {
        return this.masters > 0;
    }

    /**
     * Pings the configured cluster nodes, if any, and starts a cluster if none answers.
     * @return the dev server, a cluster or nothing started
     * @throws io.redispool.launcher.RedisLaunchException if a node could not be started
     */
    RedisDevServer startIfNothingAnswers() {
        String reason = "redis.pool.dev-server.cluster.masters is " + this.masters
                + " and redis.pool.cluster.nodes is not set";
        if (!this.configuredNodes.isEmpty()) {
            List<Endpoint.Tcp> seeds = seeds();
            if (seeds == null) {
                // The client reports the bad node, with the property named.
                return new RedisDevServer(null, null, 0);
            }
            String failure = null;
            for (Endpoint.Tcp seed : seeds) {
                failure = PingProbe.failure(seed, RedisDevServer.PROBE_TIMEOUT);
                if (failure == null) {
                    logger.info("A Redis answered at " + seed + "; no dev Redis Cluster started");
                    return new RedisDevServer(null, null, 0);
                }
            }
            reason = "nothing answered at " + String.join(", ", this.configuredNodes) + " (" + failure + ")";
        }
        long start = System.nanoTime();
        LocalRedisCluster cluster = LocalRedisCluster.builder()
            .masters(this.masters)
            .replicasPerMaster(this.replicasPerMaster)
            .start();
        long millis = (System.nanoTime() - start) / 1_000_000;
        logger.info("Started a dev Redis Cluster of " + this.masters + " masters with " + this.replicasPerMaster
                + " replicas each in " + millis + " ms, redis-server " + cluster.nodes().get(0).version() + " on "
                + RedisDevServer.addresses(cluster) + ", because " + reason + "; it stops with the application");
        return new RedisDevServer(null, cluster, 0);
    }

    private List<Endpoint.Tcp> seeds() {
        try {
            return RedisClientConfig.builder().clusterNodes(this.configuredNodes).build().cluster().seeds();
        }
        catch (IllegalArgumentException | IllegalStateException ex) {
            return null;
        }
    }

}
