package io.redispool.pubsub;

/**
 * Hears what a {@link Subscriber}'s connection does, for metrics and tracing.
 *
 * <p>
 * Like {@code PoolListener}: every method has an empty default and is called
 * unconditionally, so the reading thread never checks for {@code null}. Calls come on the
 * subscriber's reading thread; implementations must be fast and must not throw. Lifetime
 * totals are also in {@link Subscriber#stats()}, which is what gauges should poll.
 */
public interface SubscriberListener {

    /** A listener that ignores everything. */
    SubscriberListener NOOP = new SubscriberListener() {
    };

    /**
     * A connection was opened and its subscriptions sent.
     * @param reconnect {@code false} for the first connection, {@code true} after a loss
     */
    default void connected(boolean reconnect) {
    }

    /** The connection was lost; the subscriber will reconnect. */
    default void disconnected() {
    }

    /** A message was read and queued for the message listener. */
    default void messageReceived() {
    }

    /** A message was read and dropped because the queue was full. */
    default void messageDropped() {
    }

}
