package io.redispool.pool;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The pool's open connections, and the two places a borrower looks for an idle one: the
 * connections its own thread released last, then all of them.
 *
 * <p>
 * Why (after HikariCP's {@code ConcurrentBag}): a pool whose free connections sit in one
 * shared queue makes every borrow and every release write the same memory, so that
 * threads on different cores queue for one cache line. Here a thread keeps the
 * connections it released in a cache of its own and claims one back with a
 * compare-and-set on the connection itself; other threads only read that connection's
 * state. Nothing shared is written unless a thread finds its cache empty. The order is
 * LIFO per thread (its most recently released connection first); across threads, a
 * borrower with an empty cache takes the connection released most recently pool-wide (to
 * {@link CoarseClock}'s millisecond), so the pool still keeps a small set warm and lets
 * the rest idle out.
 */
final class ConnectionBag {

    /**
     * Connections a thread remembers; a thread holding more at once forgets its oldest.
     */
    private static final int CACHE_SIZE = 16;

    private static final PooledConnection[] NONE = new PooledConnection[0];

    /** Every open connection; replaced, never changed, on the rare add and remove. */
    private volatile PooledConnection[] all = NONE;

    /**
     * JDK types only, so that a thread's cache pins neither a closed connection nor our
     * class loader.
     */
    private final ThreadLocal<ArrayDeque<WeakReference<PooledConnection>>> caches = ThreadLocal
        .withInitial(() -> new ArrayDeque<>(CACHE_SIZE));

    /**
     * Claims the idle connection this thread released most recently.
     * @return the connection, claimed, or {@code null} if this thread's cache holds none
     * idle
     */
    PooledConnection takeCached() {
        ArrayDeque<WeakReference<PooledConnection>> cache = this.caches.get();
        for (WeakReference<PooledConnection> entry; (entry = cache.pollLast()) != null;) {
            PooledConnection pooled = entry.get();
            if (pooled != null && pooled.claim()) {
                return pooled;
            }
        }
        return null;
    }

    /**
     * Claims the idle connection released most recently by any thread.
     * @return the connection, claimed, or {@code null} if none is idle
     */
    PooledConnection takeShared() {
        for (;;) {
            PooledConnection best = null;
            for (PooledConnection pooled : this.all) {
                if (pooled.isIdle() && (best == null || pooled.lastReleasedAt - best.lastReleasedAt > 0)) {
                    best = pooled;
                }
            }
            if (best == null || best.claim()) {
                return best;
            }
        }
    }

    /**
     * Puts a connection this thread just released on top of its cache.
     * @param pooled the connection, idle
     */
    void cache(PooledConnection pooled) {
        ArrayDeque<WeakReference<PooledConnection>> cache = this.caches.get();
        if (cache.size() == CACHE_SIZE) {
            cache.pollFirst();
        }
        cache.addLast(pooled.cacheEntry);
    }

    synchronized void add(PooledConnection pooled) {
        PooledConnection[] current = this.all;
        PooledConnection[] grown = Arrays.copyOf(current, current.length + 1);
        grown[current.length] = pooled;
        this.all = grown;
    }

    /**
     * Forgets a connection being closed.
     * @param pooled the connection
     * @return {@code true} if it was here, {@code false} if it had been removed already
     */
    synchronized boolean remove(PooledConnection pooled) {
        PooledConnection[] current = this.all;
        for (int i = 0; i < current.length; i++) {
            if (current[i] == pooled) {
                PooledConnection[] shrunk = new PooledConnection[current.length - 1];
                System.arraycopy(current, 0, shrunk, 0, i);
                System.arraycopy(current, i + 1, shrunk, i, current.length - i - 1);
                this.all = shrunk;
                return true;
            }
        }
        return false;
    }

    /**
     * The open connections at this moment.
     * @return an array the caller must not change
     */
    PooledConnection[] snapshot() {
        return this.all;
    }

    /**
     * Counts the connections in one state.
     * @param state such as {@link PooledConnection#IN_USE}
     * @return how many are in it now
     */
    int count(int state) {
        int count = 0;
        for (PooledConnection pooled : this.all) {
            if (pooled.state() == state) {
                count++;
            }
        }
        return count;
    }

}
