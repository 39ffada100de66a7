package io.redispool.benchmarks.cluster;

import java.util.List;
import java.util.Locale;

/**
 * One client on a cluster, used as its documentation shows: single GETs and SETs routed
 * by slot, and pipelines whose keys live on several masters, sent as one write per node
 * with the replies back in the order of the keys.
 */
public interface ClusterPipelineClient extends AutoCloseable {

    /** The clients this module knows, by the names the benchmarks take. */
    List<String> NAMES = List.of("redis-pool", "jedis", "jedis-executor", "lettuce");

    /**
     * Connects a client to a cluster for one thread.
     * @param name one of {@link #NAMES}
     * @param seeds {@code host:port} of one or more cluster nodes
     * @return the connected client
     * @throws IllegalArgumentException if the name is none of {@link #NAMES}
     */
    static ClusterPipelineClient connect(String name, List<String> seeds) {
        return connect(name, seeds, 1);
    }

    /**
     * Connects a client to a cluster for some threads: the pooled clients get that many
     * connections per node; Lettuce shares one connection per node, flushing each command
     * as it goes if more than one thread uses it, since switching automatic flushing off
     * would hold back the other threads' commands too.
     * @param name one of {@link #NAMES}
     * @param seeds {@code host:port} of one or more cluster nodes
     * @param threads how many threads will use the client at once
     * @return the connected client
     * @throws IllegalArgumentException if the name is none of {@link #NAMES}
     */
    static ClusterPipelineClient connect(String name, List<String> seeds, int threads) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "redis-pool" -> new RedisPoolClusterPipeline(seeds, threads);
            case "jedis" -> new JedisClusterPipeline(seeds, threads, false);
            case "jedis-executor" -> new JedisClusterPipeline(seeds, threads, true);
            case "lettuce" -> new LettuceClusterPipeline(seeds, threads == 1);
            default -> throw new IllegalArgumentException("'client' must be one of " + NAMES + " but was " + name);
        };
    }

    /**
     * Sends one GET.
     * @param key the key
     * @return its value
     */
    String get(String key);

    /**
     * Sends one SET.
     * @param key the key
     * @param value its new value
     * @return whether the SET was acknowledged
     */
    boolean set(String key, String value);

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
