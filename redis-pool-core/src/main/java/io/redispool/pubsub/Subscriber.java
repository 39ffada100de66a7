package io.redispool.pubsub;

import io.redispool.codec.RedisCodec;
import io.redispool.connection.Connection;
import io.redispool.connection.ConnectionFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Subscribes to channels, patterns and shard channels on a connection of its own, outside
 * the pool, and delivers their messages to a {@link MessageListener}.
 *
 * <p>
 * Why a connection of its own: a subscribed connection receives messages instead of
 * replies, so it can serve nothing else, and it does not count against the pool's
 * {@code max-connections}. One thread reads it; the listener is called on another (the
 * subscriber's own, or the executor of the {@link SubscriberOptions}), so a slow listener
 * never holds the socket: messages wait in a bounded queue, and those that do not fit are
 * dropped and counted (see {@link MessageListener#dropped}). When the connection is lost,
 * the subscriber reconnects with a bounded backoff and subscribes again to everything it
 * had; the listener hears of the gap.
 *
 * <p>
 * Thread-safe: subscribe and unsubscribe at any time, from any thread. They return once
 * the command is sent; {@link #awaitSubscribed(Duration)} waits for the server's
 * confirmations.
 *
 * @param <K> the channel type
 * @param <V> the message type
 */
public final class Subscriber<K, V> implements AutoCloseable {

    private final String name;

    private final RedisCodec<K, V> codec;

    private final Subscriptions subscriptions = new Subscriptions();

    private final Delivery<K, V> delivery;

    private final SubscriberLoop<K, V> loop;

    private final Thread reader;

    private final ExecutorService ownExecutor;

    private final ScheduledFuture<?> heartbeat;

    private final Consumer<Subscriber<K, V>> onClose;

    private final AtomicBoolean closed = new AtomicBoolean();

    private Subscriber(String name, ConnectionFactory factory, RedisCodec<K, V> codec, MessageListener<K, V> listener,
            SubscriberOptions options, Consumer<Subscriber<K, V>> onClose) {
        this.name = name;
        this.codec = codec;
        this.onClose = onClose;
        this.ownExecutor = (options.executor() != null) ? null
                : Executors.newSingleThreadExecutor((task) -> daemon(task, name + "-delivery"));
        this.delivery = new Delivery<>(listener, codec,
                (options.executor() != null) ? options.executor() : this.ownExecutor, options.queueCapacity());
        this.loop = new SubscriberLoop<>(name, factory, this.subscriptions, this.delivery, options);
        this.reader = daemon(this.loop, name + "-reader");
        this.heartbeat = options.heartbeatInterval().isZero() ? null : Heartbeats.schedule(options.heartbeatInterval(),
                () -> this.subscriptions.heartbeat(this.loop.lastFrameNanos(), name));
    }

    /**
     * Starts a subscriber, which connects at once on a thread of its own; most callers
     * want {@code RedisClient.subscriber(...)} instead.
     * @param name names its threads and log lines
     * @param factory opens its connections
     * @param codec decodes channels and messages
     * @param listener hears messages, confirmations and gaps
     * @param options delivery, queue and reconnect settings
     * @param onClose is given the subscriber once, when it is closed
     * @param <K> the channel type
     * @param <V> the message type
     * @return the running subscriber, with no subscriptions yet
     */
    public static <K, V> Subscriber<K, V> start(String name, ConnectionFactory factory, RedisCodec<K, V> codec,
            MessageListener<K, V> listener, SubscriberOptions options, Consumer<Subscriber<K, V>> onClose) {
        Objects.requireNonNull(listener, "'listener' must not be null");
        Subscriber<K, V> subscriber = new Subscriber<>(name, factory, codec, listener, options, onClose);
        subscriber.reader.start();
        return subscriber;
    }

    /**
     * SUBSCRIBE: receives the messages published to these channels.
     * @param channels at least one
     * @return this subscriber
     */
    @SafeVarargs
    public final Subscriber<K, V> subscribe(K... channels) {
        return subscribe(SubscriptionKind.CHANNEL, Arrays.asList(channels));
    }

    /**
     * PSUBSCRIBE: receives the messages published to channels matching these glob-style
     * patterns.
     * @param patterns at least one
     * @return this subscriber
     */
    @SafeVarargs
    public final Subscriber<K, V> psubscribe(K... patterns) {
        return subscribe(SubscriptionKind.PATTERN, Arrays.asList(patterns));
    }

    /**
     * SSUBSCRIBE: receives the messages SPUBLISHed to these shard channels.
     * @param shardChannels at least one
     * @return this subscriber
     */
    @SafeVarargs
    public final Subscriber<K, V> ssubscribe(K... shardChannels) {
        return subscribe(SubscriptionKind.SHARD_CHANNEL, Arrays.asList(shardChannels));
    }

    /**
     * UNSUBSCRIBE from these channels.
     * @param channels at least one
     * @return this subscriber
     */
    @SafeVarargs
    public final Subscriber<K, V> unsubscribe(K... channels) {
        return unsubscribe(SubscriptionKind.CHANNEL, Arrays.asList(channels));
    }

    /**
     * PUNSUBSCRIBE from these patterns.
     * @param patterns at least one
     * @return this subscriber
     */
    @SafeVarargs
    public final Subscriber<K, V> punsubscribe(K... patterns) {
        return unsubscribe(SubscriptionKind.PATTERN, Arrays.asList(patterns));
    }

    /**
     * SUNSUBSCRIBE from these shard channels.
     * @param shardChannels at least one
     * @return this subscriber
     */
    @SafeVarargs
    public final Subscriber<K, V> sunsubscribe(K... shardChannels) {
        return unsubscribe(SubscriptionKind.SHARD_CHANNEL, Arrays.asList(shardChannels));
    }

    /**
     * Subscribes to names of one kind; kept across reconnects until unsubscribed.
     * @param kind channels, patterns or shard channels
     * @param names at least one
     * @return this subscriber
     * @throws IllegalStateException if the subscriber is closed
     */
    public Subscriber<K, V> subscribe(SubscriptionKind kind, Collection<K> names) {
        this.subscriptions.add(kind, encode(kind, names));
        return this;
    }

    /**
     * Unsubscribes from names of one kind; names not subscribed to are ignored.
     * @param kind channels, patterns or shard channels
     * @param names at least one
     * @return this subscriber
     * @throws IllegalStateException if the subscriber is closed
     */
    public Subscriber<K, V> unsubscribe(SubscriptionKind kind, Collection<K> names) {
        this.subscriptions.remove(kind, encode(kind, names));
        return this;
    }

    /**
     * The names of one kind this subscriber wants, confirmed by the server or not yet.
     * @param kind channels, patterns or shard channels
     * @return the names, in the order first subscribed
     */
    public List<K> subscriptions(SubscriptionKind kind) {
        return this.subscriptions.wanted(kind).stream().map(this.codec::decodeKey).toList();
    }

    /**
     * Waits until the server has confirmed every subscription on an open connection, so
     * that a message published from now on is received.
     * @param timeout how long to wait at most
     * @return {@code false} if the timeout passed first, for instance while the server is
     * unreachable
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean awaitSubscribed(Duration timeout) throws InterruptedException {
        return !this.closed.get() && this.subscriptions.awaitComplete(timeout);
    }

    /**
     * A snapshot of this subscriber's state and totals.
     * @return the stats
     */
    public SubscriberStats stats() {
        Subscriptions.Snapshot snapshot = this.subscriptions.snapshot();
        return new SubscriberStats(snapshot.connected(), snapshot.wanted(), snapshot.confirmed(),
                this.delivery.queued(), this.loop.received(), this.delivery.dropped(), this.loop.reconnects(),
                this.delivery.failures());
    }

    /**
     * This subscriber's name, which its threads and log lines carry.
     * @return the name
     */
    public String name() {
        return this.name;
    }

    /**
     * Whether {@link #close()} has run.
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return this.closed.get();
    }

    /**
     * Closes the connection and stops the threads; messages still queued are discarded.
     * Idempotent; may be called from the listener.
     */
    @Override
    public void close() {
        if (!this.closed.compareAndSet(false, true)) {
            return;
        }
        this.loop.close();
        if (this.heartbeat != null) {
            this.heartbeat.cancel(false);
        }
        this.delivery.close();
        Connection connection = this.subscriptions.detach();
        if (connection != null) {
            connection.disconnect();
        }
        this.reader.interrupt();
        if (this.ownExecutor != null) {
            this.ownExecutor.shutdown();
        }
        this.onClose.accept(this);
    }

    @Override
    public String toString() {
        SubscriberStats stats = stats();
        return "Subscriber[" + this.name + ", connected=" + stats.connected() + ", subscriptions="
                + stats.subscriptions() + ", confirmed=" + stats.confirmed() + "]";
    }

    private List<byte[]> encode(SubscriptionKind kind, Collection<K> names) {
        if (this.closed.get()) {
            throw new IllegalStateException("Cannot change the subscriptions of " + this.name + ": it is closed");
        }
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("'names' must hold at least one " + kind + " name but was empty");
        }
        List<byte[]> encoded = new ArrayList<>(names.size());
        for (K each : names) {
            encoded.add(this.codec.encodeKey(Objects.requireNonNull(each, "'names' must not hold null")));
        }
        return encoded;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

}
