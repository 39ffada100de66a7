package io.redispool.benchmarks.cluster;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.commands.string.StringCommandBuilder;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * This project's client on a cluster: {@code client.pipeline()} splits the batch per node
 * and puts each reply back in its place.
 */
final class RedisPoolClusterPipeline implements ClusterPipelineClient {

    private final RedisClient client;

    private final StringCommandBuilder<String, String> strings;

    RedisPoolClusterPipeline(List<String> seeds, int connectionsPerNode) {
        this.client = RedisClient.create(RedisClientConfig.builder()
            .clusterNodes(seeds)
            .maxConnections(connectionsPerNode)
            .maxWait(Duration.ofSeconds(2))
            .build());
        this.strings = this.client.commands().builders().strings();
    }

    @Override
    public String get(String key) {
        return this.client.commands().get(key);
    }

    @Override
    public boolean set(String key, String value) {
        return this.client.commands().set(key, value);
    }

    @Override
    public List<String> getAll(List<String> keys) {
        Pipeline pipeline = this.client.pipeline();
        List<Response<String>> responses = new ArrayList<>(keys.size());
        for (String key : keys) {
            responses.add(pipeline.add(this.strings.get(key)));
        }
        pipeline.sync();
        List<String> values = new ArrayList<>(keys.size());
        for (Response<String> response : responses) {
            values.add(response.get());
        }
        return values;
    }

    @Override
    public List<Boolean> setAll(List<String> keys, List<String> values) {
        Pipeline pipeline = this.client.pipeline();
        List<Response<Boolean>> responses = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            responses.add(pipeline.add(this.strings.set(keys.get(i), values.get(i))));
        }
        pipeline.sync();
        List<Boolean> acknowledged = new ArrayList<>(keys.size());
        for (Response<Boolean> response : responses) {
            acknowledged.add(response.get());
        }
        return acknowledged;
    }

    @Override
    public void close() {
        this.client.close();
    }

}
