package io.redispool.async;

import io.redispool.RedisConnectionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Threads that run asynchronous commands on pooled connections: a pooled command blocks a
 * thread while it runs, so an asynchronous one needs a thread of its own.
 *
 * <p>
 * As many threads as the pool has connections, since more could only wait for one;
 * started on first use and gone after a minute without work. Commands beyond wait in
 * order.
 */
public final class PoolWorkers {

    private final String poolName;

    private final ThreadPoolExecutor threads;

    /**
     * Prepares the threads; none starts yet.
     * @param poolName names the threads
     * @param maxThreads how many may run at once: the pool's max-connections
     */
    public PoolWorkers(String poolName, int maxThreads) {
        this.poolName = poolName;
        this.threads = new ThreadPoolExecutor(maxThreads, maxThreads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                new DaemonThreads(poolName + "-async-"));
        this.threads.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs work on one of the threads.
     * @param work what to run, such as a pooled command
     * @param <T> what it yields
     * @return completed with what the work returned or threw
     */
    public <T> CompletableFuture<T> run(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, this.threads);
        }
        catch (RejectedExecutionException ex) {
            return CompletableFuture.failedFuture(new RedisConnectionException(
                    "Cannot run an asynchronous command: the client of pool '" + this.poolName + "' is closed", ex,
                    false));
        }
    }

    /** Takes no more work; what is queued still runs, and fails if the pool is closed. */
    public void close() {
        this.threads.shutdown();
    }

    private static final class DaemonThreads implements ThreadFactory {

        private final String prefix;

        private final AtomicInteger count = new AtomicInteger();

        DaemonThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, this.prefix + this.count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }

    }

}
