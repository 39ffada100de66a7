package io.redispool.benchmarks.cluster;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lettuce's pipelining as its reference guide describes it: automatic flushing off on the
 * cluster connection, the commands issued asynchronously (each to its node's connection),
 * one {@code flushCommands()}, then every future awaited. A connection shared by several
 * threads keeps automatic flushing on: each thread's commands then go out as issued, and
 * Netty gathers what is pending into as few writes as it can.
 */
final class LettuceClusterPipeline implements ClusterPipelineClient {

    private static final long TIMEOUT_SECONDS = 5;

    private final RedisClusterClient client;

    private final StatefulRedisClusterConnection<String, String> connection;

    private final RedisAdvancedClusterAsyncCommands<String, String> commands;

    private final boolean autoFlush;

    LettuceClusterPipeline(List<String> seeds, boolean oneThread) {
        this.client = RedisClusterClient
            .create(seeds.stream().map((seed) -> RedisURI.create("redis://" + seed)).toList());
        this.connection = this.client.connect();
        // Open every node's connection while commands still flush: a command queued with
        // automatic flushing off for a node whose connection is still opening can miss
        // the flush and wait forever.
        this.connection.getPartitions()
            .forEach((node) -> this.connection.getConnection(node.getNodeId()).sync().ping());
        this.autoFlush = !oneThread;
        this.connection.setAutoFlushCommands(this.autoFlush);
        this.commands = this.connection.async();
    }

    @Override
    public String get(String key) {
        RedisFuture<String> future = this.commands.get(key);
        flush();
        return await(future);
    }

    @Override
    public boolean set(String key, String value) {
        RedisFuture<String> future = this.commands.set(key, value);
        flush();
        return "OK".equals(await(future));
    }

    @Override
    public List<String> getAll(List<String> keys) {
        List<RedisFuture<String>> futures = new ArrayList<>(keys.size());
        for (String key : keys) {
            futures.add(this.commands.get(key));
        }
        flush();
        List<String> values = new ArrayList<>(keys.size());
        for (RedisFuture<String> future : futures) {
            values.add(await(future));
        }
        return values;
    }

    @Override
    public List<Boolean> setAll(List<String> keys, List<String> values) {
        List<RedisFuture<String>> futures = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            futures.add(this.commands.set(keys.get(i), values.get(i)));
        }
        flush();
        List<Boolean> acknowledged = new ArrayList<>(keys.size());
        for (RedisFuture<String> future : futures) {
            acknowledged.add("OK".equals(await(future)));
        }
        return acknowledged;
    }

    private void flush() {
        if (!this.autoFlush) {
            this.connection.flushCommands();
        }
    }

    private static String await(RedisFuture<String> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while awaiting a pipelined reply", ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Lettuce's pipelined command failed", ex);
        }
    }

    @Override
    public void close() {
        this.connection.close();
        this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

}
