package io.redispool.pubsub;

import io.redispool.codec.RedisCodec;
import io.redispool.cluster.ClusterRouter;
import io.redispool.connection.ConnectionFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * had; the listener hears of the gap. On a cluster, each shard channel is held on a
 * connection to its slot's master and follows the slot when it moves (see
 * {@link #startOnCluster}).
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

    private final Delivery<K, V> delivery;

    /** Holds everything on a single server; channels and patterns on a cluster. */
    private final SubscriberConnection<K, V> main;

    /** Shard channels on a cluster, by node; {@code null} on a single server. */
    private final ShardChannelNodes<K, V> shards;

    private final ExecutorService ownExecutor;

    private final Consumer<Subscriber<K, V>> onClose;

    private final AtomicBoolean closed = new AtomicBoolean();

    private Subscriber(String name, ConnectionFactory factory, ClusterRouter cluster, RedisCodec<K, V> codec,
            MessageListener<K, V> listener, SubscriberOptions options, Consumer<Subscriber<K, V>> onClose) {
        this.name = name;
        this.codec = codec;
        this.onClose = onClose;
        this.ownExecutor = (options.executor() != null) ? null
                : Executors.newSingleThreadExecutor((task) -> daemon(task, name + "-delivery"));
        this.delivery = new Delivery<>(listener, codec,
                (options.executor() != null) ? options.executor() : this.ownExecutor, options.queueCapacity());
        Gaps<K, V> gaps = new Gaps<>(name, this.delivery, this::holdsAll);
        this.shards = (cluster != null) ? new ShardChannelNodes<>(name, cluster, this.delivery, gaps, options) : null;
        Runnable ownerCheck = (this.shards != null) ? this.shards::checkOwnersSoon : () -> {
        };
        this.main = new SubscriberConnection<>(name, name + "-reader", factory, this.delivery, gaps, ownerCheck,
                options);
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
        Subscriber<K, V> subscriber = new Subscriber<>(name, factory, null, codec, listener, options, onClose);
        subscriber.main.start();
        return subscriber;
    }

    /**
     * Starts a subscriber on a Redis Cluster: channels and patterns on a connection to
     * any master (a cluster delivers PUBLISH on every node), each shard channel on a
     * connection to the master of its slot, followed when the slot moves or the master
     * fails over; most callers want {@code RedisClient.subscriber(...)} instead.
     * @param name names its threads and log lines
     * @param cluster the cluster's router, which knows the slot map and opens connections
     * @param codec decodes channels and messages
     * @param listener hears messages, confirmations and gaps
     * @param options delivery, queue and reconnect settings
     * @param onClose is given the subscriber once, when it is closed
     * @param <K> the channel type
     * @param <V> the message type
     * @return the running subscriber, with no subscriptions yet
     */
    public static <K, V> Subscriber<K, V> startOnCluster(String name, ClusterRouter cluster, RedisCodec<K, V> codec,
            MessageListener<K, V> listener, SubscriberOptions options, Consumer<Subscriber<K, V>> onClose) {
        Objects.requireNonNull(listener, "'listener' must not be null");
        Subscriber<K, V> subscriber = new Subscriber<>(name, cluster::connectToAnyMaster, cluster, codec, listener,
                options, onClose);
        subscriber.main.start();
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
        List<byte[]> encoded = encode(kind, names);
        if (isSharded(kind)) {
            this.shards.add(encoded);
        }
        else {
            this.main.subscriptions().add(kind, encoded);
        }
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
        List<byte[]> encoded = encode(kind, names);
        if (isSharded(kind)) {
            this.shards.remove(encoded);
        }
        else {
            this.main.subscriptions().remove(kind, encoded);
        }
        return this;
    }

    /**
     * The names of one kind this subscriber wants, confirmed by the server or not yet.
     * @param kind channels, patterns or shard channels
     * @return the names, in the order first subscribed
     */
    public List<K> subscriptions(SubscriptionKind kind) {
        List<byte[]> wanted = isSharded(kind) ? this.shards.wanted() : this.main.subscriptions().wanted(kind);
        return wanted.stream().map(this.codec::decodeKey).toList();
    }

    /**
     * Waits until the server has confirmed every subscription on an open connection (on a
     * cluster, every shard channel on its master's), so that a message published from now
     * on is received. Besides the confirmations, it waits for the server's answer to a
     * PING: what the subscriber has read may look complete while an unsubscribe and a
     * subscribe of the same name are still on their way, or after the server closed the
     * connection but before its end was read.
     * @param timeout how long to wait at most
     * @return {@code false} if the timeout passed first, for instance while the server is
     * unreachable
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean awaitSubscribed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (this.closed.get() || !this.main.subscriptions().awaitConfirmed(timeout)) {
            return false;
        }
        if (this.shards == null) {
            return !this.closed.get();
        }
        return this.shards.awaitHeld(deadline) && this.main.subscriptions().holdsAll() && !this.closed.get();
    }

    /**
     * A snapshot of this subscriber's state and totals.
     * @return the stats
     */
    public SubscriberStats stats() {
        Subscriptions.Snapshot main = this.main.subscriptions().snapshot();
        Subscriptions.Snapshot shard = (this.shards != null) ? this.shards.snapshot()
                : new Subscriptions.Snapshot(true, 0, 0);
        long received = this.main.received() + ((this.shards != null) ? this.shards.received() : 0);
        long reconnects = this.main.reconnects() + ((this.shards != null) ? this.shards.reconnects() : 0);
        return new SubscriberStats(main.connected() && shard.connected(), main.wanted() + shard.wanted(),
                main.confirmed() + shard.confirmed(), this.delivery.queued(), received, this.delivery.dropped(),
                reconnects, this.delivery.failures());
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
        if (this.shards != null) {
            this.shards.close();
        }
        this.main.close();
        this.delivery.close();
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

    /** Whether names of this kind are held by node, as shard channels on a cluster. */
    private boolean isSharded(SubscriptionKind kind) {
        return kind == SubscriptionKind.SHARD_CHANNEL && this.shards != null;
    }

    /** Whether every connection holds every name it should, for the gaps. */
    private boolean holdsAll() {
        return this.main.subscriptions().holdsAll() && (this.shards == null || this.shards.holdsAll());
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
