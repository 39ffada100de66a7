package io.redispool.execution;

import io.redispool.connection.Connection;
import io.redispool.pool.ConnectionPool;
import io.redispool.pool.PooledConnection;

/**
 * A connection borrowed from the pool for one write and its replies.
 */
final class PooledLease implements ConnectionLease {

    private final ConnectionPool pool;

    private PooledConnection borrowed;

    PooledLease(ConnectionPool pool) {
        this.pool = pool;
    }

    @Override
    public Connection acquire() {
        if (Thread.currentThread().isInterrupted()) {
            throw PooledUse.interrupted("a transaction");
        }
        this.borrowed = this.pool.borrow();
        return this.borrowed.connection();
    }

    @Override
    public void release() {
        PooledConnection returned = this.borrowed;
        this.borrowed = null;
        if (returned != null) {
            this.pool.release(returned);
        }
    }

}
