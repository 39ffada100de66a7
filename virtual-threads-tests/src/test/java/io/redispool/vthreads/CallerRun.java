package io.redispool.vthreads;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat;
import io.redispool.RedisClient;
import io.redispool.metrics.PoolListener;
import io.redispool.pool.PoolMonitor;
import io.redispool.pool.PoolStats;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;

/**
 * Runs callers together, on virtual threads (one each) or on a fixed pool of platform
 * threads, and gathers what they saw: replies that were wrong, throughput, latency
 * percentiles, the longest wait for a connection and the pool's peak of waiting callers.
 *
 * <p>
 * Every run is bounded: callers that have not finished when the limit passes are reported
 * with a dump of every thread, virtual ones included, rather than hanging the build.
 */
final class CallerRun {

    private static final Path DUMPS = Path.of("target", "virtual-threads");

    private CallerRun() {
    }

    /** Where the callers run. */
    enum Threads {

        /** One new virtual thread per caller. */
        VIRTUAL,
        /** A fixed pool of platform threads that the callers queue for. */
        PLATFORM;

        ExecutorService executor(int platformThreads) {
            return (this == VIRTUAL) ? Executors.newVirtualThreadPerTaskExecutor()
                    : Executors.newFixedThreadPool(platformThreads);
        }

    }

    /**
     * Runs the callers and waits up to {@code limit} for them all to finish.
     * @param goOn given a round number, whether a caller goes on to that round
     */
    static Result run(RedisClient client, Threads threads, int platformThreads, int callers, IntPredicate goOn,
            Duration limit) throws InterruptedException {
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        List<CheckedCaller> started = new ArrayList<>(callers);
        BorrowWatch watch = new BorrowWatch();
        PoolMonitor pool = client.pool();
        pool.addListener(watch);
        PeakSampler sampler = PeakSampler.start(pool);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = threads.executor(platformThreads);
        for (int id = 0; id < callers; id++) {
            CheckedCaller caller = new CheckedCaller(id, client, goOn, problems);
            started.add(caller);
            executor.execute(() -> {
                try {
                    start.await();
                    caller.run();
                }
                catch (InterruptedException ex) {
                    problems.add("a caller was interrupted before it began");
                }
            });
        }
        long begin = System.nanoTime();
        start.countDown();
        executor.shutdown();
        if (!executor.awaitTermination(limit.toNanos(), TimeUnit.NANOSECONDS)) {
            problems.add("callers still running after " + limit + " (a deadlock, or waits without bound); every"
                    + " thread is in " + dumpThreads());
            executor.shutdownNow();
        }
        long elapsed = System.nanoTime() - begin;
        sampler.stop();
        pool.removeListener(watch);
        String label = (threads == Threads.VIRTUAL) ? callers + " virtual threads"
                : platformThreads + " platform threads";
        return Result.of(label, started, elapsed, sampler, watch, List.copyOf(problems));
    }

    /**
     * Runs one caller for two rounds on the current thread, then empties the server:
     * every class on the path is initialized before the threads pile in, as in an
     * application that has served its first request.
     */
    static void warmUp(RedisClient client) {
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        new CheckedCaller(0, client, (round) -> round < 2, problems).run();
        if (!problems.isEmpty()) {
            throw new AssertionError("Warm-up failed: " + problems);
        }
        client.commands().flushdb();
    }

    private static Path dumpThreads() {
        try {
            Files.createDirectories(DUMPS);
            Path dump = DUMPS.resolve("threads-" + System.nanoTime() + ".txt").toAbsolutePath();
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .dumpThreads(dump.toString(), ThreadDumpFormat.TEXT_PLAIN);
            return dump;
        }
        catch (IOException ex) {
            throw new IllegalStateException("Could not write a thread dump", ex);
        }
    }

