package io.redispool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one step on many threads at once, released together, and collects what went wrong:
 * the stress tests' shared driver, so each test states only its step and its checks.
 */
public final class StressRun {

    private StressRun() {
    }

    /**
     * Runs {@code step} {@code iterations} times on each of {@code threadCount} threads.
     * @param threadCount how many threads
     * @param iterations how many steps each thread runs
     * @param step one step; a throw is recorded as a failure of its thread
     * @return the failures, empty when every step passed and every thread ended within
     * two minutes
     * @throws InterruptedException if the caller is interrupted while waiting
     */
    public static ConcurrentLinkedQueue<String> run(int threadCount, int iterations, Step step)
            throws InterruptedException {
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < iterations; i++) {
                        step.run(id, i);
                    }
                }
                catch (Throwable ex) {
                    failures.add("thread " + id + ": " + ex);
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(120_000);
            if (thread.isAlive()) {
                failures.add(thread.getName() + " still running");
            }
        }
        return failures;
    }

    /** One step of one thread. */
    @FunctionalInterface
    public interface Step {

        void run(int thread, int iteration) throws Exception;

    }

}
