package io.redispool.benchmarks.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import redis.clients.jedis.ClusterPipeline;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.MultiNodePipelineBase;
import redis.clients.jedis.Response;

/**
 * Jedis's {@link JedisCluster#pipelined()}: commands are written to each node's
 * connection as they are queued, and {@code sync()} reads the nodes' replies on worker
 * threads. By default each {@code sync()} over several nodes starts and stops a pool of
 * {@link MultiNodePipelineBase#MULTI_NODE_PIPELINE_SYNC_WORKERS} threads of its own;
 * {@code pipelined(executor)} lends it a long-lived one instead, which is how the
 * "jedis-executor" variant runs.
 */
final class JedisClusterPipeline implements ClusterPipelineClient {

    private final JedisCluster cluster;

    private final ExecutorService executor;

    JedisClusterPipeline(List<String> seeds, int connectionsPerNode, boolean sharedExecutor) {
        Set<HostAndPort> nodes = new HashSet<>();
        seeds.forEach((seed) -> nodes.add(HostAndPort.from(seed)));
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        // Never below Jedis's own default of 8: one thread uses one either way.
        pool.setMaxTotal(Math.max(connectionsPerNode, pool.getMaxTotal()));
        pool.setMaxIdle(pool.getMaxTotal());
        pool.setMaxWait(Duration.ofSeconds(2));
        pool.setJmxEnabled(false);
        this.cluster = new JedisCluster(nodes, pool);
        this.executor = sharedExecutor
                ? Executors.newFixedThreadPool(MultiNodePipelineBase.MULTI_NODE_PIPELINE_SYNC_WORKERS) : null;
    }

    @Override
    public String get(String key) {
        return this.cluster.get(key);
    }

    @Override
    public boolean set(String key, String value) {
        return "OK".equals(this.cluster.set(key, value));
    }

    @Override
    public List<String> getAll(List<String> keys) {
        try (ClusterPipeline pipeline = pipeline()) {
            List<Response<String>> responses = new ArrayList<>(keys.size());
            for (String key : keys) {
                responses.add(pipeline.get(key));
            }
            pipeline.sync();
            List<String> values = new ArrayList<>(keys.size());
            for (Response<String> response : responses) {
                values.add(response.get());
            }
            return values;
        }
    }

    @Override
    public List<Boolean> setAll(List<String> keys, List<String> values) {
        try (ClusterPipeline pipeline = pipeline()) {
            List<Response<String>> responses = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                responses.add(pipeline.set(keys.get(i), values.get(i)));
            }
            pipeline.sync();
            List<Boolean> acknowledged = new ArrayList<>(keys.size());
            for (Response<String> response : responses) {
                acknowledged.add("OK".equals(response.get()));
            }
            return acknowledged;
        }
    }

    private ClusterPipeline pipeline() {
        return (this.executor != null) ? this.cluster.pipelined(this.executor) : this.cluster.pipelined();
    }

    @Override
    public void close() {
        try {
            this.cluster.close();
        }
        finally {
            if (this.executor != null) {
                this.executor.shutdown();
            }
        }
    }

}
