package io.redispool.benchmarks.load;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisCommands;
import io.redispool.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * This project's client in the multiplexed mode: every thread's commands share a few
 * connections, as Lettuce's share one. Through the blocking API ({@code
 * redis-pool-pipelined}) or the asynchronous one ({@code redis-pool-async}); pipelines
 * are batches of asynchronous commands awaited together, as in {@link LettuceDriver}.
 */
final class MultiplexedDriver implements ClientDriver {

    /** The shared connections, overridable for experiments with -Dbench.multiplexed=N. */
    static final int CONNECTIONS = Integer.getInteger("bench.multiplexed", 1);

    private final RedisClient client;

    private final RedisCommands<String, String> commands;

    private final RedisAsyncCommands<String, String> async;

    private final boolean asynchronous;

    MultiplexedDriver(String host, int port, boolean asynchronous) {
        this.client = RedisClient.create(RedisClientConfig.builder()
            .host(host)
            .port(port)
            .multiplexedConnections(CONNECTIONS)
            .socketTimeout(Duration.ofSeconds(10))
            .build());
        this.commands = this.client.commands();
        this.async = this.client.async();
        this.asynchronous = asynchronous;
    }

    @Override
    public Operation operation(Workload workload) {
        String value = workload.value();
        boolean get = workload.command().equals("GET");
        if (workload.pipelined()) {
            return pipeline(workload, value, get);
        }
        if (this.asynchronous) {
            return get ? () -> ClientDriver.check(workload, this.async.get(workload.keys().next()).join())
                    : () -> ClientDriver.check(workload, this.async.set(workload.keys().next(), value).join());
        }
        return get ? () -> ClientDriver.check(workload, this.commands.get(workload.keys().next()))
                : () -> ClientDriver.check(workload, this.commands.set(workload.keys().next(), value));
    }

    private Operation pipeline(Workload workload, String value, boolean get) {
        CompletableFuture<?>[] futures = new CompletableFuture<?>[workload.pipeline()];
        return () -> {
            for (int i = 0; i < futures.length; i++) {
                futures[i] = get ? this.async.get(workload.keys().next())
                        : this.async.set(workload.keys().next(), value);
            }
            for (CompletableFuture<?> future : futures) {
                ClientDriver.check(workload, future.join());
            }
        };
    }

    @Override
    public void close() {
        this.client.close();
    }

}