    /**
     * What one run saw.
     *
     * @param threads where the callers ran, such as "10000 virtual threads"
     * @param operations round trips that succeeded (a pipeline counts once)
     * @param typedFailures rounds that ended with a {@code RedisException}
     * @param maxBorrowWaitNanos the longest any caller waited for a connection
     * @param refusals callers refused with "Too many connections"
     * @param problems wrong replies, untyped failures and callers that did not finish
     */
    record Result(String threads, int callers, long elapsedNanos, long operations, long typedFailures, long p50Nanos,
            long p99Nanos, long maxNanos, int peakPending, int peakInUse, long maxBorrowWaitNanos, long refusals,
            List<String> problems, List<CheckedCaller> workers) {

        static Result of(String threads, List<CheckedCaller> callers, long elapsed, PeakSampler sampler,
                BorrowWatch watch, List<String> problems) {
            long[] all = callers.stream()
                .map(CheckedCaller::latencies)
                .flatMapToLong(Arrays::stream)
                .sorted()
                .toArray();
            long typed = callers.stream().mapToLong(CheckedCaller::typedFailures).sum();
            return new Result(threads, callers.size(), elapsed, all.length, typed, percentile(all, 0.50),
                    percentile(all, 0.99), (all.length == 0) ? 0 : all[all.length - 1], sampler.peakPending(),
                    sampler.peakInUse(), watch.maxWaitNanos.get(), watch.refusals.sum(), problems, callers);
        }

        private static long percentile(long[] sorted, double fraction) {
            return (sorted.length == 0) ? 0 : sorted[(int) Math.min(sorted.length - 1, fraction * sorted.length)];
        }

        double operationsPerSecond() {
            return this.operations * 1e9 / this.elapsedNanos;
        }

        String summary() {
            return String.format(
                    "%s: %d callers, %d round trips in %.2fs (%.0f/s), p50 %.2fms, p99 %.2fms, max"
                            + " %.1fms; longest wait for a connection %.1fms; peak pending %d, peak in use %d; %d typed"
                            + " failures, %d refusals, %d problems",
                    this.threads, this.callers, this.operations, this.elapsedNanos / 1e9, operationsPerSecond(),
                    this.p50Nanos / 1e6, this.p99Nanos / 1e6, this.maxNanos / 1e6, this.maxBorrowWaitNanos / 1e6,
                    this.peakPending, this.peakInUse, this.typedFailures, this.refusals, this.problems.size());
        }
    }

    /** Hears every borrow and refusal, to keep the longest wait. */
    private static final class BorrowWatch implements PoolListener {

        private final AtomicLong maxWaitNanos = new AtomicLong();

        private final LongAdder refusals = new LongAdder();

        @Override
        public void connectionBorrowed(long waitNanos) {
            if (waitNanos > this.maxWaitNanos.get()) {
                this.maxWaitNanos.accumulateAndGet(waitNanos, Math::max);
            }
        }

        @Override
        public void connectionRefused(long waitNanos) {
            this.refusals.increment();
            connectionBorrowed(waitNanos);
        }

    }

    /**
     * Samples the pool's pending and in-use figures every millisecond on a platform
     * thread of its own, to report their peaks: a snapshot at the end would see neither.
     */
    static final class PeakSampler {

        private final PoolMonitor pool;

        private final Thread thread;

        private volatile boolean running = true;

        private volatile int peakPending;

        private volatile int peakInUse;

        private PeakSampler(PoolMonitor pool) {
            this.pool = pool;
            this.thread = Thread.ofPlatform().daemon().name("pool-peak-sampler").unstarted(this::sample);
        }

        static PeakSampler start(PoolMonitor pool) {
            PeakSampler sampler = new PeakSampler(pool);
            sampler.thread.start();
            return sampler;
        }

        void stop() throws InterruptedException {
            this.running = false;
            this.thread.join();
        }

        int peakPending() {
            return this.peakPending;
        }

        int peakInUse() {
            return this.peakInUse;
        }

        private void sample() {
            while (this.running) {
                PoolStats stats = this.pool.stats();
                this.peakPending = Math.max(this.peakPending, stats.pending());
                this.peakInUse = Math.max(this.peakInUse, stats.inUse());
                try {
                    Thread.sleep(1);
                }
                catch (InterruptedException ex) {
                    return;
                }
            }
        }

    }

}
