package io.redispool.metrics;

/**
 * Why the pool closed a connection.
 */
public enum CloseReason {

    /**
     * It met an I/O error, a timeout, a protocol error or an interrupt, or owed a reply.
     */
    BROKEN,

    /** It sat idle longer than {@code idle-timeout}. */
    IDLE_TIMEOUT,

    /** It was older than {@code max-lifetime}. */
    MAX_LIFETIME,

    /**
     * The server closed it while it sat idle: a restart, its {@code timeout} setting,
     * CLIENT KILL.
     */
    SERVER_CLOSED,

    /** Its health-check PING failed. */
    HEALTH_CHECK_FAILED,

    /** It was created before a reset or disconnect-all. */
    RESET,

    /** The pool was closed. */
    POOL_CLOSED

}
