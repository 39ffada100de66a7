package io.redispool.benchmarks.client;

import io.redispool.benchmarks.cluster.ClusterPipelineClient;
import io.redispool.benchmarks.cluster.KeySpread;
import io.redispool.benchmarks.cluster.PipelineCheck;
import io.redispool.testing.RedisCluster;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * One pipeline of {@code depth} GETs or SETs of 100-byte values whose keys spread over
 * every master of a 3-master cluster, for redis-pool's {@code client.pipeline()}, Jedis's
 * {@code JedisCluster.pipelined()} (with its default per-sync threads, and with a shared
 * executor) and Lettuce's cluster connection with automatic flushing off: the time of a
 * whole pipeline, sent and every reply back in order.
 *
 * <p>
 * Before the trial, {@link PipelineCheck} reads every key back through the client under
 * test and fails the trial if a value is misplaced or if the servers wrote more than
 * about one reply per master and pipeline. The cluster is given by the {@code nodes}
 * parameter ({@code host:port} seeds, comma-separated), so that every client meets the
 * same servers; empty, the trial starts a local cluster of its own. Not final: JMH
 * generates subclasses of benchmark classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class ClusterPipelineBenchmark {

    @Param({ "redis-pool", "jedis", "jedis-executor", "lettuce" })
    public String client;

    @Param({ "16", "100" })
    public int depth;

    @Param("")
    public String nodes;

    private RedisCluster cluster;

    private ClusterPipelineClient pipelines;

    private KeySpread spread;

    private int next;

    @Setup
    public void connect() {
        List<String> seeds;
        if (this.nodes.isBlank()) {
            this.cluster = RedisCluster.builder().masters(3).start();
            seeds = this.cluster.nodeAddresses();
        }
        else {
            seeds = Arrays.stream(this.nodes.split(",")).map(String::strip).toList();
        }
        this.spread = new KeySpread(this.depth);
        this.pipelines = ClusterPipelineClient.connect(this.client, seeds);
        double writes = PipelineCheck.verify(this.client, this.pipelines, seeds.get(0), this.spread);
        System.out.printf(Locale.ROOT, "%n%s, depth %d: every reply checked, %.2f server writes per pipeline%n",
                this.client, this.depth, writes);
    }

    @TearDown
    public void close() {
        try {
            this.pipelines.close();
        }
        finally {
            if (this.cluster != null) {
                this.cluster.close();
            }
        }
    }

    @Benchmark
    public List<String> get() {
        return this.pipelines.getAll(this.spread.keys(nextBatch()));
    }

    @Benchmark
    public List<Boolean> set() {
        int batch = nextBatch();
        return this.pipelines.setAll(this.spread.keys(batch), this.spread.values(batch));
    }

    private int nextBatch() {
        this.next = (this.next + 1) % this.spread.batches();
        return this.next;
    }

}
