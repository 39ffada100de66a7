package io.redispool.sample;

import io.redispool.pool.PoolConfig;
import org.HdrHistogram.Histogram;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load run did: operations, failures by type, refusals, latencies, and the pool's
 * peaks.
 *
 * @param threads concurrent callers
 * @param seconds how long the run took
 * @param operations operations attempted; each is 1 to 4 Redis commands
 * @param operationsPerSecond operations per second
 * @param errors operations that failed
 * @param errorsByType failed operations by exception type
 * @param refusals requests for a connection the pool refused with "Too many connections",
 * as {@code redis.pool.too.many.connections} counts them
 * @param latencyMillis latency of the operations that succeeded
 * @param pool the pool's settings and the peaks seen during the run
 */
public record LoadReport(int threads, double seconds, long operations, long operationsPerSecond, long errors,
        Map<String, Long> errorsByType, long refusals, Latency latencyMillis, Pool pool) {

    static LoadReport of(int threads, long elapsedNanos, List<LoadWorker> workers, PoolConfig config,
            LoadGenerator.PoolSampler sampler, long refusals) {
        long operations = 0;
        long succeeded = 0;
        Histogram latencies = new Histogram(3);
        Map<String, Long> errorsByType = new TreeMap<>();
        for (LoadWorker worker : workers) {
            operations += worker.operations();
            succeeded += worker.succeeded();
            latencies.add(worker.latencies());
            worker.errors().forEach((type, count) -> errorsByType.merge(type, count, Long::sum));
        }
        double seconds = elapsedNanos / 1e9;
        Latency latency = new Latency(millis(latencies.getValueAtPercentile(50)),
                millis(latencies.getValueAtPercentile(99)), millis(latencies.getMaxValue()));
        Pool pool = new Pool(config.name(), config.maxConnections(), config.maxWait().toMillis() + "ms",
                sampler.peakInUse(), sampler.peakPending());
        return new LoadReport(threads, round(seconds), operations, Math.round(operations / seconds),
                operations - succeeded, errorsByType, refusals, latency, pool);
    }

    private static double millis(long nanos) {
        return round(nanos / 1e6);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /**
     * The report in a few lines, for the console.
     * @return the summary
     */
    public String summary() {
        return String.format(Locale.ROOT,
                "Load run: %d threads for %.1fs: %,d operations (%,d/s), %,d failed %s%n"
                        + "  latency per operation: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n"
                        + "  pool %s: max-connections %d, max-wait %s; peak in use %d, peak pending %d,"
                        + " refusals (Too many connections) %,d",
                this.threads, this.seconds, this.operations, this.operationsPerSecond, this.errors, this.errorsByType,
                this.latencyMillis.p50(), this.latencyMillis.p99(), this.latencyMillis.max(), this.pool.name(),
                this.pool.maxConnections(), this.pool.maxWait(), this.pool.peakInUse(), this.pool.peakPending(),
                this.refusals);
    }

    /**
     * Latency percentiles in milliseconds.
     *
     * @param p50 the median
     * @param p99 the 99th percentile
     * @param max the slowest
     */
    public record Latency(double p50, double p99, double max) {
    }

    /**
     * The pool during the run.
     *
     * @param name the pool's name, its bean's
     * @param maxConnections its max-connections
     * @param maxWait its max-wait
     * @param peakInUse the most connections in use at once that sampling saw
     * @param peakPending the most threads waiting for a connection at once that sampling
     * saw
     */
    public record Pool(String name, int maxConnections, String maxWait, int peakInUse, int peakPending) {
    }
}
