package io.redispool.commands.pubsub;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.util.List;
import java.util.Map;

/**
 * Builds the commands that publish messages and look at subscriptions as data;
 * {@link PubSubCommands} runs them. Subscribing needs a connection of its own: see
 * {@code io.redispool.pubsub.Subscriber}.
 *
 * <p>
 * Channels are encoded as keys are ({@code K}), messages as values ({@code V}), so a
 * subscriber with the same codec reads back what was published.
 *
 * @param <K> the key (and channel) type
 * @param <V> the value (and message) type
 */
public final class PubSubCommandBuilder<K, V> {

    private static final CommandSpec PUBLISH = CommandTable.get().spec("publish");

    private static final CommandSpec SPUBLISH = CommandTable.get().spec("spublish");

    private static final CommandSpec PUBSUB_CHANNELS = CommandTable.get().spec("pubsub|channels");

    private static final CommandSpec PUBSUB_NUMSUB = CommandTable.get().spec("pubsub|numsub");

    private static final CommandSpec PUBSUB_NUMPAT = CommandTable.get().spec("pubsub|numpat");

    private static final CommandSpec PUBSUB_SHARDCHANNELS = CommandTable.get().spec("pubsub|shardchannels");

    private static final CommandSpec PUBSUB_SHARDNUMSUB = CommandTable.get().spec("pubsub|shardnumsub");

    private final CommandCodec<K, V> codec;

    private final ReplyDecoder<Map<K, Long>> counts;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes channels and messages
     */
    public PubSubCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
        this.counts = ReplyDecoders.map(codec.keyDecoder(), ReplyDecoders.INTEGER);
    }

    /** PUBLISH, yielding how many subscribers of this server received the message. */
    public Command<Long> publish(K channel, V message) {
        return this.codec.keyArgs(PUBLISH, channel, 1).add(this.codec.value(message)).build(ReplyDecoders.INTEGER);
    }

    /**
     * SPUBLISH to a shard channel, yielding how many subscribers of this shard received
     * the message.
     */
    public Command<Long> spublish(K shardChannel, V message) {
        return this.codec.keyArgs(SPUBLISH, shardChannel, 1)
            .add(this.codec.value(message))
            .build(ReplyDecoders.INTEGER);
    }

    /** PUBSUB CHANNELS, yielding every channel with at least one subscriber. */
    public Command<List<K>> pubsubChannels() {
        return CommandArgs.of(PUBSUB_CHANNELS, 0).build(this.codec.keysDecoder());
    }

    /**
     * PUBSUB CHANNELS with a glob-style pattern, yielding the active channels that match
     * it.
     */
    public Command<List<K>> pubsubChannels(K pattern) {
        return this.codec.keyArgs(PUBSUB_CHANNELS, pattern, 0).build(this.codec.keysDecoder());
    }

    /**
     * PUBSUB NUMSUB, yielding each channel asked with its number of subscribers (patterns
     * not counted), in the order asked.
     */
    public Command<Map<K, Long>> pubsubNumsub(List<K> channels) {
        return this.codec.keysArgs(PUBSUB_NUMSUB, channels).build(this.counts);
    }

    /** PUBSUB NUMPAT, yielding how many patterns all clients are subscribed to. */
    public Command<Long> pubsubNumpat() {
        return CommandArgs.of(PUBSUB_NUMPAT, 0).build(ReplyDecoders.INTEGER);
    }

    /**
     * PUBSUB SHARDCHANNELS, yielding every shard channel with at least one subscriber.
     */
    public Command<List<K>> pubsubShardchannels() {
        return CommandArgs.of(PUBSUB_SHARDCHANNELS, 0).build(this.codec.keysDecoder());
    }

    /**
     * PUBSUB SHARDCHANNELS with a glob-style pattern, yielding the active shard channels
     * that match it.
     */
    public Command<List<K>> pubsubShardchannels(K pattern) {
        return this.codec.keyArgs(PUBSUB_SHARDCHANNELS, pattern, 0).build(this.codec.keysDecoder());
    }

    /**
     * PUBSUB SHARDNUMSUB, yielding each shard channel asked with its number of
     * subscribers, in the order asked.
     */
    public Command<Map<K, Long>> pubsubShardnumsub(List<K> shardChannels) {
        return this.codec.keysArgs(PUBSUB_SHARDNUMSUB, shardChannels).build(this.counts);
    }

}
