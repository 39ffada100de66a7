package io.redispool.sentinel;

import io.redispool.connection.Endpoint;
import io.redispool.pool.PoolMonitor;

/**
 * Hears the client follow the master from one server to another, and, with
 * {@code sentinel.read-from} {@code REPLICA_PREFERRED}, replicas join and leave the
 * reads, for metrics and logs.
 *
 * <p>
 * Calls arrive on the thread that noticed the move: a subscriber's, or a caller's whose
 * connection to the old master failed. Implementations must be fast and must not throw.
 */
@FunctionalInterface
public interface SentinelListener {

    /**
     * The pool moved to a new master; its connections to the old one are closed.
     * @param from the old master
     * @param to the new master
     * @param cause what told the client, such as {@code +switch-master from
     * 10.0.0.5:26379}
     */
    void masterSwitched(Endpoint.Tcp from, Endpoint.Tcp to, String cause);

    /**
     * A replica joined the reads, with a pool of its own; it hears about replicas present
     * when it is added only if they join again.
     * @param replica the replica's address
     * @param pool its pool
     */
    default void replicaAdded(Endpoint.Tcp replica, PoolMonitor pool) {
    }

    /**
     * A replica left the reads, as the sentinels no longer list it as healthy; its pool
     * is closed.
     * @param replica the replica's address
     */
    default void replicaRemoved(Endpoint.Tcp replica) {
    }

}
