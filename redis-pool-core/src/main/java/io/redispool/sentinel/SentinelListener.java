package io.redispool.sentinel;

import io.redispool.connection.Endpoint;

/**
 * Hears the client follow the master from one server to another, for metrics and logs.
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

}
