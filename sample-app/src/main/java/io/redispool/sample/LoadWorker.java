package io.redispool.sample;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One caller of a load run: records page views and reads counts and the leaderboard until
 * the deadline or its operation budget, timing each successful operation and counting
 * failures by type.
 *
 * <p>
 * Latencies go to a fixed-size reservoir sample, so memory stays bounded however long the
 * run: every operation has the same chance to be in it.
 *
 * <p>
 * A failed operation is followed by a short pause, as a client answered 503 would not
 * call again in a tight loop; without it, refused callers spin and starve the callers
 * that hold connections of CPU, and the run measures that instead of the pool.
 */
final class LoadWorker implements Callable<LoadWorker> {

    static final int RESERVOIR_SIZE = 10_000;

    private static final int PAGES = 50;

    private static final int VISITORS = 10_000;

    private static final long PAUSE_AFTER_FAILURE_MILLIS = 5;

    private final PageViews pageViews;

    private final CountDownLatch start;

    private final long deadline;

    private final long maxOperations;

    private final long[] reservoir = new long[RESERVOIR_SIZE];

    private final Map<String, Long> errors = new HashMap<>();

    private long operations;

    private long succeeded;

    private long maxNanos;

    LoadWorker(PageViews pageViews, CountDownLatch start, long deadline, long maxOperations) {
        this.pageViews = pageViews;
        this.start = start;
        this.deadline = deadline;
        this.maxOperations = maxOperations;
    }

    @Override
    public LoadWorker call() throws InterruptedException {
        this.start.await();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (this.operations < this.maxOperations && System.nanoTime() - this.deadline < 0) {
            long begin = System.nanoTime();
            try {
                operate(random);
                record(System.nanoTime() - begin, random);
            }
            catch (RuntimeException ex) {
                this.errors.merge(ex.getClass().getSimpleName(), 1L, Long::sum);
                Thread.sleep(PAUSE_AFTER_FAILURE_MILLIS);
            }
            this.operations++;
        }
        return this;
    }

    private void operate(ThreadLocalRandom random) {
        // Squaring skews the choice towards the first pages, so the leaderboard has
        // leaders.
        double skewed = random.nextDouble();
        String page = "page-" + (int) (skewed * skewed * PAGES);
        int kind = random.nextInt(10);
        if (kind < 7) {
            this.pageViews.record(page, "visitor-" + random.nextInt(VISITORS));
        }
        else if (kind < 9) {
            this.pageViews.stats(page);
        }
        else {
            this.pageViews.top(10);
        }
    }

    private void record(long nanos, ThreadLocalRandom random) {
        this.maxNanos = Math.max(this.maxNanos, nanos);
        if (this.succeeded < RESERVOIR_SIZE) {
            this.reservoir[(int) this.succeeded] = nanos;
        }
        else {
            long slot = random.nextLong(this.succeeded + 1);
            if (slot < RESERVOIR_SIZE) {
                this.reservoir[(int) slot] = nanos;
            }
        }
        this.succeeded++;
    }

    long operations() {
        return this.operations;
    }

    long succeeded() {
        return this.succeeded;
    }

    Map<String, Long> errors() {
        return this.errors;
    }

    long maxNanos() {
        return this.maxNanos;
    }

    /**
     * The sampled latencies in nanoseconds, each standing for {@code succeeded / samples}
     * operations.
     * @return a copy of the samples
     */
    long[] samples() {
        return Arrays.copyOf(this.reservoir, (int) Math.min(this.succeeded, RESERVOIR_SIZE));
    }

}
