package io.redispool.pubsub;

import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionFactory;
import java.util.concurrent.ScheduledFuture;

/**
 * One subscribed connection of a subscriber: the names it holds ({@link Subscriptions}),
 * the thread that reads it ({@link SubscriberLoop}) and its heartbeat. A subscriber of
 * one server has one; on a cluster, one more per node that serves its shard channels.
 *
 * @param <K> the channel type
 * @param <V> the message type
 */
final class SubscriberConnection<K, V> {

    private final Subscriptions subscriptions = new Subscriptions();

    private final SubscriberLoop<K, V> loop;

    private final Thread reader;

    private final ScheduledFuture<?> heartbeat;

    /**
     * Prepares the connection; nothing is opened until {@link #start()}.
     * @param name the subscriber's name, for the log
     * @param readerName the name of the reading thread
     * @param factory opens the connection, again after each loss
     * @param delivery where messages and events go
     * @param gaps the subscriber's view of its gaps
     * @param ownerCheck asks whether a shard channel's node changed; called on the
     * reading thread after a loss or when the server ends a subscription, must not block
     * @param options reconnect and heartbeat settings
     */
    SubscriberConnection(String name, String readerName, ConnectionFactory factory, Delivery<K, V> delivery,
            Gaps<K, V> gaps, Runnable ownerCheck, SubscriberOptions options) {
        this.loop = new SubscriberLoop<>(name, factory, this.subscriptions, delivery, gaps, ownerCheck, options);
        this.reader = new Thread(this.loop, readerName);
        this.reader.setDaemon(true);
        this.heartbeat = options.heartbeatInterval().isZero() ? null : Heartbeats.schedule(options.heartbeatInterval(),
                () -> this.subscriptions.heartbeat(this.loop.lastFrameNanos(), name));
    }

    /** Starts the reading thread, which connects at once. */
    void start() {
        this.reader.start();
    }

    Subscriptions subscriptions() {
        return this.subscriptions;
    }

    long received() {
        return this.loop.received();
    }

    long reconnects() {
        return this.loop.reconnects();
    }

    /** Closes the connection and stops the reading thread; the listener hears no gap. */
    void close() {
        this.loop.close();
        if (this.heartbeat != null) {
            this.heartbeat.cancel(false);
        }
        Connection connection = this.subscriptions.detach();
        if (connection != null) {
            connection.disconnect();
        }
        this.reader.interrupt();
    }

}
