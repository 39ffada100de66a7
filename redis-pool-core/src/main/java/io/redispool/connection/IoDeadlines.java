package io.redispool.connection;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Enforces the socket timeout of blocking reads and writes from one shared daemon thread.
 *
 * <p>
 * Why: a blocking read costs one system call, and the thread sleeps in the kernel until
 * the reply comes. Bounding it the usual way (a non-blocking read, then a poll with a
 * timeout, then the read again) costs three, and more under load, when most replies are
 * not there yet. So each transport publishes a deadline before it blocks, and this
 * thread, ticking at a tenth of the shortest timeout it watches, closes any transport
 * whose deadline has passed; the blocked thread wakes with the close and reports a
 * timeout. A timeout thus fires up to a tick late.
 */
final class IoDeadlines {

    static final IoDeadlines INSTANCE = new IoDeadlines();

    private static final long MIN_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private static final long MAX_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Set<ChannelTransport> watched = ConcurrentHashMap.newKeySet();

    private volatile long tickNanos = MAX_TICK_NANOS;

    private volatile Thread thread;

    private IoDeadlines() {
    }

    void watch(ChannelTransport transport) {
        long tick = tickFor(transport.timeoutNanos());
        if (tick < this.tickNanos) {
            this.tickNanos = tick;
        }
        this.watched.add(transport);
        if (this.thread == null) {
            start();
        }
    }

    void unwatch(ChannelTransport transport) {
        this.watched.remove(transport);
    }

    private static long tickFor(long timeoutNanos) {
        return Math.max(MIN_TICK_NANOS, Math.min(MAX_TICK_NANOS, timeoutNanos / 10));
    }

    private synchronized void start() {
        if (this.thread == null) {
            Thread ticker = new Thread(this::run, "redis-pool-io-deadlines");
            ticker.setDaemon(true);
            ticker.start();
            this.thread = ticker;
        }
    }

    private void run() {
        while (true) {
            LockSupport.parkNanos(this.tickNanos);
            long now = System.nanoTime();
            long tick = MAX_TICK_NANOS;
            for (ChannelTransport transport : this.watched) {
                transport.expireIfOverdue(now);
                tick = Math.min(tick, tickFor(transport.timeoutNanos()));
            }
            // Follows the transports still watched, so a short timeout gone leaves no
            // fast tick.
            this.tickNanos = tick;
        }
    }

}
