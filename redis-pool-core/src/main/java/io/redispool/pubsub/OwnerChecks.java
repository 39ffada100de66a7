package io.redispool.pubsub;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * When a cluster subscriber looks for its shard channels' nodes: soon after a reading
 * thread asks (once for any number of asks), again after a pause while something is not
 * held, and every second against the map the client already has. Each check runs on one
 * daemon thread of the subscriber's own, never on a reading thread, since a check may
 * read the slot map over the network.
 */
final class OwnerChecks {

    /**
     * The pause before a check is repeated, while a master that died is being replaced.
     */
    static final long RECHECK_MILLIS = 500;

    private static final long COMPARE_MILLIS = 1000;

    private final ScheduledExecutorService thread;

    private final Consumer<Boolean> check;

    private final AtomicBoolean queued = new AtomicBoolean();

    /**
     * Starts the checks.
     * @param threadName the name of the checking thread
     * @param check the check; given {@code true} when it is to read the slot map again,
     * {@code false} to compare with the map the client has
     */
    OwnerChecks(String threadName, Consumer<Boolean> check) {
        this.check = check;
        this.thread = Executors.newSingleThreadScheduledExecutor((task) -> {
            Thread daemon = new Thread(task, threadName);
            daemon.setDaemon(true);
            return daemon;
        });
        this.thread.scheduleWithFixedDelay(() -> check.accept(false), COMPARE_MILLIS, COMPARE_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Queues a check that reads the map again, unless one is queued already. */
    void soon() {
        queue(0);
    }

    /** Queues a check that reads the map again after a pause, unless one is queued. */
    void later() {
        queue(RECHECK_MILLIS);
    }

    void close() {
        this.thread.shutdownNow();
    }

    private void queue(long delayMillis) {
        if (this.queued.compareAndSet(false, true)) {
            try {
                this.thread.schedule(() -> {
                    this.queued.set(false);
                    this.check.accept(true);
                }, delayMillis, TimeUnit.MILLISECONDS);
            }
            catch (RuntimeException ex) {
                // Closed: nothing left to check.
                this.queued.set(false);
            }
        }
    }

}
