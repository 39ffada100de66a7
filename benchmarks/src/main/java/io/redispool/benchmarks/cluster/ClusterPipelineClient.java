package io.redispool.benchmarks.cluster;

import java.util.List;
import java.util.Locale;

/**
 * One client's cluster pipeline, as its documentation shows it: a batch of GETs or SETs
 * whose keys live on several masters goes out as one write per node, and the replies come
 * back in the order of the keys.
 */
public interface ClusterPipelineClient extends AutoCloseable {

    /** The clients this module knows, by the names the benchmarks take. */
    List<String> NAMES = List.of("redis-pool", "jedis", "jedis-executor", "lettuce");

    /**
     * Connects a client to a cluster.
     * @param name one of {@link #NAMES}
     * @param seeds {@code host:port} of one or more cluster nodes
     * @return the connected client
     * @throws IllegalArgumentException if the name is none of {@link #NAMES}
     */
    static ClusterPipelineClient connect(String name, List<String> seeds) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "redis-pool" -> new RedisPoolClusterPipeline(seeds);
            case "jedis" -> new JedisClusterPipeline(seeds, false);
            case "jedis-executor" -> new JedisClusterPipeline(seeds, true);
            case "lettuce" -> new LettuceClusterPipeline(seeds);
            default -> throw new IllegalArgumentException("'client' must be one of " + NAMES + " but was " + name);
        };
    }

    /**
     * Sends one GET per key as one pipeline and waits for every reply.
     * @param keys the keys, on any nodes
     * @return the values, in the order of the keys
     */
    List<String> getAll(List<String> keys);

    /**
     * Sends one SET per key as one pipeline and waits for every reply.
     * @param keys the keys, on any nodes
     * @param values the value for each key, in the same order
     * @return whether each SET was acknowledged, in the order of the keys
     */
    List<Boolean> setAll(List<String> keys, List<String> values);

    /** Closes the client and its connections. */
    @Override
    void close();

}
