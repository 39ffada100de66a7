package io.redispool.pool;

import io.redispool.RedisException;
import io.redispool.metrics.CloseReason;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The pool's background work on one daemon thread: closing connections that idled out or
 * grew too old, topping idle connections up to {@code min-idle}, and warning about leaks.
 *
 * <p>
 * Kept off the borrow path so a borrower never pays for housekeeping. Leak detection
 * costs a captured stack and a scheduled task per borrow, so it runs only when a
 * threshold is set.
 */
final class PoolHousekeeper {

    private static final System.Logger logger = System.getLogger(PoolHousekeeper.class.getName());

    private static final long MAX_PERIOD_MILLIS = 30_000;

    private static final long MIN_PERIOD_MILLIS = 10;

    private final ConnectionPool pool;

    private final ConnectionBag bag;

    private final ConnectionSlots slots;

    private final ConnectionOpener opener;

    private final PoolCounters counters;

    private final PoolConfig config;

    private final long leakThresholdNanos;

    private final ScheduledThreadPoolExecutor executor;

    private final AtomicBoolean fillRequested = new AtomicBoolean();

    PoolHousekeeper(ConnectionPool pool, ConnectionBag bag, ConnectionSlots slots, ConnectionOpener opener,
            PoolCounters counters, PoolConfig config) {
        this.pool = pool;
        this.bag = bag;
        this.slots = slots;
        this.opener = opener;
        this.counters = counters;
        this.config = config;
        this.leakThresholdNanos = config.leakDetectionThreshold().toNanos();
        this.executor = new ScheduledThreadPoolExecutor(1, (task) -> {
            Thread thread = new Thread(task, "redis-pool-housekeeper-" + config.name());
            thread.setDaemon(true);
            return thread;
        });
        this.executor.setRemoveOnCancelPolicy(true);
    }

    /**
     * Starts the periodic work; separate from the constructor so the pool is complete
     * first.
     */
    void start() {
        long period = periodMillis(this.config);
        this.executor.scheduleWithFixedDelay(this::evictAndFill, period, period, TimeUnit.MILLISECONDS);
        requestFill();
    }

    /**
     * Half the shortest timeout, so an expired connection lives at most 1.5 times its
     * limit.
     */
    private static long periodMillis(PoolConfig config) {
        long period = MAX_PERIOD_MILLIS;
        for (Duration timeout : new Duration[] { config.idleTimeout(), config.maxLifetime() }) {
            if (!timeout.isZero()) {
                period = Math.min(period, timeout.toMillis() / 2);
            }
        }
        return Math.max(MIN_PERIOD_MILLIS, period);
    }

    /** Asks for a top-up to {@code min-idle} soon, coalescing requests that pile up. */
    void requestFill() {
        if (this.config.minIdle() > 0 && this.fillRequested.compareAndSet(false, true)) {
            submit(() -> {
                this.fillRequested.set(false);
                fillToMinIdle();
            });
        }
    }

    /**
     * Closes the idle connections that outlived {@code max-lifetime}, and those idle
     * longer than {@code idle-timeout} while more than {@code min-idle} are open, oldest
     * first.
     */
    void evictIdle() {
        long now = System.nanoTime();
        long idleTimeout = this.config.idleTimeout().toNanos();
        // Least recently released first, by times read once: releases go on while this
        // sorts.
        List<IdleSince> oldestFirst = new ArrayList<>();
        for (PooledConnection pooled : this.bag.snapshot()) {
            if (pooled.isIdle()) {
                oldestFirst.add(new IdleSince(pooled, now - pooled.lastReleasedAt));
            }
        }
        oldestFirst.sort(Comparator.comparingLong(IdleSince::nanos).reversed());
        for (IdleSince candidate : oldestFirst) {
            PooledConnection pooled = candidate.pooled();
            CloseReason reason = null;
            if (pooled.isExpired(now)) {
                reason = CloseReason.MAX_LIFETIME;
            }
            else if (idleTimeout > 0 && candidate.nanos() > idleTimeout
                    && this.counters.open() > this.config.minIdle()) {
                reason = CloseReason.IDLE_TIMEOUT;
            }
            if (reason != null && pooled.reserve()) {
                this.pool.retire(pooled, reason);
            }
        }
    }

    /**
     * Opens idle connections up to {@code min-idle}, each in a free slot, never beyond
     * {@code max-connections}.
     */
    void fillToMinIdle() {
        while (!this.pool.isClosed() && this.pool.stats().idle() < this.config.minIdle() && this.slots.tryTake()) {
            PooledConnection pooled;
            try {
                pooled = this.opener.open(PooledConnection.IDLE);
            }
            catch (RedisException ex) {
                this.slots.free();
                logger.log(Level.WARNING, "Pool ''{0}'' could not open a connection to keep min-idle={1}: {2}",
                        this.config.name(), this.config.minIdle(), ex.getMessage());
                return;
            }
            catch (RuntimeException | Error ex) {
                this.slots.free();
                throw ex;
            }
            if (this.pool.isClosed()) {
                if (pooled.reserve()) {
                    this.pool.retire(pooled, CloseReason.POOL_CLOSED);
                }
                return;
            }
            this.slots.handOff(pooled);
        }
    }

    void watchForLeak(PooledConnection pooled) {
        if (this.leakThresholdNanos > 0) {
            Exception borrowedHere = new Exception("Apparent connection leak: " + pooled + " was borrowed here by "
                    + Thread.currentThread().getName());
            try {
                pooled.leakWatch = this.executor.schedule(() -> reportLeak(pooled, borrowedHere),
                        this.leakThresholdNanos, TimeUnit.NANOSECONDS);
            }
            catch (RejectedExecutionException ex) {
                // The pool is closing; nothing is held long enough to leak any more.
            }
        }
    }

    void endLeakWatch(PooledConnection pooled, long now) {
        ScheduledFuture<?> watch = pooled.leakWatch;
        if (watch != null) {
            watch.cancel(false);
            pooled.leakWatch = null;
            if (pooled.reportedAsLeak) {
                pooled.reportedAsLeak = false;
                logger.log(Level.INFO, "Pool ''{0}'': {1}, reported as a leak, came back after {2}ms",
                        this.config.name(), pooled, TimeUnit.NANOSECONDS.toMillis(now - pooled.borrowedAt));
            }
        }
    }

    void shutdown() {
        this.executor.shutdownNow();
    }

    private void reportLeak(PooledConnection pooled, Exception borrowedHere) {
        pooled.reportedAsLeak = true;
        logger.log(Level.WARNING,
                "Pool ''" + this.config.name() + "'': " + pooled + " has been held for more than "
                        + this.config.leakDetectionThreshold().toMillis() + "ms (leak-detection-threshold)",
                borrowedHere);
    }

    private void evictAndFill() {
        try {
            evictIdle();
            fillToMinIdle();
        }
        catch (RuntimeException ex) {
            // A periodic task that throws is never run again; log and keep housekeeping
            // alive.
            logger.log(Level.WARNING, "Pool ''" + this.config.name() + "'' housekeeping failed", ex);
        }
    }

    private void submit(Runnable task) {
        try {
            this.executor.execute(task);
        }
        catch (RejectedExecutionException ex) {
            // Shut down with the pool: there is nothing left to keep warm.
        }
    }

    private record IdleSince(PooledConnection pooled, long nanos) {
    }

}
