package io.redispool.commands.stream;

import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ReplyFields;
import io.redispool.commands.CommandCodec;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.NullReply;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes the replies of the stream commands: entries, the per-stream results of XREAD,
 * pending entries and XAUTOCLAIM pages. One per codec, held by the builders.
 *
 * @param <K> the key and field type
 * @param <V> the value type
 */
final class StreamReplies<K, V> {

    /** An entry ID, or {@code null}. */
    static final ReplyDecoder<String> ID = ReplyFields::text;

    /** A list of entry IDs. */
    static final ReplyDecoder<List<String>> IDS = ReplyDecoders.list(ID);

    /** XPENDING without a range. */
    static final ReplyDecoder<PendingSummary> SUMMARY = StreamReplies::summary;

    /** XPENDING with a range. */
    static final ReplyDecoder<List<PendingEntry>> PENDING = ReplyDecoders.list(StreamReplies::pendingEntry);

    private final ReplyDecoder<Map<K, V>> fields;

    private final ReplyDecoder<K> key;

    final ReplyDecoder<StreamEntry<K, V>> entry = this::entry;

    final ReplyDecoder<List<StreamEntry<K, V>>> entries = ReplyDecoders.list(this.entry);

    final ReplyDecoder<Map<K, List<StreamEntry<K, V>>>> streams = this::streams;

    StreamReplies(CommandCodec<K, V> codec) {
        this.fields = codec.mapDecoder();
        this.key = codec.keyDecoder();
    }

    private StreamEntry<K, V> entry(RespReply reply) {
        if (reply instanceof NullReply) {
            return null;
        }
        List<RespReply> pair = ReplyDecoders.elements(reply);
        if (pair.size() != 2) {
            throw ReplyDecoders.unexpected("a stream entry of an ID and its fields", reply);
        }
        RespReply fieldValues = pair.get(1);
        return new StreamEntry<>(ID.decode(pair.get(0)),
                (fieldValues instanceof NullReply) ? null : this.fields.decode(fieldValues));
    }

    private Map<K, List<StreamEntry<K, V>>> streams(RespReply reply) {
        // RESP2: an array of [key, entries] pairs; RESP3: a map of key to entries.
        List<RespReply> streams = ReplyDecoders.keysAndValues(reply);
        if (streams == null) {
            return Map.of();
        }
        if (streams.size() % 2 != 0) {
            throw ReplyDecoders.unexpected("streams' keys and their entries", reply);
        }
        Map<K, List<StreamEntry<K, V>>> byStream = new LinkedHashMap<>();
        for (int i = 0; i < streams.size(); i += 2) {
            byStream.put(this.key.decode(streams.get(i)), this.entries.decode(streams.get(i + 1)));
        }
        return Collections.unmodifiableMap(byStream);
    }

    /**
     * An XAUTOCLAIM page: the next start, what was claimed, and the IDs found deleted.
     */
    static <T> ReplyDecoder<AutoClaimResult<T>> autoClaim(ReplyDecoder<List<T>> claimed) {
        return (reply) -> {
            List<RespReply> parts = ReplyDecoders.elements(reply);
            if (parts == null || parts.size() < 2) {
                throw ReplyDecoders.unexpected("an XAUTOCLAIM reply of a start, claimed entries and deleted IDs",
                        reply);
            }
            List<String> deleted = (parts.size() > 2) ? IDS.decode(parts.get(2)) : List.of();
            return new AutoClaimResult<>(ID.decode(parts.get(0)), claimed.decode(parts.get(1)), deleted);
        };
    }

    private static PendingSummary summary(RespReply reply) {
        List<RespReply> parts = ReplyDecoders.elements(reply);
        if (parts == null || parts.size() != 4) {
            throw ReplyDecoders.unexpected("an XPENDING summary of four elements", reply);
        }
        Map<String, Long> consumers = new LinkedHashMap<>();
        List<RespReply> perConsumer = ReplyDecoders.elements(parts.get(3));
        if (perConsumer != null) {
            for (RespReply each : perConsumer) {
                List<RespReply> pair = ReplyDecoders.elements(each);
                consumers.put(ReplyFields.text(pair.get(0)), Long.parseLong(ReplyFields.text(pair.get(1))));
            }
        }
        return new PendingSummary(ReplyDecoders.INTEGER.decode(parts.get(0)), ID.decode(parts.get(1)),
                ID.decode(parts.get(2)), Collections.unmodifiableMap(consumers));
    }

    private static PendingEntry pendingEntry(RespReply reply) {
        List<RespReply> parts = ReplyDecoders.elements(reply);
        if (parts == null || parts.size() != 4) {
            throw ReplyDecoders.unexpected("a pending entry of four elements", reply);
        }
        return new PendingEntry(ID.decode(parts.get(0)), ReplyFields.text(parts.get(1)),
                Duration.ofMillis(ReplyDecoders.INTEGER.decode(parts.get(2))),
                ReplyDecoders.INTEGER.decode(parts.get(3)));
    }

}
