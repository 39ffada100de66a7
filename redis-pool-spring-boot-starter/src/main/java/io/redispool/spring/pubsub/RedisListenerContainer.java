package io.redispool.spring.pubsub;

import io.redispool.RedisClient;
import io.redispool.codec.StringCodec;
import io.redispool.pubsub.Subscriber;
import io.redispool.pubsub.SubscriberOptions;
import io.redispool.pubsub.SubscriberStats;
import io.redispool.pubsub.SubscriptionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.context.SmartLifecycle;

/**
 * Subscribes each {@link RedisMessageListener} bean on a subscriber of its own when the
 * context starts, and closes them when it stops.
 *
 * <p>
 * Starting never waits for the server: a subscriber whose server is down keeps trying in
 * the background and subscribes once it is up, so an application starts even while Redis
 * does not answer, as it does for its pool. The state of each subscriber shows in the
 * {@code redisPubSub} health details and the {@code redis.pool.pubsub.*} meters.
 */
public final class RedisListenerContainer implements SmartLifecycle {

    private static final SubscriberStats NOT_STARTED = new SubscriberStats(false, 0, 0, 0, 0, 0, 0, 0);

    private final RedisClient client;

    private final Map<String, RedisMessageListener> listeners;

    private final SubscriberOptions options;

    private volatile Map<String, Subscriber<String, String>> subscribers = Map.of();

    private volatile boolean running;

    /**
     * Creates a container; nothing is subscribed before {@link #start()}.
     * @param client opens the subscribers' connections
     * @param listeners the listeners by bean name
     * @param options the options of every subscriber
     */
    public RedisListenerContainer(RedisClient client, Map<String, RedisMessageListener> listeners,
            SubscriberOptions options) {
        this.client = client;
        this.listeners = new LinkedHashMap<>(listeners);
        this.options = options;
        this.listeners.forEach(RedisListenerContainer::requireSomething);
    }

    private static void requireSomething(String name, RedisMessageListener listener) {
        if (listener.channels().isEmpty() && listener.patterns().isEmpty() && listener.shardChannels().isEmpty()) {
            throw new IllegalStateException("RedisMessageListener bean '" + name
                    + "' names no channels(), patterns() or shardChannels(); override at least one");
        }
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        StringCodec codec = StringCodec.of(this.client.config().connection().charset());
        Map<String, Subscriber<String, String>> started = new LinkedHashMap<>();
        this.listeners.forEach((name, listener) -> {
            Subscriber<String, String> subscriber = this.client.subscriber(codec, listener, this.options);
            subscribe(subscriber, SubscriptionKind.CHANNEL, listener.channels());
            subscribe(subscriber, SubscriptionKind.PATTERN, listener.patterns());
            subscribe(subscriber, SubscriptionKind.SHARD_CHANNEL, listener.shardChannels());
            started.put(name, subscriber);
        });
        this.subscribers = Collections.unmodifiableMap(started);
        this.running = true;
    }

    private static void subscribe(Subscriber<String, String> subscriber, SubscriptionKind kind, Set<String> names) {
        if (!names.isEmpty()) {
            subscriber.subscribe(kind, new ArrayList<>(names));
        }
    }

    @Override
    public synchronized void stop() {
        this.running = false;
        this.subscribers.values().forEach(Subscriber::close);
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }

    /**
     * The bean names of the listeners, known before they are subscribed.
     * @return the names
     */
    public Set<String> listenerNames() {
        return Collections.unmodifiableSet(this.listeners.keySet());
    }

    /**
     * The state of one listener's subscriber, for health and metrics.
     * @param listenerName the listener's bean name
     * @return its subscriber's stats, its last ones once stopped, or all zeros before it
     * started
     */
    public SubscriberStats stats(String listenerName) {
        Subscriber<String, String> subscriber = this.subscribers.get(listenerName);
        return (subscriber != null) ? subscriber.stats() : NOT_STARTED;
    }

    /**
     * The subscribers by their listener's bean name.
     * @return the subscribers; empty before the first start, closed once stopped
     */
    public Map<String, Subscriber<String, String>> subscribers() {
        return this.subscribers;
    }

}
