package io.redispool.benchmarks.client;

import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * One GET of a 100-byte value on one thread, against a real server, for each client (this
 * one pooled, multiplexed and asynchronous): run with the gc profiler, its
 * {@code gc.alloc.rate.norm} is the bytes each client allocates per GET, Lettuce's Netty
 * threads included.
 *
 * <p>
 * The server is given by the {@code host} and {@code port} parameters. Not final: JMH
 * generates subclasses of benchmark classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class ClientGetBenchmark {

    static final String KEY = "bench:get:100";

    static final String VALUE = "v".repeat(100);

    @Param({ "redis-pool", "jedis", "lettuce", "redis-pool-pipelined", "redis-pool-async" })
    public String client;

    @Param("127.0.0.1")
    public String host;

    @Param("6379")
    public int port;

    private Supplier<String> get;

    private AutoCloseable resource;

    @Setup
    public void connect() {
        switch (this.client) {
            case "redis-pool" -> {
                RedisClient redis = RedisClient.create(RedisClientConfig.builder()
                    .host(this.host)
                    .port(this.port)
                    .maxConnections(1)
                    .maxWait(Duration.ofSeconds(2))
                    .build());
                redis.commands().set(KEY, VALUE);
                this.get = () -> redis.commands().get(KEY);
                this.resource = redis;
            }
            case "redis-pool-pipelined", "redis-pool-async" -> {
                RedisClient redis = RedisClient.create(
                        RedisClientConfig.builder().host(this.host).port(this.port).multiplexedConnections(1).build());
                redis.commands().set(KEY, VALUE);
                this.get = this.client.equals("redis-pool-async") ? () -> redis.async().get(KEY).join()
                        : () -> redis.commands().get(KEY);
                this.resource = redis;
            }
            case "jedis" -> {
                redis.clients.jedis.RedisClient jedis = redis.clients.jedis.RedisClient.create(this.host, this.port);
                jedis.set(KEY, VALUE);
                this.get = () -> jedis.get(KEY);
                this.resource = jedis;
            }
            case "lettuce" -> {
                io.lettuce.core.RedisClient lettuce = io.lettuce.core.RedisClient
                    .create(RedisURI.Builder.redis(this.host, this.port).build());
                StatefulRedisConnection<String, String> connection = lettuce.connect();
                connection.sync().set(KEY, VALUE);
                this.get = () -> connection.sync().get(KEY);
                this.resource = () -> {
                    connection.close();
                    lettuce.shutdown(Duration.ZERO, Duration.ofSeconds(2));
                };
            }
            default -> throw new IllegalArgumentException(
                    "'client' must be redis-pool, redis-pool-pipelined, redis-pool-async, jedis or lettuce but was "
                            + this.client);
        }
        if (!VALUE.equals(this.get.get())) {
            throw new IllegalStateException(this.client + " did not read back the value it stored");
        }
    }

    @TearDown
    public void close() throws Exception {
        this.resource.close();
    }

    @Benchmark
    public String get() {
        return this.get.get();
    }

}
