package io.redispool.pubsub;

import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionFactory;
import io.redispool.protocol.RespReply;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;

/**
 * The reading thread of one subscribed connection: connects, subscribes to everything
 * wanted, reads frames and hands them on, and when the connection is lost, reconnects
 * with a bounded, jittered backoff.
 *
 * <p>
 * A gap opens when the connection is lost (or the first connect failed), or when the
 * server ends a shard channel's subscription that is still wanted (its slot moved to
 * another node); it closes when everything is held again (see {@link Gaps}). The listener
 * hears both, in sequence with the messages. Messages published between the two are lost:
 * pub/sub keeps nothing for a client that is not there. Both losses also ask the owner
 * check whether a shard channel's node changed, which on a cluster moves the channel to
 * its new node.
 *
 * @param <K> the channel type
 * @param <V> the message type
 */
final class SubscriberLoop<K, V> implements Runnable {

    private static final System.Logger logger = System.getLogger(SubscriberLoop.class.getName());

    private final String name;

    private final ConnectionFactory factory;

    private final Subscriptions subscriptions;

    private final Delivery<K, V> delivery;

    private final SubscriberListener events;

    private final Gaps<K, V> gaps;

    private final Runnable ownerCheck;

    private final ReconnectBackoff backoff;

    private volatile boolean closed;

    private volatile long received;

    private volatile long reconnects;

    private volatile long lastFrameNanos = System.nanoTime();

    /** Read and written by the reading thread alone, as is the one below. */
    private boolean connectedBefore;

    /** A loss on this connection not yet made good: the next connect waits first. */
    private boolean lost;

    SubscriberLoop(String name, ConnectionFactory factory, Subscriptions subscriptions, Delivery<K, V> delivery,
            Gaps<K, V> gaps, Runnable ownerCheck, SubscriberOptions options) {
        this.name = name;
        this.factory = factory;
        this.subscriptions = subscriptions;
        this.delivery = delivery;
        this.gaps = gaps;
        this.ownerCheck = ownerCheck;
        this.events = options.listener();
        this.backoff = new ReconnectBackoff(options.reconnectDelay(), options.maxReconnectDelay());
    }

    @Override
    public void run() {
        int failures = 0;
        while (!this.closed) {
            if ((this.lost || failures > 0) && !pause(this.backoff.delayMillis(failures))) {
                break;
            }
            Connection connection;
            try {
                connection = this.factory.connect();
            }
            catch (RuntimeException ex) {
                failures++;
                if (!this.closed) {
                    logger.log(Level.WARNING, "{0} could not connect (attempt {1}); retrying: {2}", this.name, failures,
                            ex.getMessage());
                    openGap(asRedisException(ex));
                }
                continue;
            }
            failures = 0;
            serve(connection);
        }
    }

    /** Stops the loop; the caller closes the connection, which ends a read under way. */
    void close() {
        this.closed = true;
    }

    long received() {
        return this.received;
    }

    long reconnects() {
        return this.reconnects;
    }

    /** When a frame was last read, or a connection made; for the heartbeat. */
    long lastFrameNanos() {
        return this.lastFrameNanos;
    }

    private void serve(Connection connection) {
        boolean reconnect = this.connectedBefore;
        this.connectedBefore = true;
        if (reconnect) {
            this.reconnects++;
        }
        this.events.connected(reconnect);
        this.lastFrameNanos = System.nanoTime();
        try {
            boolean complete = this.subscriptions.attach(connection);
            if (this.closed) {
                this.subscriptions.detach();
                connection.disconnect();
                return;
            }
            if (complete) {
                held();
            }
            while (!this.closed) {
                RespReply reply = connection.readUnsolicited();
                this.lastFrameNanos = System.nanoTime();
                handle(PubSubFrame.of(reply));
            }
        }
        catch (RuntimeException ex) {
            this.subscriptions.detach();
            connection.disconnect();
            if (!this.closed) {
                this.events.disconnected();
                logger.log(Level.WARNING, "{0} lost {1}; reconnecting: {2}", this.name, connection, ex.getMessage());
                openGap(asRedisException(ex));
            }
        }
    }

    private void handle(PubSubFrame frame) {
        if (frame instanceof PubSubFrame.Message message) {
            this.received++;
            this.events.messageReceived();
            if (!this.delivery.offer(message)) {
                this.events.messageDropped();
            }
        }
        else if (frame instanceof PubSubFrame.Confirmation confirmation) {
            boolean complete = this.subscriptions.confirm(confirmation);
            boolean endedByServer = !confirmation.subscribed() && confirmation.kind() == SubscriptionKind.SHARD_CHANNEL
                    && confirmation.name() != null
                    && this.subscriptions.isWanted(SubscriptionKind.SHARD_CHANNEL, confirmation.name());
            this.delivery.event((listener) -> {
                K subscription = this.delivery.name(confirmation.name());
                if (confirmation.subscribed()) {
                    listener.subscribed(confirmation.kind(), subscription, confirmation.count());
                }
                else {
                    listener.unsubscribed(confirmation.kind(), subscription, confirmation.count());
                }
            });
            if (endedByServer) {
                // Redis ends the shard channels of a slot that leaves the node.
                String channel = new String(confirmation.name(), StandardCharsets.UTF_8);
                logger.log(Level.INFO, "{0}: the server ended shard channel ''{1}'', still wanted; finding its node",
                        this.name, channel);
                openGap(new RedisConnectionException(
                        "The server ended the subscription to shard channel '" + channel
                                + "' (its slot moved to another node); subscribing again where it is served",
                        null, false));
            }
            else if (complete) {
                held();
            }
        }
        else if (frame == PubSubFrame.Pong.INSTANCE) {
            this.subscriptions.pong();
        }
        else if (frame instanceof PubSubFrame.ServerError error) {
            // MOVED when a shard channel's slot is served elsewhere.
            logger.log(Level.WARNING, "{0}: the server refused a subscription: {1}", this.name, error.message());
            this.ownerCheck.run();
        }
    }

    private void openGap(RedisException cause) {
        this.lost = true;
        this.gaps.open(cause);
        this.ownerCheck.run();
    }

    private void held() {
        this.lost = false;
        this.gaps.closeIfHeld();
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            // Only close() interrupts this thread.
            Thread.currentThread().interrupt();
            return false;
        }
        return !this.closed;
    }

    private static RedisException asRedisException(RuntimeException ex) {
        return (ex instanceof RedisException redis) ? redis
                : new RedisConnectionException("Subscriber failed: " + ex, ex, false);
    }

}
