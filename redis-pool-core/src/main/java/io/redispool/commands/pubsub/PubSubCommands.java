package io.redispool.commands.pubsub;

import io.redispool.commands.CommandRunner;
import java.util.List;
import java.util.Map;

/**
 * The commands that publish messages and look at subscriptions, run at once. Subscribing
 * needs a connection of its own: see {@code RedisClient.subscriber(...)}.
 *
 * @param <K> the key (and channel) type
 * @param <V> the value (and message) type
 */
public interface PubSubCommands<K, V> extends CommandRunner<K, V> {

    /** PUBLISH: sends a message to a channel; yields how many subscribers received it. */
    default Long publish(K channel, V message) {
        return execute(builders().pubSub().publish(channel, message));
    }

    /**
     * SPUBLISH: sends a message to a shard channel; yields how many subscribers received
     * it.
     */
    default Long spublish(K shardChannel, V message) {
        return execute(builders().pubSub().spublish(shardChannel, message));
    }

    /** PUBSUB CHANNELS: every channel with at least one subscriber. */
    default List<K> pubsubChannels() {
        return execute(builders().pubSub().pubsubChannels());
    }

    /** PUBSUB CHANNELS: the active channels that match a glob-style pattern. */
    default List<K> pubsubChannels(K pattern) {
        return execute(builders().pubSub().pubsubChannels(pattern));
    }

    /** PUBSUB NUMSUB: each channel asked with its number of subscribers. */
    default Map<K, Long> pubsubNumsub(List<K> channels) {
        return execute(builders().pubSub().pubsubNumsub(channels));
    }

    /** PUBSUB NUMPAT: how many patterns all clients are subscribed to. */
    default Long pubsubNumpat() {
        return execute(builders().pubSub().pubsubNumpat());
    }

    /** PUBSUB SHARDCHANNELS: every shard channel with at least one subscriber. */
    default List<K> pubsubShardchannels() {
        return execute(builders().pubSub().pubsubShardchannels());
    }

    /** PUBSUB SHARDCHANNELS: the active shard channels that match a pattern. */
    default List<K> pubsubShardchannels(K pattern) {
        return execute(builders().pubSub().pubsubShardchannels(pattern));
    }

    /** PUBSUB SHARDNUMSUB: each shard channel asked with its number of subscribers. */
    default Map<K, Long> pubsubShardnumsub(List<K> shardChannels) {
        return execute(builders().pubSub().pubsubShardnumsub(shardChannels));
    }

}
