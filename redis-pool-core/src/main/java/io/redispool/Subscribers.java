package io.redispool;

import io.redispool.cluster.ClusterRouter;
import io.redispool.codec.RedisCodec;
import io.redispool.pubsub.MessageListener;
import io.redispool.pubsub.Subscriber;
import io.redispool.pubsub.SubscriberOptions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The subscribers a client started, each on a connection of its own outside the pool, so
 * that closing the client closes them.
 *
 * <p>
 * Each is named after the pool and numbered in the order started. A subscriber that
 * closes on its own leaves the set; one that closed before it was added is taken out
 * again at once.
 */
final class Subscribers {

    private final String poolName;

    private final Deployment deployment;

    private final Set<Subscriber<?, ?>> started = ConcurrentHashMap.newKeySet();

    private final AtomicInteger ids = new AtomicInteger();

    Subscribers(String poolName, Deployment deployment) {
        this.poolName = poolName;
        this.deployment = deployment;
    }

    /**
     * Starts a subscriber: on a cluster, with a connection per master for its shard
     * channels too.
     * @param codec decodes channels and messages
     * @param listener hears the messages
     * @param options the executor, the queue's capacity, the reconnect backoff
     * @param <K> the channel type
     * @param <V> the message type
     * @return the subscriber, connecting
     */
    <K, V> Subscriber<K, V> start(RedisCodec<K, V> codec, MessageListener<K, V> listener, SubscriberOptions options) {
        String name = this.poolName + "-subscriber-" + this.ids.incrementAndGet();
        ClusterRouter cluster = this.deployment.cluster();
        Subscriber<K, V> subscriber = (cluster != null)
                ? Subscriber.startOnCluster(name, cluster, codec, listener, options, this.started::remove) : Subscriber
                    .start(name, this.deployment.connectionFactory(), codec, listener, options, this.started::remove);
        this.started.add(subscriber);
        if (subscriber.isClosed()) {
            this.started.remove(subscriber);
        }
        return subscriber;
    }

    /** Closes every subscriber still open. */
    void closeAll() {
        this.started.forEach(Subscriber::close);
    }

}
