package io.redispool.metrics;

/**
 * Hears what a connection pool and its command executor do, for metrics and tracing.
 *
 * <p>
 * Every method has an empty default, so a listener overrides only what it records, and
 * the pool calls its listener unconditionally: the hot path never checks for {@code null}
 * and knows nothing of any metrics library. Times are in nanoseconds, so recording one
 * allocates nothing. Calls arrive on the threads that borrow and release; implementations
 * must be thread-safe, fast and must not throw.
 */
public interface PoolListener {

    /** A listener that ignores everything. */
    PoolListener NOOP = new PoolListener() {
    };

    /**
     * A connection was opened and set up.
     * @param setupNanos time spent connecting, authenticating and selecting
     */
    default void connectionCreated(long setupNanos) {
    }

    /**
     * A connection was closed.
     * @param reason why the pool closed it
     */
    default void connectionClosed(CloseReason reason) {
    }

    /**
     * A caller obtained a connection.
     * @param waitNanos time from asking to obtaining, including any creation
     */
    default void connectionBorrowed(long waitNanos) {
    }

    /**
     * A caller gave a connection back.
     * @param heldNanos time the caller held it
     */
    default void connectionReleased(long heldNanos) {
    }

    /**
     * A caller was refused with "Too many connections".
     * @param waitNanos time it waited before the refusal (zero when {@code max-wait} is
     * 0)
     */
    default void connectionRefused(long waitNanos) {
    }

    /**
     * A command finished, after any retries.
     * @param command the command's name in upper case, such as {@code GET}
     * @param durationNanos time from the call to its result, including borrowing and
     * retries
     * @param outcome how it ended
     */
    default void commandCompleted(String command, long durationNanos, CommandOutcome outcome) {
    }

}
