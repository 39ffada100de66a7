package io.redispool.commands.stream;

import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ReplyFields;
import io.redispool.protocol.RespReply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decodes the replies of XINFO STREAM (with and without FULL), XINFO GROUPS and XINFO
 * CONSUMERS, by field name so that fields a newer server adds are skipped.
 *
 * @param <K> the field type
 * @param <V> the value type
 */
final class StreamInfoReplies<K, V> {

    /** XINFO GROUPS. */
    static final ReplyDecoder<List<StreamGroupInfo>> GROUPS = ReplyDecoders.list(StreamInfoReplies::group);

    /** XINFO CONSUMERS. */
    static final ReplyDecoder<List<StreamConsumerInfo>> CONSUMERS = ReplyDecoders.list(StreamInfoReplies::consumer);

    private final StreamReplies<K, V> replies;

    final ReplyDecoder<StreamInfo<K, V>> stream = this::stream;

    final ReplyDecoder<StreamFullInfo<K, V>> full = this::full;

    StreamInfoReplies(StreamReplies<K, V> replies) {
        this.replies = replies;
    }

    private StreamInfo<K, V> stream(RespReply reply) {
        ReplyFields info = ReplyFields.of(reply);
        return new StreamInfo<>(info.integer("length"), info.integer("radix-tree-keys"),
                info.integer("radix-tree-nodes"), info.integer("groups"), info.text("last-generated-id"),
                info.text("max-deleted-entry-id"), info.integer("entries-added"), info.text("recorded-first-entry-id"),
                this.replies.entry.decode(info.get("first-entry")), this.replies.entry.decode(info.get("last-entry")));
    }

    private StreamFullInfo<K, V> full(RespReply reply) {
        ReplyFields info = ReplyFields.of(reply);
        List<StreamGroupDetail> groups = new ArrayList<>();
        for (RespReply group : info.array("groups")) {
            groups.add(groupDetail(ReplyFields.of(group)));
        }
        return new StreamFullInfo<>(info.integer("length"), info.integer("radix-tree-keys"),
                info.integer("radix-tree-nodes"), info.text("last-generated-id"), info.text("max-deleted-entry-id"),
                info.integer("entries-added"), info.text("recorded-first-entry-id"),
                this.replies.entries.decode(info.get("entries")), Collections.unmodifiableList(groups));
    }

    private static StreamGroupDetail groupDetail(ReplyFields group) {
        List<StreamDelivery> pending = new ArrayList<>();
        for (RespReply each : group.array("pending")) {
            List<RespReply> parts = ReplyDecoders.elements(each);
            pending.add(new StreamDelivery(ReplyFields.text(parts.get(0)), ReplyFields.text(parts.get(1)),
                    instant(parts.get(2)), ReplyDecoders.INTEGER.decode(parts.get(3))));
        }
        List<StreamConsumerDetail> consumers = new ArrayList<>();
        for (RespReply each : group.array("consumers")) {
            consumers.add(consumerDetail(ReplyFields.of(each)));
        }
        return new StreamGroupDetail(group.text("name"), group.text("last-delivered-id"),
                group.integerOrNull("entries-read"), group.integerOrNull("lag"), group.integer("pel-count"),
                Collections.unmodifiableList(pending), Collections.unmodifiableList(consumers));
    }

    private static StreamConsumerDetail consumerDetail(ReplyFields consumer) {
        List<StreamDelivery> pending = new ArrayList<>();
        for (RespReply each : consumer.array("pending")) {
            List<RespReply> parts = ReplyDecoders.elements(each);
            pending.add(new StreamDelivery(ReplyFields.text(parts.get(0)), null, instant(parts.get(1)),
                    ReplyDecoders.INTEGER.decode(parts.get(2))));
        }
        return new StreamConsumerDetail(consumer.text("name"), Instant.ofEpochMilli(consumer.integer("seen-time")),
                consumer.integer("pel-count"), Collections.unmodifiableList(pending));
    }

    private static StreamGroupInfo group(RespReply reply) {
        ReplyFields group = ReplyFields.of(reply);
        return new StreamGroupInfo(group.text("name"), group.integer("consumers"), group.integer("pending"),
                group.text("last-delivered-id"), group.integerOrNull("entries-read"), group.integerOrNull("lag"));
    }

    private static StreamConsumerInfo consumer(RespReply reply) {
        ReplyFields consumer = ReplyFields.of(reply);
        return new StreamConsumerInfo(consumer.text("name"), consumer.integer("pending"),
                Duration.ofMillis(consumer.integer("idle")));
    }

    private static Instant instant(RespReply millis) {
        return Instant.ofEpochMilli(ReplyDecoders.INTEGER.decode(millis));
    }

}
