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
     * Runs a heartbeat with the interval between one's end and the next's start, until
     * cancelled. Not at a fixed rate: after the scheduler thread was held up (a long
     * pause, a starved CPU) a fixed rate runs the missed heartbeats back to back, and the
     * second would find the first PING unanswered and drop a healthy connection.
     * @param interval the interval, more than zero
     * @param heartbeat sends one PING; must not throw
     * @return what cancels it
     */
    static ScheduledFuture<?> schedule(Duration interval, Runnable heartbeat) {
        long nanos = interval.toNanos();
        return scheduler.scheduleWithFixedDelay(heartbeat, nanos, nanos, TimeUnit.NANOSECONDS);
    }

}
