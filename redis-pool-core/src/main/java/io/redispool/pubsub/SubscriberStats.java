package io.redispool.pubsub;

/**
 * A snapshot of a subscriber's state and lifetime totals, for gauges and health checks.
 *
 * @param connected whether a connection is open now
 * @param subscriptions how many channels, patterns and shard channels the subscriber
 * wants, whether or not the server has confirmed them yet
 * @param confirmed how many of them the server has confirmed on the current connection
 * @param queued messages read and waiting for the listener
 * @param messagesReceived messages read off the connection, dropped ones included
 * @param messagesDropped messages dropped because the queue was full
 * @param reconnects connections opened after a loss
 * @param listenerFailures calls to the listener that threw
 */
public record SubscriberStats(boolean connected, int subscriptions, int confirmed, int queued, long messagesReceived,
        long messagesDropped, long reconnects, long listenerFailures) {

    /**
     * Whether every wanted subscription is confirmed on an open connection.
     * @return {@code true} if no message published now would be missed
     */
    public boolean isSubscribed() {
        return this.connected && this.confirmed == this.subscriptions;
    }

}
