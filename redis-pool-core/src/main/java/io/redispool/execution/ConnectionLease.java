package io.redispool.execution;

import io.redispool.connection.Connection;

/**
 * Where a pipeline or transaction gets its connection: borrowed from the pool for the one
 * write and its replies, or the connection a caller holds for a scope.
 */
interface ConnectionLease {

    /**
     * The connection to use.
     * @return the connection, the caller's until {@link #release()}
     */
    Connection acquire();

    /** Gives the connection back: to the pool, or to the scope that holds it. */
    void release();

}
