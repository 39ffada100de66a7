package io.redispool.benchmarks.load;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisCommands;
import io.redispool.command.Command;
import io.redispool.commands.Commands;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import io.redispool.spring.metrics.RedisPoolMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * This project's client with its defaults, its pool sized to the number of threads; with
 * metrics, the starter's {@link RedisPoolMetrics} bound to a {@link SimpleMeterRegistry},
 * as an application with {@code redis.pool} metrics switched on has it.
 */
final class RedisPoolDriver implements ClientDriver {

    private final RedisClient client;

    private final RedisCommands<String, String> commands;

    RedisPoolDriver(String host, int port, int poolSize, boolean metrics) {
        this.client = RedisClient.create(RedisClientConfig.builder()
            .host(host)
            .port(port)
            .maxConnections(poolSize)
            .maxWait(Duration.ofSeconds(2))
            .build());
        this.commands = this.client.commands();
        if (metrics) {
            new RedisPoolMetrics(this.client, "bench", Tags.empty()).bindTo(new SimpleMeterRegistry());
        }
    }

    @Override
    public Operation operation(Workload workload) {
        String value = workload.value();
        if (workload.pipelined()) {
            return pipeline(workload, value);
        }
        if (workload.command().equals("GET")) {
            return () -> ClientDriver.check(workload, this.commands.get(workload.keys().next()));
        }
        return () -> ClientDriver.check(workload, this.commands.set(workload.keys().next(), value));
    }

    private Operation pipeline(Workload workload, String value) {
        Commands<String, String> builders = this.commands.builders();
        List<Response<?>> responses = new ArrayList<>(workload.pipeline());
        boolean get = workload.command().equals("GET");
        return () -> {
            Pipeline pipeline = this.client.pipeline();
            for (int i = 0; i < workload.pipeline(); i++) {
                Command<?> command = get ? builders.strings().get(workload.keys().next())
                        : builders.strings().set(workload.keys().next(), value);
                responses.add(pipeline.add(command));
            }
            pipeline.sync();
            for (Response<?> response : responses) {
                ClientDriver.check(workload, response.get());
            }
            responses.clear();
        };
    }

    @Override
    public void close() {
        this.client.close();
    }

}
