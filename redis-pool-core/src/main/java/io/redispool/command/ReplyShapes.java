package io.redispool.command;

import io.redispool.RedisProtocolException;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BigNumberReply;
import io.redispool.protocol.RespReply.BooleanReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.DoubleReply;
import io.redispool.protocol.RespReply.ErrorReply;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.MapReply;
import io.redispool.protocol.RespReply.NullReply;
import io.redispool.protocol.RespReply.PushReply;
import io.redispool.protocol.RespReply.SetReply;
import io.redispool.protocol.RespReply.VerbatimString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How a reply's RESP2 shape and the RESP3 types that stand in for it are read alike, and
 * how a reply of any other type is named in the error that refuses it.
 *
 * <p>
 * Why in one place: every decoder, those in {@link ReplyDecoders} and those written
 * beside each command group, reads replies through these few rules (a bulk string, or the
 * verbatim string or double in its place; an array, or the set or map in its place; pairs
 * flat, or nested as RESP3 sends them), so a protocol difference is settled once. The
 * public entry points are {@link ReplyDecoders#bulk(RespReply)},
 * {@link ReplyDecoders#elements(RespReply)},
 * {@link ReplyDecoders#keysAndValues(RespReply)} and
 * {@link ReplyDecoders#unexpected(String, RespReply)}.
 */
final class ReplyShapes {

    private ReplyShapes() {
    }

    /**
     * The bytes of a bulk string reply, or of the verbatim string or double in its place.
     * @param reply the reply
     * @return the bytes, or {@code null} for a null reply
     */
    static byte[] bulk(RespReply reply) {
        if (reply instanceof BulkString bulk) {
            return bulk.value();
        }
        if (reply instanceof VerbatimString verbatim) {
            return verbatim.value();
        }
        if (reply instanceof DoubleReply number) {
            return DoubleText.ofReply(number.value()).getBytes(StandardCharsets.US_ASCII);
        }
        if (reply instanceof NullReply) {
            return null;
        }
        throw unexpected("a bulk string", reply);
    }

    /**
     * The elements of an array reply, or of the set, or the keys and values of the map,
     * in its place.
     * @param reply the reply
     * @return the elements, or {@code null} for a null array
     */
    static List<RespReply> elements(RespReply reply) {
        if (reply instanceof ArrayReply array) {
            return array.elements();
        }
        if (reply instanceof MapReply map) {
            return map.keysAndValues();
        }
        if (reply instanceof SetReply set) {
            return set.elements();
        }
        if (reply instanceof NullReply) {
            return null;
        }
        throw unexpected("an array", reply);
    }

    /**
     * Keys and values alternating, whatever the reply's shape.
     * @param reply the reply
     * @return the keys and values, or {@code null} for a null reply
     */
    static List<RespReply> keysAndValues(RespReply reply) {
        return flattenPairs(elements(reply));
    }

    /**
     * RESP3 nests pairs as two-element arrays where RESP2 lays them out flat; this lays
     * them out flat again. A flat list is returned as it is.
     */
    private static List<RespReply> flattenPairs(List<RespReply> elements) {
        if (elements == null || elements.isEmpty() || !(elements.get(0) instanceof ArrayReply)) {
            return elements;
        }
        List<RespReply> flat = new ArrayList<>(elements.size() * 2);
        for (RespReply pair : elements) {
            List<RespReply> both = elements(pair);
            if (both == null || both.size() != 2) {
                throw unexpected("pairs as two-element arrays", pair);
            }
            flat.addAll(both);
        }
        return flat;
    }

    /**
     * The error for a reply of an unexpected type, naming the type but not the content.
     * @param expected what the decoder expected
     * @param reply what came
     * @return the exception to throw
     */
    static RedisProtocolException unexpected(String expected, RespReply reply) {
        // Only the reply's type: its content may be large, or data that must not reach
        // logs.
        return new RedisProtocolException("Expected " + expected + " but got " + describe(reply));
    }

    private static String describe(RespReply reply) {
        if (reply instanceof ArrayReply array) {
            return "an array of " + array.elements().size() + " elements";
        }
        if (reply instanceof BulkString bulk) {
            return "a bulk string of " + bulk.value().length + " bytes";
        }
        if (reply instanceof NullReply) {
            return "a null reply";
        }
        if (reply instanceof MapReply map) {
            return "a map of " + map.size() + " entries";
        }
        if (reply instanceof SetReply set) {
            return "a set of " + set.elements().size() + " elements";
        }
        if (reply instanceof DoubleReply || reply instanceof BooleanReply || reply instanceof BigNumberReply
                || reply instanceof PushReply || reply instanceof VerbatimString) {
            return "a RESP3 " + reply.getClass().getSimpleName();
        }
        return (reply instanceof IntegerReply) ? "an integer reply"
                : (reply instanceof ErrorReply) ? "an error reply" : "a status reply";
    }

}
