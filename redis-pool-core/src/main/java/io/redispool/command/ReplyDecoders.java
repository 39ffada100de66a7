package io.redispool.command;

import io.redispool.RedisProtocolException;
import io.redispool.RedisServerException;
import io.redispool.codec.StringCodec;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.BooleanReply;
import io.redispool.protocol.RespReply.DoubleReply;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.NullReply;
import io.redispool.protocol.RespReply.SimpleString;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The reply decoders the commands share: one per reply shape, not one per command.
 *
 * <p>
 * Each accepts the RESP2 shape and its RESP3 counterpart, so a typed command returns the
 * same Java value whichever protocol the connection speaks: a map where RESP2 sent a flat
 * array of keys and values, a set where it sent an array, a double or a verbatim string
 * where it sent a bulk string, a boolean where it sent 1 or 0, {@code _} for either null,
 * and pairs nested as two-element arrays where RESP2 sent them flat (ZRANGE ...
 * WITHSCORES, HRANDFIELD ... WITHVALUES). Those rules live in {@link ReplyShapes}, which
 * the reply-reading methods here ({@link #bulk(RespReply)}, {@link #elements(RespReply)},
 * {@link #keysAndValues(RespReply)}, {@link #unexpected(String, RespReply)}) expose to
 * the decoders written beside each command group; doubles are read and written as
 * {@link DoubleText} says.
 */
public final class ReplyDecoders {

    /** A status reply as its text: {@code +OK} is "OK". */
    public static final ReplyDecoder<String> STATUS = (reply) -> {
        if (reply instanceof SimpleString status) {
            return status.value();
        }
        throw unexpected("a status reply", reply);
    };

    /** An integer reply. */
    public static final ReplyDecoder<Long> INTEGER = (reply) -> {
        if (reply instanceof IntegerReply integer) {
            return integer.value();
        }
        throw unexpected("an integer reply", reply);
    };

    /**
     * An integer reply, or {@code null} for a null reply (OBJECT FREQ of a missing key, a
     * BITFIELD overflow).
     */
    public static final ReplyDecoder<Long> INTEGER_OR_NULL = (reply) -> (reply instanceof NullReply) ? null
            : INTEGER.decode(reply);

    /**
     * An integer reply of 1 as {@code true}, 0 as {@code false}; a RESP3 boolean as
     * itself.
     */
    public static final ReplyDecoder<Boolean> INTEGER_AS_BOOLEAN = (reply) -> (reply instanceof BooleanReply bool)
            ? bool.value() : INTEGER.decode(reply) == 1L;

    /**
     * {@code +OK} as {@code true}, a null reply (a SET whose NX or XX condition failed)
     * as {@code false}.
     */
    public static final ReplyDecoder<Boolean> OK_OR_NULL = (reply) -> {
        if (reply == SimpleString.OK || reply instanceof SimpleString status && status.value().equals("OK")) {
            return true;
        }
        if (reply instanceof NullReply) {
            return false;
        }
        throw unexpected("+OK or a null reply", reply);
    };

    /**
     * A bulk string holding a number, or a RESP3 double, such as a ZSCORE; a null reply
     * is {@code null}.
     */
    public static final ReplyDecoder<Double> DOUBLE = (reply) -> {
        if (reply instanceof DoubleReply number) {
            return number.value();
        }
        byte[] bytes = bulk(reply);
        return (bytes != null) ? DoubleText.parse(new String(bytes, StandardCharsets.US_ASCII)) : null;
    };

    /** A bulk string as UTF-8 text, such as INFO's; a null reply is {@code null}. */
    public static final ReplyDecoder<String> TEXT = bulk((bytes) -> new String(bytes, StandardCharsets.UTF_8));

    private ReplyDecoders() {
    }

    /**
     * One page of a SCAN-family command: a cursor, then an array of items.
     * @param items decodes the page's array
     * @param <T> the item type
     * @return the decoder
     */
    public static <T> ReplyDecoder<ScanResult<T>> scanPage(ReplyDecoder<List<T>> items) {
        return (reply) -> {
            List<RespReply> page = elements(reply);
            if (page == null || page.size() != 2) {
                throw unexpected("a two-element SCAN page", reply);
            }
            return new ScanResult<>(new String(bulk(page.get(0)), StandardCharsets.US_ASCII),
                    items.decode(page.get(1)));
        };
    }

    /**
     * A flat array of member, score pairs, as ZRANGE ... WITHSCORES replies.
     * @param member decodes each member
     * @param <V> the member type
     * @return the decoder
     */
    public static <V> ReplyDecoder<List<ScoredValue<V>>> scoredValues(ReplyDecoder<V> member) {
        return (reply) -> {
            List<RespReply> elements = ReplyShapes.keysAndValues(reply);
            if (elements == null || elements.size() % 2 != 0) {
                throw unexpected("member and score pairs", reply);
            }
            List<ScoredValue<V>> pairs = new ArrayList<>(elements.size() / 2);
            for (int i = 0; i < elements.size(); i += 2) {
                pairs.add(new ScoredValue<>(member.decode(elements.get(i)), DOUBLE.decode(elements.get(i + 1))));
            }
            return Collections.unmodifiableList(pairs);
        };
    }

    /**
     * A bulk string through a decoding function; a null reply is {@code null}.
     * @param decoder turns the bytes into the value
     * @param <T> the value type
     * @return the decoder
     */
    public static <T> ReplyDecoder<T> bulk(Function<byte[], T> decoder) {
        return (reply) -> {
            byte[] bytes = bulk(reply);
            return (bytes != null) ? decoder.apply(bytes) : null;
        };
    }

    /**
     * An array whose elements each decode with the given decoder; a null array is
     * {@code null}.
     * @param element decodes each element
     * @param <T> the element type
     * @return the decoder
     */
    public static <T> ReplyDecoder<List<T>> list(ReplyDecoder<T> element) {
        return (reply) -> {
            List<RespReply> elements = elements(reply);
            if (elements == null) {
                return null;
            }
            List<T> values = new ArrayList<>(elements.size());
            for (RespReply each : elements) {
                values.add(element.decode(each));
            }
            return Collections.unmodifiableList(values);
        };
    }

    /**
     * An array as a set, in the server's order.
     * @param element decodes each element
     * @param <T> the element type
     * @return the decoder
     */
    public static <T> ReplyDecoder<Set<T>> set(ReplyDecoder<T> element) {
        return (reply) -> {
            List<RespReply> elements = elements(reply);
            Set<T> values = new LinkedHashSet<>();
            if (elements != null) {
                for (RespReply each : elements) {
                    values.add(element.decode(each));
                }
            }
            return Collections.unmodifiableSet(values);
        };
    }

    /**
     * A flat array of alternating keys and values, as HGETALL replies, as a map in that
     * order.
     * @param key decodes each key
     * @param value decodes each value
     * @param <K> the key type
     * @param <V> the value type
     * @return the decoder
     */
    public static <K, V> ReplyDecoder<Map<K, V>> map(ReplyDecoder<K> key, ReplyDecoder<V> value) {
        return (reply) -> {
            List<RespReply> elements = ReplyShapes.keysAndValues(reply);
            if (elements == null) {
                return Map.of();
            }
            Map<K, V> map = new LinkedHashMap<>();
            if (elements.size() % 2 != 0) {
                throw new RedisProtocolException(
                        "Expected an even number of elements (key, value pairs) but got " + elements.size());
            }
            for (int i = 0; i < elements.size(); i += 2) {
                map.put(key.decode(elements.get(i)), value.decode(elements.get(i + 1)));
            }
            return Collections.unmodifiableMap(map);
        };
    }

    /**
     * Any reply as plain Java values: status and bulk strings as Strings in the charset,
     * integers as Long, arrays as lists, nulls as {@code null}, and an error nested in an
     * array as a {@link RedisServerException} in its place. RESP3's own types come as
     * their Java counterparts: a map as a {@link Map} in the server's order, a set as a
     * {@link Set}, a double as {@link Double}, a boolean as {@link Boolean}, a big number
     * as {@link java.math.BigInteger}, a verbatim string as its text.
     * @param charset how bulk strings are decoded
     * @return the decoder
     */
    public static ReplyDecoder<Object> generic(Charset charset) {
        StringCodec strict = StringCodec.of(charset);
        return generic((Function<byte[], Object>) strict::decodeValue);
    }

    /**
     * Any reply as plain Java values, with bulk strings as raw bytes.
     * @return the decoder
     */
    public static ReplyDecoder<Object> genericBinary() {
        return generic((Function<byte[], Object>) (bytes) -> bytes);
    }

    /**
     * Any reply as plain Java values, with bulk strings through a decoding function, such
     * as a codec's value decoder for a script's reply.
     * @param bulkDecoder turns each bulk string into its value
     * @return the decoder
     */
    public static ReplyDecoder<Object> generic(Function<byte[], ?> bulkDecoder) {
        return new GenericReplyDecoder(bulkDecoder);
    }

    /**
     * A reply of key and value pairs, laid out flat whatever its shape: a RESP2 flat
     * array, a RESP3 map, or an array of two-element arrays (RESP3's ZRANGE ...
     * WITHSCORES, or XREAD's streams in RESP2).
     * @param reply the reply
     * @return keys and values alternating, or {@code null} for a null reply
     * @throws io.redispool.RedisProtocolException for any other reply
     */
    public static List<RespReply> keysAndValues(RespReply reply) {
        return ReplyShapes.keysAndValues(reply);
    }

    /**
     * The bytes of a bulk string reply, or of the RESP3 verbatim string (INFO, CLIENT
     * INFO) or double that stands in its place.
     * @param reply the reply
     * @return the bytes, or {@code null} for a null reply
     * @throws io.redispool.RedisProtocolException for any other reply
     */
    public static byte[] bulk(RespReply reply) {
        return ReplyShapes.bulk(reply);
    }

    /**
     * The elements of an array reply, or of the RESP3 set, or the keys and values of the
     * RESP3 map, that stands in its place.
     * @param reply the reply
     * @return the elements, or {@code null} for a null array
     * @throws io.redispool.RedisProtocolException for any other reply
     */
    public static List<RespReply> elements(RespReply reply) {
        return ReplyShapes.elements(reply);
    }

    /**
     * Parses a number as Redis writes it, {@code inf} and {@code -inf} included.
     * @param text the text
     * @return the number
     * @throws io.redispool.RedisProtocolException if it is not a number
     */
    public static double parseDouble(String text) {
        return DoubleText.parse(text);
    }

    /**
     * Writes a double as Redis does in RESP2: integral values without a fraction
     * ({@code 3}, not {@code 3.0}), {@code inf} and {@code -inf} spelled its way.
     * @param value the number
     * @return its text
     */
    public static String formatDouble(double value) {
        return DoubleText.ofReply(value);
    }

    /**
     * The error for a reply of an unexpected type, naming the type but not the content.
     * @param expected what the decoder expected
     * @param reply what came
     * @return the exception to throw
     */
    public static RedisProtocolException unexpected(String expected, RespReply reply) {
        return ReplyShapes.unexpected(expected, reply);
    }

}
