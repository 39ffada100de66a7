package io.redispool.commands.geo;

import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.protocol.RespReply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The reply shapes only geo commands have: coordinates, and search matches with their
 * details.
 */
final class GeoReplies {

    /**
     * A longitude, latitude pair; a null array (GEOPOS of a missing member) is
     * {@code null}.
     */
    static final ReplyDecoder<GeoCoordinates> COORDINATES = (reply) -> {
        List<RespReply> pair = ReplyDecoders.elements(reply);
        if (pair == null) {
            return null;
        }
        if (pair.size() != 2) {
            throw ReplyDecoders.unexpected("a longitude and a latitude", reply);
        }
        return new GeoCoordinates(ReplyDecoders.DOUBLE.decode(pair.get(0)), ReplyDecoders.DOUBLE.decode(pair.get(1)));
    };

    private GeoReplies() {
    }

    /**
     * Search matches: each a member followed by the details asked for, in the server's
     * fixed order (distance, hash, coordinates) whatever order they were asked in.
     */
    static <V> ReplyDecoder<List<GeoSearchResult<V>>> results(ReplyDecoder<V> member, Set<GeoDetail> details) {
        boolean distance = details.contains(GeoDetail.DISTANCE);
        boolean hash = details.contains(GeoDetail.HASH);
        boolean coordinates = details.contains(GeoDetail.COORDINATES);
        int size = 1 + details.size();
        return (reply) -> {
            List<RespReply> matches = ReplyDecoders.elements(reply);
            if (matches == null) {
                throw ReplyDecoders.unexpected("an array of matches", reply);
            }
            List<GeoSearchResult<V>> results = new ArrayList<>(matches.size());
            for (RespReply match : matches) {
                List<RespReply> fields = ReplyDecoders.elements(match);
                if (fields == null || fields.size() != size) {
                    throw ReplyDecoders.unexpected("a member and " + details.size() + " detail(s)", match);
                }
                int next = 1;
                Double away = distance ? ReplyDecoders.DOUBLE.decode(fields.get(next++)) : null;
                Long geohash = hash ? ReplyDecoders.INTEGER.decode(fields.get(next++)) : null;
                GeoCoordinates at = coordinates ? COORDINATES.decode(fields.get(next)) : null;
                results.add(new GeoSearchResult<>(member.decode(fields.get(0)), away, geohash, at));
            }
            return Collections.unmodifiableList(results);
        };
    }

}
