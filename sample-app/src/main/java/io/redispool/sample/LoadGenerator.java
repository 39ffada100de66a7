package io.redispool.sample;

import io.redispool.RedisClient;
import io.redispool.pool.PoolMonitor;
import io.redispool.pool.PoolStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Drives the application's own work, page views and reads, from many threads at once, so
 * that the pool's saturation shows: in-use climbs to max-connections, then callers wait
 * ({@code pending}, with max-wait above 0) or are refused
 * ({@code redis.pool.too.many.connections}, with max-wait 0).
 *
 * <p>
 * Bounded in every direction: at most {@value #MAX_THREADS} threads,
 * {@link #MAX_DURATION}, and {@value #MAX_OPERATIONS_PER_THREAD} operations per thread;
 * one run at a time.
 */
@Component
public final class LoadGenerator {

    static final int MAX_THREADS = 256;

    static final Duration MAX_DURATION = Duration.ofSeconds(60);

    static final long MAX_OPERATIONS_PER_THREAD = 2_000_000;

    private static final Duration SAMPLE_INTERVAL = Duration.ofMillis(2);

    private final PageViews pageViews;

    private final RedisClient client;

    private final AtomicBoolean running = new AtomicBoolean();

    public LoadGenerator(PageViews pageViews, RedisClient client) {
        this.pageViews = pageViews;
        this.client = client;
    }

    /**
     * Runs a load and waits for it to end.
     * @param threads concurrent callers, 1 to {@value #MAX_THREADS}
     * @param duration how long they call, 1 second to {@link #MAX_DURATION}
     * @return what happened
     * @throws LoadAlreadyRunningException if another run has not ended
     */
    public LoadReport run(int threads, Duration duration) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException(
                    "'threads' must be between 1 and " + MAX_THREADS + " but was " + threads);
        }
        if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("'seconds' must be between 1 and " + MAX_DURATION.toSeconds()
                    + " but was " + duration.toMillis() / 1000.0);
        }
        if (!this.running.compareAndSet(false, true)) {
            throw new LoadAlreadyRunningException();
        }
        try {
            return drive(threads, duration);
        }
        finally {
            this.running.set(false);
        }
    }

    private LoadReport drive(int threads, Duration duration) {
        PoolMonitor pool = this.client.pool();
        PoolStats before = pool.stats();
        PoolSampler sampler = new PoolSampler(pool);
        ExecutorService executor = Executors.newFixedThreadPool(threads + 1, namedThreads());
        try {
            CountDownLatch start = new CountDownLatch(1);
            long startNanos = System.nanoTime();
            long deadline = startNanos + duration.toNanos();
            List<Future<LoadWorker>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                LoadWorker worker = new LoadWorker(this.pageViews, start, deadline, MAX_OPERATIONS_PER_THREAD);
                workers.add(executor.submit(worker));
            }
            Future<?> sampling = executor.submit(() -> sampler.sampleUntil(deadline, SAMPLE_INTERVAL));
            start.countDown();
            List<LoadWorker> finished = new ArrayList<>();
            for (Future<LoadWorker> worker : workers) {
                finished.add(await(worker, deadline));
            }
            await(sampling, deadline);
            long elapsedNanos = System.nanoTime() - startNanos;
            return LoadReport.of(threads, elapsedNanos, finished, this.client.config().pool(), sampler,
                    pool.stats().tooManyConnections() - before.tooManyConnections());
        }
        finally {
            executor.shutdownNow();
        }
    }

    private static <T> T await(Future<T> future, long deadline) {
        // Every call is bounded by the socket timeout, so workers end soon after the
        // deadline.
        long graceNanos = TimeUnit.SECONDS.toNanos(30);
        try {
            return future.get(Math.max(0, deadline + graceNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the load to end", ex);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("A load thread failed", ex.getCause());
        }
        catch (TimeoutException ex) {
            throw new IllegalStateException("A load thread did not end within 30s of the deadline", ex);
        }
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger number = new AtomicInteger();
        return (task) -> {
            Thread thread = new Thread(task, "load-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Samples the pool's in-use and pending figures while a load runs, to report their
     * peaks: gauges scraped every few seconds would miss them.
     */
    static final class PoolSampler {

        private final PoolMonitor pool;

        private volatile int peakInUse;

        private volatile int peakPending;

        PoolSampler(PoolMonitor pool) {
            this.pool = pool;
        }

        void sampleUntil(long deadline, Duration interval) {
            while (System.nanoTime() - deadline < 0 && !Thread.currentThread().isInterrupted()) {
                PoolStats stats = this.pool.stats();
                this.peakInUse = Math.max(this.peakInUse, stats.inUse());
                this.peakPending = Math.max(this.peakPending, stats.pending());
                try {
                    Thread.sleep(interval.toMillis());
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        int peakInUse() {
            return this.peakInUse;
        }

        int peakPending() {
            return this.peakPending;
        }

    }

    /**
     * A load run was asked for while another one runs.
     */
    static final class LoadAlreadyRunningException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LoadAlreadyRunningException() {
            super("A load run is already in progress; wait for its report");
        }

    }

}
