package io.redispool.benchmarks.client;

import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.testing.RedisCluster;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
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
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;

/**
 * GET and SET of 100-byte values over 100 keys spread across a 3-master cluster of local
 * redis-server processes, started for the trial, for redis-pool, Jedis's JedisCluster and
 * Lettuce's RedisClusterClient: the cost of routing by slot on top of a round trip.
 *
 * <p>
 * The {@code nodes} parameter ({@code host:port} seeds, comma-separated) names a running
 * cluster, so that every client meets the same servers; empty, the trial starts a local
 * cluster of its own. Not final: JMH generates subclasses of benchmark classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class ClusterGetSetBenchmark {

    static final int KEYS = 100;

    static final String VALUE = "v".repeat(100);

    @Param({ "redis-pool", "jedis", "lettuce" })
    public String client;

    @Param("")
    public String nodes;

    private final String[] keys = new String[KEYS];

    private RedisCluster cluster;

    private Function<String, String> get;

    private BiConsumer<String, String> set;

    private AutoCloseable resource;

    private int next;

    @Setup
    public void connect() {
        List<String> nodes;
        if (this.nodes.isBlank()) {
            this.cluster = RedisCluster.builder().masters(3).start();
            nodes = this.cluster.nodeAddresses();
        }
        else {
            nodes = Arrays.stream(this.nodes.split(",")).map(String::strip).toList();
        }
        for (int i = 0; i < KEYS; i++) {
            this.keys[i] = "bench:cluster:" + i;
        }
        switch (this.client) {
            case "redis-pool" -> {
                RedisClient redis = RedisClient
                    .create(RedisClientConfig.builder().clusterNodes(nodes).maxWait(Duration.ofSeconds(2)).build());
                this.get = (key) -> redis.commands().get(key);
                this.set = (key, value) -> redis.commands().set(key, value);
                this.resource = redis;
            }
            case "jedis" -> {
                Set<HostAndPort> seeds = new HashSet<>();
                nodes.forEach((node) -> seeds.add(HostAndPort.from(node)));
                JedisCluster jedis = new JedisCluster(seeds);
                this.get = jedis::get;
                this.set = jedis::set;
                this.resource = jedis;
            }
            case "lettuce" -> {
                RedisClusterClient lettuce = RedisClusterClient
                    .create(nodes.stream().map((node) -> RedisURI.create("redis://" + node)).toList());
                StatefulRedisClusterConnection<String, String> connection = lettuce.connect();
                this.get = (key) -> connection.sync().get(key);
                this.set = (key, value) -> connection.sync().set(key, value);
                this.resource = () -> {
                    connection.close();
                    lettuce.shutdown(Duration.ZERO, Duration.ofSeconds(2));
                };
            }
            default -> throw new IllegalArgumentException(
                    "'client' must be redis-pool, jedis or lettuce but was " + this.client);
        }
        for (String key : this.keys) {
            this.set.accept(key, VALUE);
            if (!VALUE.equals(this.get.apply(key))) {
                throw new IllegalStateException(this.client + " did not read back the value it stored at " + key);
            }
        }
    }

    @TearDown
    public void close() throws Exception {
        try {
            this.resource.close();
        }
        finally {
            if (this.cluster != null) {
                this.cluster.close();
            }
        }
    }

    @Benchmark
    public String get() {
        return this.get.apply(nextKey());
    }

    @Benchmark
    public void set() {
        this.set.accept(nextKey(), VALUE);
    }

    private String nextKey() {
        this.next = (this.next + 1) % KEYS;
        return this.keys[this.next];
    }

}
