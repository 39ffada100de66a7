package io.redispool.pubsub;

import io.redispool.RedisException;

/**
 * Receives what a {@link Subscriber} hears: messages, the server's confirmations, and the
 * gaps in between.
 *
 * <p>
 * Calls come one at a time, in the order the server sent them, on the subscriber's
 * delivery thread or the executor it was given, never on the thread that subscribed. A
 * listener that throws is logged and counted, and the next message is delivered all the
 * same. Only {@link #message} must be written; a pattern's or a shard channel's message
 * goes there too unless its own method is overridden.
 *
 * @param <K> the channel type
 * @param <V> the message type
 */
@FunctionalInterface
public interface MessageListener<K, V> {

    /**
     * A message published to a channel this subscriber subscribed to.
     * @param channel the channel
     * @param message the message
     */
    void message(K channel, V message);

    /**
     * A message published to a channel that matched a subscribed pattern.
     * @param pattern the pattern subscribed to
     * @param channel the channel it was published to
     * @param message the message
     */
    default void pmessage(K pattern, K channel, V message) {
        message(channel, message);
    }

    /**
     * A message published with SPUBLISH to a subscribed shard channel.
     * @param shardChannel the shard channel
     * @param message the message
     */
    default void smessage(K shardChannel, V message) {
        message(shardChannel, message);
    }

    /**
     * The server confirmed a subscription, at first or again after a reconnect.
     * @param kind a channel, a pattern or a shard channel
     * @param name its name
     * @param count how many subscriptions the connection holds now
     */
    default void subscribed(SubscriptionKind kind, K name, long count) {
    }

    /**
     * The server confirmed the end of a subscription.
     * @param kind a channel, a pattern or a shard channel
     * @param name its name, or {@code null} when the server had none to end
     * @param count how many subscriptions the connection holds now
     */
    default void unsubscribed(SubscriptionKind kind, K name, long count) {
    }

    /**
     * The connection was lost: a gap starts, and messages published from now until
     * {@link #resubscribed()} are not received. Not called when the subscriber is closed.
     * @param cause why it was lost
     */
    default void disconnected(RedisException cause) {
    }

    /**
     * A new connection holds every subscription again: the gap that {@link #disconnected}
     * opened is closed.
     */
    default void resubscribed() {
    }

    /**
     * Messages were dropped because this listener fell behind by more than the queue
     * holds; they came after every message delivered so far and before the next one.
     * @param count how many in a row
     */
    default void dropped(long count) {
    }

}
