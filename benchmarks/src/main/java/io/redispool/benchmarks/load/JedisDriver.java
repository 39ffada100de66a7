package io.redispool.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;

/**
 * Jedis 8's {@code RedisClient} (the successor of {@code JedisPooled}): blocking sockets
 * over a commons-pool2 pool, sized like this project's.
 */
final class JedisDriver implements ClientDriver {

    private final RedisClient client;

    JedisDriver(String host, int port, int poolSize) {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(poolSize);
        pool.setMaxIdle(poolSize);
        pool.setMaxWait(Duration.ofSeconds(2));
        pool.setJmxEnabled(false);
        this.client = RedisClient.builder().hostAndPort(host, port).poolConfig(pool).build();
    }

    @Override
    public Operation operation(Workload workload) {
        String value = workload.value();
        if (workload.pipelined()) {
            return pipeline(workload, value);
        }
        if (workload.command().equals("GET")) {
            return () -> ClientDriver.check(workload, this.client.get(workload.keys().next()));
        }
        return () -> ClientDriver.check(workload, this.client.set(workload.keys().next(), value));
    }

    private Operation pipeline(Workload workload, String value) {
        List<Response<String>> responses = new ArrayList<>(workload.pipeline());
        boolean get = workload.command().equals("GET");
        return () -> {
            try (Pipeline pipeline = this.client.pipelined()) {
                for (int i = 0; i < workload.pipeline(); i++) {
                    responses
                        .add(get ? pipeline.get(workload.keys().next()) : pipeline.set(workload.keys().next(), value));
                }
                pipeline.sync();
            }
            for (Response<String> response : responses) {
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
