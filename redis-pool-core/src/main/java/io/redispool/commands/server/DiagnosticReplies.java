package io.redispool.commands.server;

import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ReplyFields;
import io.redispool.protocol.RespReply;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes the replies of SLOWLOG GET and the LATENCY commands into records.
 */
final class DiagnosticReplies {

    /** SLOWLOG GET. */
    static final ReplyDecoder<List<SlowlogEntry>> SLOWLOG = ReplyDecoders.list(DiagnosticReplies::slowlogEntry);

    /** LATENCY LATEST. */
    static final ReplyDecoder<List<LatencyEvent>> LATEST = ReplyDecoders.list(DiagnosticReplies::latencyEvent);

    /** LATENCY HISTORY. */
    static final ReplyDecoder<List<LatencySample>> HISTORY = ReplyDecoders.list(DiagnosticReplies::latencySample);

    /** LATENCY HISTOGRAM. */
    static final ReplyDecoder<Map<String, LatencyHistogram>> HISTOGRAMS = DiagnosticReplies::histograms;

    private DiagnosticReplies() {
    }

    private static SlowlogEntry slowlogEntry(RespReply reply) {
        List<RespReply> parts = ReplyDecoders.elements(reply);
        if (parts == null || parts.size() < 6) {
            throw ReplyDecoders.unexpected("a slow log entry of six elements", reply);
        }
        return new SlowlogEntry(integer(parts.get(0)), Instant.ofEpochSecond(integer(parts.get(1))),
                Duration.ofNanos(integer(parts.get(2)) * 1000), ServerReplies.TEXTS.decode(parts.get(3)),
                ReplyFields.text(parts.get(4)), ReplyFields.text(parts.get(5)));
    }

    private static LatencyEvent latencyEvent(RespReply reply) {
        List<RespReply> parts = ReplyDecoders.elements(reply);
        if (parts == null || parts.size() != 4) {
            throw ReplyDecoders.unexpected("a latency event of four elements", reply);
        }
        return new LatencyEvent(ReplyFields.text(parts.get(0)), Instant.ofEpochSecond(integer(parts.get(1))),
                Duration.ofMillis(integer(parts.get(2))), Duration.ofMillis(integer(parts.get(3))));
    }

    private static LatencySample latencySample(RespReply reply) {
        List<RespReply> parts = ReplyDecoders.elements(reply);
        if (parts == null || parts.size() != 2) {
            throw ReplyDecoders.unexpected("a latency sample of two elements", reply);
        }
        return new LatencySample(Instant.ofEpochSecond(integer(parts.get(0))),
                Duration.ofMillis(integer(parts.get(1))));
    }

    private static Map<String, LatencyHistogram> histograms(RespReply reply) {
        ReplyFields byCommand = ReplyFields.of(reply);
        Map<String, LatencyHistogram> histograms = new LinkedHashMap<>();
        for (String command : byCommand.names()) {
            ReplyFields histogram = ReplyFields.of(byCommand.get(command));
            Map<Long, Long> buckets = new LinkedHashMap<>();
            List<RespReply> pairs = histogram.array("histogram_usec");
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                buckets.put(integer(pairs.get(i)), integer(pairs.get(i + 1)));
            }
            histograms.put(command,
                    new LatencyHistogram(histogram.integer("calls"), Collections.unmodifiableMap(buckets)));
        }
        return Collections.unmodifiableMap(histograms);
    }

    private static long integer(RespReply reply) {
        return ReplyDecoders.INTEGER.decode(reply);
    }

}
