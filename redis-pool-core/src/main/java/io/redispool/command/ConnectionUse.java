package io.redispool.command;

/**
 * What a command does to the connection it runs on, and so whether it may run on a pooled
 * one.
 *
 * <p>
 * A pooled connection serves one caller after another; a command that leaves state behind
 * (a database, a user, a transaction, a subscription, a monitor stream) would hand that
 * state to the next caller, and some of it is a security problem (AUTH as another user,
 * MONITOR showing other callers' commands). Such commands are refused before any
 * connection is borrowed, with an error that names what to use instead.
 */
public enum ConnectionUse {

    /** Leaves the connection as it found it. */
    POOLED(null),

    /**
     * May close the connection (CLIENT KILL can name its own): it runs, then the
     * connection is closed.
     */
    CLOSES_AFTER(null),

    /**
     * Changes a setting of the connection: its database, user, name, protocol or reply
     * mode.
     */
    CONNECTION_STATE("it changes the state of the connection, which the next caller of the pool would inherit; "
            + "set it in the configuration instead ('database', 'username' and 'password', 'client-name'), "
            + "or build a second RedisClient for a second database or user"),

    /** MULTI, EXEC, DISCARD, WATCH, UNWATCH. */
    TRANSACTION("a transaction spans several commands on one connection, which a pooled call does not hold; "
            + "use client.multi() for MULTI/EXEC, client.transaction(keys, attempts, work) for WATCH, "
            + "or client.withConnection(scope -> ...) to hold one connection"),

    /**
     * SUBSCRIBE and its kin: the connection then receives messages instead of replies.
     */
    SUBSCRIPTION("a subscribed connection receives messages instead of replies, which would reach other callers; "
            + "use client.subscriber(listener), which subscribes on a connection of your own, outside the pool"),

    /**
     * MONITOR and replication commands: the server streams to the connection without end.
     */
    STREAM("the server then streams to the connection without end, and every later caller would read "
            + "that stream (other clients' commands included) instead of its reply");

    private final String reason;

    ConnectionUse(String reason) {
        this.reason = reason;
    }

    /**
     * Whether a command of this kind may run on a pooled connection.
     * @return {@code true} for {@link #POOLED} and {@link #CLOSES_AFTER}
     */
    public boolean isAllowedOnPool() {
        return this.reason == null;
    }

    /**
     * Why a command of this kind is refused on a pooled connection, and what to do
     * instead.
     * @return the reason, or {@code null} when it is allowed
     */
    public String reason() {
        return this.reason;
    }

}
