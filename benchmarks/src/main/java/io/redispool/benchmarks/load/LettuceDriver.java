package io.redispool.benchmarks.load;

import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/**
 * Lettuce as it is normally used: one connection shared by every thread, which Netty
 * multiplexes. Pipelines are batches of asynchronous commands awaited together, since a
 * shared connection cannot switch auto-flush off for one thread.
 */
final class LettuceDriver implements ClientDriver {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final RedisClient client;

    private final StatefulRedisConnection<String, String> connection;

    LettuceDriver(String host, int port) {
        this.client = RedisClient.create(RedisURI.Builder.redis(host, port).build());
        this.connection = this.client.connect();
    }

    @Override
    public Operation operation(Workload workload) {
        String value = workload.value();
        if (workload.pipelined()) {
            return pipeline(workload, value, this.connection.async());
        }
        RedisCommands<String, String> sync = this.connection.sync();
        if (workload.command().equals("GET")) {
            return () -> ClientDriver.check(workload, sync.get(workload.keys().next()));
        }
        return () -> ClientDriver.check(workload, sync.set(workload.keys().next(), value));
    }

    private static Operation pipeline(Workload workload, String value, RedisAsyncCommands<String, String> async) {
        RedisFuture<?>[] futures = new RedisFuture<?>[workload.pipeline()];
        boolean get = workload.command().equals("GET");
        return () -> {
            for (int i = 0; i < futures.length; i++) {
                futures[i] = get ? async.get(workload.keys().next()) : async.set(workload.keys().next(), value);
            }
            if (!LettuceFutures.awaitAll(TIMEOUT, futures)) {
                throw new IllegalStateException("Lettuce pipeline timed out after " + TIMEOUT);
            }
            for (RedisFuture<?> future : futures) {
                ClientDriver.check(workload, future.get());
            }
        };
    }

    @Override
    public void close() {
        this.connection.close();
        this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

}
