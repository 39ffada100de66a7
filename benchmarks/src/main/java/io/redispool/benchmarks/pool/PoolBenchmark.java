package io.redispool.benchmarks.pool;

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
 * Borrow plus release on a pool of dummy connections, at 1, 2, 4 and 16 threads: this
 * project's {@code ConnectionPool} (alone, and with a listener attached as metrics attach
 * one) against commons-pool2's {@code GenericObjectPool} (what Jedis and Spring Data
 * Redis pool with) and a locked {@code ArrayDeque} as the floor.
 *
 * <p>
 * Each pool holds 16 connections, so no thread ever waits for one: what is measured is
 * the bookkeeping, and how it scales under contention. Scores are nanoseconds per
 * borrow+release as each thread sees it; throughput across threads is threads divided by
 * that. Not final: JMH generates subclasses of benchmark classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PoolBenchmark {

    static final int POOL_SIZE = 16;

    @Param({ "redis-pool", "redis-pool+listener", "commons-pool2", "locked-deque" })
    public String pool;

    private BorrowRelease target;

    @Setup
    public void open() throws Exception {
        this.target = BorrowRelease.create(this.pool, POOL_SIZE);
    }

    @TearDown
    public void close() {
        this.target.close();
    }

    @Benchmark
    @Threads(1)
    public Object threads01() throws Exception {
        return this.target.borrowAndRelease();
    }

    @Benchmark
    @Threads(2)
    public Object threads02() throws Exception {
        return this.target.borrowAndRelease();
    }

    @Benchmark
    @Threads(4)
    public Object threads04() throws Exception {
        return this.target.borrowAndRelease();
    }

    @Benchmark
    @Threads(16)
    public Object threads16() throws Exception {
        return this.target.borrowAndRelease();
    }

}
