package io.redispool.commands.sortedset;

import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ScoredValue;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.NullReply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The reply shapes only sorted set commands have: a rank or nothing, one popped member,
 * and popped members with the key they came from.
 */
final class SortedSetReplies {

    /**
     * An integer reply, or {@code null} for a null reply, as ZRANK gives for a missing
     * member.
     */
    static final ReplyDecoder<Long> INTEGER_OR_NULL = (reply) -> {
        if (reply instanceof IntegerReply integer) {
            return integer.value();
        }
        if (reply instanceof NullReply) {
            return null;
        }
        throw ReplyDecoders.unexpected("an integer or a null reply", reply);
    };

    private SortedSetReplies() {
    }

    /**
     * The one member and score of ZPOPMIN without a count; {@code null} for an empty
     * reply.
     */
    static <V> ReplyDecoder<ScoredValue<V>> single(ReplyDecoder<V> member) {
        ReplyDecoder<List<ScoredValue<V>>> pairs = ReplyDecoders.scoredValues(member);
        return (reply) -> {
            List<ScoredValue<V>> decoded = pairs.decode(reply);
            if (decoded.size() > 1) {
                throw ReplyDecoders.unexpected("at most one member and score", reply);
            }
            return decoded.isEmpty() ? null : decoded.get(0);
        };
    }

    /**
     * BZPOPMIN's key, member, score; {@code null} when the wait ran out.
     */
    static <K, V> ReplyDecoder<KeyedScoredValue<K, V>> keyed(ReplyDecoder<K> key, ReplyDecoder<V> member) {
        return (reply) -> {
            List<RespReply> elements = ReplyDecoders.elements(reply);
            if (elements == null) {
                return null;
            }
            if (elements.size() != 3) {
                throw ReplyDecoders.unexpected("a key, a member and a score", reply);
            }
            return new KeyedScoredValue<>(key.decode(elements.get(0)), member.decode(elements.get(1)),
                    ReplyDecoders.DOUBLE.decode(elements.get(2)));
        };
    }

    /**
     * ZMPOP's key and array of member, score pairs; {@code null} when nothing was popped.
     */
    static <K, V> ReplyDecoder<KeyedScoredValues<K, V>> keyedList(ReplyDecoder<K> key, ReplyDecoder<V> member) {
        ReplyDecoder<List<ScoredValue<V>>> pair = ReplyDecoders.scoredValues(member);
        return (reply) -> {
            List<RespReply> elements = ReplyDecoders.elements(reply);
            if (elements == null) {
                return null;
            }
            List<RespReply> pairs = (elements.size() == 2) ? ReplyDecoders.elements(elements.get(1)) : null;
            if (pairs == null) {
                throw ReplyDecoders.unexpected("a key and an array of members with scores", reply);
            }
            List<ScoredValue<V>> values = new ArrayList<>(pairs.size());
            for (RespReply each : pairs) {
                List<ScoredValue<V>> one = pair.decode(each);
                if (one.size() != 1) {
                    throw ReplyDecoders.unexpected("a member and a score", each);
                }
                values.add(one.get(0));
            }
            return new KeyedScoredValues<>(key.decode(elements.get(0)), Collections.unmodifiableList(values));
        };
    }

}
