package io.redispool.benchmarks.pool;

import io.redispool.connection.Connection;
import io.redispool.metrics.PoolListener;
import io.redispool.pool.ConnectionPool;
import io.redispool.pool.PoolConfig;
import io.redispool.pool.PooledConnection;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.LongAdder;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;

/**
 * One borrow and one release on a pool of dummy connections; the pools compared by
 * {@link PoolBenchmark}.
 */
sealed interface BorrowRelease extends AutoCloseable
        permits BorrowRelease.RedisPool, BorrowRelease.CommonsPool, BorrowRelease.LockedDeque {

    /**
     * The pools {@link #create} knows, as {@link PoolBenchmark}'s parameter names them.
     */
    String REDIS_POOL = "redis-pool";

    /** This project's pool with a listener attached, as metrics attach one. */
    String REDIS_POOL_LISTENED = "redis-pool+listener";

    /**
     * Borrows a connection and gives it straight back.
     * @return the connection, for the benchmark to consume
     */
    Object borrowAndRelease() throws Exception;

    @Override
    void close();

    /**
     * Creates the pool a {@link PoolBenchmark} parameter names.
     * @param name {@code redis-pool}, {@code redis-pool+listener}, {@code commons-pool2}
     * or {@code locked-deque}
     * @param size how many connections it may hold, at least the number of threads
     * @return the pool, warmed up with {@code size} idle connections
     */
    static BorrowRelease create(String name, int size) throws Exception {
        BorrowRelease pool = switch (name) {
            case REDIS_POOL -> new RedisPool(size, false);
            case REDIS_POOL_LISTENED -> new RedisPool(size, true);
            case "commons-pool2" -> new CommonsPool(size);
            case "locked-deque" -> new LockedDeque(size);
            default -> throw new IllegalArgumentException(
                    "'pool' must be redis-pool, redis-pool+listener, commons-pool2 or locked-deque but was " + name);
        };
        for (int i = 0; i < size; i++) {
            pool.borrowAndRelease();
        }
        return pool;
    }

    /**
     * This project's pool, with every timer that would add work switched off; optionally
     * with a listener that sums what it hears, so that what is measured is what the pool
     * spends on timing for metrics rather than what a metrics library spends recording.
     */
    final class RedisPool implements BorrowRelease {

        private final ConnectionPool pool;

        RedisPool(int size, boolean listened) {
            PoolConfig config = new PoolConfig("bench", size, Duration.ofSeconds(1), 0, Duration.ZERO, Duration.ZERO,
                    Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1));
            this.pool = new ConnectionPool(config, NullTransport::connection);
            if (listened) {
                this.pool.addListener(new SummingListener());
            }
        }

        @Override
        public Object borrowAndRelease() {
            PooledConnection pooled = this.pool.borrow();
            this.pool.release(pooled);
            return pooled;
        }

        @Override
        public void close() {
            this.pool.close();
        }

    }

    /** Sums borrow waits and hold times, about the least a metrics listener can do. */
    final class SummingListener implements PoolListener {

        private final LongAdder waited = new LongAdder();

        private final LongAdder held = new LongAdder();

        @Override
        public void connectionBorrowed(long waitNanos) {
            this.waited.add(waitNanos);
        }

        @Override
        public void connectionReleased(long heldNanos) {
            this.held.add(heldNanos);
        }

    }

    /**
     * commons-pool2 configured as Jedis configures it ({@code ConnectionPoolConfig}'s
     * settings).
     */
    final class CommonsPool implements BorrowRelease {

        private final GenericObjectPool<Connection> pool;

        CommonsPool(int size) {
            GenericObjectPoolConfig<Connection> config = new GenericObjectPoolConfig<>();
            config.setMaxTotal(size);
            config.setMaxIdle(size);
            config.setTestWhileIdle(true);
            config.setMinEvictableIdleDuration(Duration.ofSeconds(60));
            config.setTimeBetweenEvictionRuns(Duration.ofSeconds(30));
            config.setNumTestsPerEvictionRun(-1);
            config.setJmxEnabled(false);
            this.pool = new GenericObjectPool<>(new BasePooledObjectFactory<>() {

                @Override
                public Connection create() {
                    return NullTransport.connection();
                }

                @Override
                public PooledObject<Connection> wrap(Connection connection) {
                    return new DefaultPooledObject<>(connection);
                }
            }, config);
        }

        @Override
        public Object borrowAndRelease() throws Exception {
            Connection connection = this.pool.borrowObject();
            this.pool.returnObject(connection);
            return connection;
        }

        @Override
        public void close() {
            this.pool.close();
        }

    }

    /** The floor: an {@link ArrayDeque} behind one monitor, with no accounting at all. */
    final class LockedDeque implements BorrowRelease {

        private final ArrayDeque<Connection> idle = new ArrayDeque<>();

        LockedDeque(int size) {
            for (int i = 0; i < size; i++) {
                this.idle.push(NullTransport.connection());
            }
        }

        @Override
        public Object borrowAndRelease() {
            Connection connection;
            synchronized (this.idle) {
                connection = this.idle.pop();
            }
            synchronized (this.idle) {
                this.idle.push(connection);
            }
            return connection;
        }

        @Override
        public void close() {
        }

    }

}
