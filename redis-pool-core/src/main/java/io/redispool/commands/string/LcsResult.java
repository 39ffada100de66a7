package io.redispool.commands.string;

import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.protocol.RespReply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The reply of LCS ... IDX: where the longest common subsequence lies in both values.
 *
 * @param matches the runs that make up the subsequence, last run first, as the server
 * lists them
 * @param length the subsequence's length in bytes
 */
public record LcsResult(List<LcsMatch> matches, long length) {

    /** Decodes the reply of LCS ... IDX WITHMATCHLEN, by field name. */
    static final ReplyDecoder<LcsResult> DECODER = LcsResult::decode;

    /**
     * Creates a result.
     * @param matches the runs, copied
     * @param length the subsequence's length
     */
    public LcsResult {
        matches = List.copyOf(matches);
    }

    private static LcsResult decode(RespReply reply) {
        List<RespReply> fields = ReplyDecoders.elements(reply);
        if (fields == null || fields.size() % 2 != 0) {
            throw ReplyDecoders.unexpected("LCS IDX fields and values", reply);
        }
        List<LcsMatch> matches = null;
        Long length = null;
        for (int i = 0; i < fields.size(); i += 2) {
            String name = new String(ReplyDecoders.bulk(fields.get(i)), StandardCharsets.US_ASCII);
            if (name.equals("matches")) {
                matches = matches(fields.get(i + 1));
            }
            else if (name.equals("len")) {
                length = ReplyDecoders.INTEGER.decode(fields.get(i + 1));
            }
        }
        if (matches == null || length == null) {
            throw ReplyDecoders.unexpected("LCS IDX fields 'matches' and 'len'", reply);
        }
        return new LcsResult(matches, length);
    }

    private static List<LcsMatch> matches(RespReply reply) {
        List<RespReply> runs = ReplyDecoders.elements(reply);
        if (runs == null) {
            throw ReplyDecoders.unexpected("an array of LCS matches", reply);
        }
        List<LcsMatch> matches = new ArrayList<>(runs.size());
        for (RespReply each : runs) {
            List<RespReply> parts = ReplyDecoders.elements(each);
            if (parts == null || parts.size() != 3) {
                throw ReplyDecoders.unexpected("an LCS match of two ranges and a length", each);
            }
            long[] first = range(parts.get(0));
            long[] second = range(parts.get(1));
            matches.add(
                    new LcsMatch(first[0], first[1], second[0], second[1], ReplyDecoders.INTEGER.decode(parts.get(2))));
        }
        return matches;
    }

    private static long[] range(RespReply reply) {
        List<RespReply> bounds = ReplyDecoders.elements(reply);
        if (bounds == null || bounds.size() != 2) {
            throw ReplyDecoders.unexpected("an LCS range of two positions", reply);
        }
        return new long[] { ReplyDecoders.INTEGER.decode(bounds.get(0)), ReplyDecoders.INTEGER.decode(bounds.get(1)) };
    }
}
