package io.redispool.pool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * {@link System#nanoTime()} to the millisecond, read from a field instead of the system
 * clock.
 *
 * <p>
 * Why: a borrow and a release need the time for three things only: whether an idle
 * connection idled long enough (1 ms) to deserve a liveness check, whether it outlived
 * {@code max-lifetime}, and when it was released, for the next two questions and for
 * {@code idle-timeout}. All three tolerate a millisecond's error; a {@code clock_gettime}
 * costs about 24 ns on the VMs measured (kvm-clock), more than the rest of a borrow and a
 * release together. So one daemon thread, shared by every pool in the JVM, stores the
 * time every millisecond, and readers pay one read of a field that changes a thousand
 * times a second.
 *
 * <p>
 * The thread runs only while someone reads: it stops ticking after a second, and the
 * first read after that takes the exact time and sets it ticking again (one wake-up a
 * second for a busy pool); after ten seconds without a reader it ends, so an idle
 * application keeps no thread. Ticks late by the scheduler make the clock late by as
 * much, never early: a connection can skip its liveness check after idling 1 ms plus that
 * delay.
 */
final class CoarseClock {

    static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private static final int TICKS_PER_RUN = 1000;

    private static final long EXIT_AFTER_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** The value while no thread ticks; a reader seeing it reads the system clock. */
    private static final long STOPPED = Long.MIN_VALUE;

    private static final VarHandle NOW;

    static {
        try {
            NOW = MethodHandles.lookup().findStaticVarHandle(CoarseClock.class, "now", long.class);
        }
        catch (ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private static volatile long now = STOPPED;

    /**
     * The ticking thread, or {@code null} when none runs; guarded by the class's lock.
     */
    private static Thread ticker;

    private CoarseClock() {
    }

    /**
     * The time, at most a tick (plus any scheduling delay of the ticking thread) behind
     * {@link System#nanoTime()}.
     * @return nanoseconds on {@link System#nanoTime()}'s scale
     */
    static long now() {
        long value = now;
        return (value != STOPPED) ? value : restart();
    }

    private static long restart() {
        long exact = System.nanoTime();
        if (NOW.compareAndSet(STOPPED, exact)) {
            wakeTicker();
        }
        return exact;
    }

    private static synchronized void wakeTicker() {
        if (ticker == null) {
            ticker = new Thread(CoarseClock::tick, "redis-pool-clock");
            ticker.setDaemon(true);
            ticker.start();
        }
        else {
            LockSupport.unpark(ticker);
        }
    }

    private static void tick() {
        for (;;) {
            for (int i = 0; i < TICKS_PER_RUN; i++) {
                LockSupport.parkNanos(TICK_NANOS);
                now = System.nanoTime();
            }
            // While the clock runs only this thread writes it; once stopped only a reader
            // does.
            now = STOPPED;
            long stoppedAt = System.nanoTime();
            while (now == STOPPED) {
                LockSupport.parkNanos(CoarseClock.class, EXIT_AFTER_NANOS);
                if (now == STOPPED && System.nanoTime() - stoppedAt >= EXIT_AFTER_NANOS && exitIfStopped()) {
                    return;
                }
            }
        }
    }

    private static synchronized boolean exitIfStopped() {
        if (now != STOPPED) {
            return false;
        }
        ticker = null;
        return true;
    }

}
