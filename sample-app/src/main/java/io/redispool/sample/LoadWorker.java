package io.redispool.sample;

import org.HdrHistogram.Histogram;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One caller of a load run: records page views and reads counts and the leaderboard until
 * the deadline or its operation budget, timing each successful operation and counting
 * failures by type.
 *
 * <p>
 * Latencies go to an HdrHistogram, three significant digits from a microsecond up, so
 * memory stays bounded however long the run and every operation counts.
 *
 * <p>
 * A failed operation is followed by a short pause, as a client answered 503 would not
 * call again in a tight loop; without it, refused callers spin and starve the callers
 * that hold connections of CPU, and the run measures that instead of the pool.
 */
final class LoadWorker implements Callable<LoadWorker> {

    private static final int PAGES = 50;

    private static final int VISITORS = 10_000;

    private static final long PAUSE_AFTER_FAILURE_MILLIS = 5;

    private final PageViews pageViews;

    private final CountDownLatch start;

    private final long deadline;

    private final long maxOperations;

    private final Histogram latencies = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);

    private final Map<String, Long> errors = new HashMap<>();

    private long operations;

    private long succeeded;

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
                record(System.nanoTime() - begin);
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

    private void record(long nanos) {
        // Beyond a minute is a stalled run, recorded as a minute rather than thrown away.
        this.latencies.recordValue(Math.min(nanos, this.latencies.getHighestTrackableValue()));
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

    /**
     * The latencies of the operations that succeeded, in nanoseconds.
     * @return the worker's histogram; read it once the worker has finished
     */
    Histogram latencies() {
        return this.latencies;
    }

}
