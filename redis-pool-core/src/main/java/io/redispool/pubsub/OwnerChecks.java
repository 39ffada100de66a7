package io.redispool.pubsub;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * When a cluster subscriber looks for its shard channels' nodes: soon after a reading
 * thread asks (once for any number of asks), again after a pause while something is not
 * held, and every second against the map the client already has. Each check runs on one
 * daemon thread of the subscriber's own, never on a reading thread, since a check may
 * read the slot map over the network.
 *
 * <p>
 * The thread starts with the first shard channel ({@link #start()}): a subscriber of
 * channels and patterns alone has no node to follow, so it gets no thread, and asks for a
 * check are ignored until then.
 */
final class OwnerChecks {

    /**
     * The pause before a check is repeated, while a master that died is being replaced.
     */
    static final long RECHECK_MILLIS = 500;

    private static final long COMPARE_MILLIS = 1000;

    private final String threadName;

    private final Consumer<Boolean> check;

    private final AtomicBoolean queued = new AtomicBoolean();

    private final ReentrantLock lock = new ReentrantLock();

    /** The checking thread; {@code null} until started. Written under the lock. */
    private volatile ScheduledExecutorService thread;

    /** Written under the lock. */
    private boolean closed;

    /**
     * Prepares the checks; no thread starts until {@link #start()}.
     * @param threadName the name of the checking thread
     * @param check the check; given {@code true} when it is to read the slot map again,
     * {@code false} to compare with the map the client has
     */
    OwnerChecks(String threadName, Consumer<Boolean> check) {
        this.threadName = threadName;
        this.check = check;
    }

    /** Starts the checking thread and the comparisons, unless started or closed. */
    void start() {
        if (this.thread != null) {
            return;
        }
        this.lock.lock();
        try {
            if (this.thread != null || this.closed) {
                return;
            }
            ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((task) -> {
                Thread daemon = new Thread(task, this.threadName);
                daemon.setDaemon(true);
                return daemon;
            });
            started.scheduleWithFixedDelay(() -> this.check.accept(false), COMPARE_MILLIS, COMPARE_MILLIS,
                    TimeUnit.MILLISECONDS);
            this.thread = started;
        }
        finally {
            this.lock.unlock();
        }
    }

    /** Queues a check that reads the map again, unless one is queued already. */
    void soon() {
        queue(0);
    }

    /** Queues a check that reads the map again after a pause, unless one is queued. */
    void later() {
        queue(RECHECK_MILLIS);
    }

    /** Stops the thread, if it started, and keeps it from starting. Idempotent. */
    void close() {
        this.lock.lock();
        try {
            this.closed = true;
            if (this.thread != null) {
                this.thread.shutdownNow();
            }
        }
        finally {
            this.lock.unlock();
        }
    }

    private void queue(long delayMillis) {
        ScheduledExecutorService running = this.thread;
        if (running == null) {
            // Not started: no shard channel, nothing to check.
            return;
        }
        if (this.queued.compareAndSet(false, true)) {
            try {
                running.schedule(() -> {
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
