package io.redispool.spring.metrics;

import io.redispool.metrics.CompositePoolListener;
import io.redispool.metrics.PoolListener;
import io.redispool.pool.PoolConfig;
import io.redispool.pool.PoolMonitor;
import io.redispool.pool.PoolStats;
import java.util.ArrayList;
import java.util.List;

/**
 * A real pool's monitor whose listeners the test can call directly, to feed the meters
 * events without a server.
 */
final class ListeningPool implements PoolMonitor {

    private final PoolMonitor pool;

    private final List<PoolListener> listeners = new ArrayList<>();

    ListeningPool(PoolMonitor pool) {
        this.pool = pool;
    }

    /** Every listener added so far, as one. */
    PoolListener listener() {
        return CompositePoolListener.of(List.copyOf(this.listeners));
    }

    @Override
    public PoolConfig config() {
        return this.pool.config();
    }

    @Override
    public PoolStats stats() {
        return this.pool.stats();
    }

    @Override
    public void addListener(PoolListener listener) {
        this.listeners.add(listener);
    }

    @Override
    public void removeListener(PoolListener listener) {
        this.listeners.remove(listener);
    }

    @Override
    public void reset() {
        this.pool.reset();
    }

    @Override
    public boolean isClosed() {
        return this.pool.isClosed();
    }

}
