package io.redispool.pubsub;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one daemon thread that sends every subscriber's heartbeat PINGs: a write of a few
 * bytes each, too little to be worth a thread per subscriber.
 */
final class Heartbeats {

    private static final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, (task) -> {
        Thread thread = new Thread(task, "redis-pool-subscriber-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    static {
        // A closed subscriber's heartbeat leaves the queue at once, not at its next turn.
        scheduler.setRemoveOnCancelPolicy(true);
    }

    private Heartbeats() {
    }

    /**
     * Runs a heartbeat every interval until cancelled.
     * @param interval the interval, more than zero
     * @param heartbeat sends one PING; must not throw
     * @return what cancels it
     */
    static ScheduledFuture<?> schedule(Duration interval, Runnable heartbeat) {
        long nanos = interval.toNanos();
        // A fixed delay, not a fixed rate: after the thread was held up, a fixed rate
        // runs
        // the missed beats back to back, and the second would find no answer to the first
        // PING, sent a moment before, and close a healthy connection.
        return scheduler.scheduleWithFixedDelay(heartbeat, nanos, nanos, TimeUnit.NANOSECONDS);
    }

}
