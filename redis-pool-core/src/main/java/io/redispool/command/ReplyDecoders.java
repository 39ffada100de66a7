package io.redispool.command;

import io.redispool.RedisProtocolException;
import io.redispool.RedisServerException;
import io.redispool.codec.StringCodec;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.ErrorReply;
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

    /** An integer reply of 1 as {@code true}, 0 as {@code false}. */
    public static final ReplyDecoder<Boolean> INTEGER_AS_BOOLEAN = (reply) -> INTEGER.decode(reply) == 1L;

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

    /** A bulk string holding a number, such as a ZSCORE; a null reply is {@code null}. */
    public static final ReplyDecoder<Double> DOUBLE = (reply) -> {
        byte[] bytes = bulk(reply);
        return (bytes != null) ? parseDouble(new String(bytes, StandardCharsets.US_ASCII)) : null;
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
            List<RespReply> elements = elements(reply);
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
            List<RespReply> elements = elements(reply);
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
     * array as a {@link RedisServerException} in its place.
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
        return new ReplyDecoder<>() {
            @Override
            public Object decode(RespReply reply) {
                if (reply instanceof SimpleString status) {
                    return status.value();
                }
                if (reply instanceof IntegerReply integer) {
                    return integer.value();
                }
                if (reply instanceof BulkString bulk) {
                    return bulkDecoder.apply(bulk.value());
                }
                if (reply instanceof ArrayReply array) {
                    List<Object> values = new ArrayList<>(array.elements().size());
                    for (RespReply element : array.elements()) {
                        values.add(decode(element));
                    }
                    return Collections.unmodifiableList(values);
                }
                if (reply instanceof ErrorReply error) {
                    return RedisServerException.of(error.message());
                }
                return null;
            }
        };
    }

    /**
     * The bytes of a bulk string reply.
     * @param reply the reply
     * @return the bytes, or {@code null} for a null reply
     * @throws io.redispool.RedisProtocolException for any other reply
     */
    public static byte[] bulk(RespReply reply) {
        if (reply instanceof BulkString bulk) {
            return bulk.value();
        }
        if (reply == NullReply.NULL_BULK) {
            return null;
        }
        throw unexpected("a bulk string", reply);
    }

    /**
     * The elements of an array reply.
     * @param reply the reply
     * @return the elements, or {@code null} for a null array
     * @throws io.redispool.RedisProtocolException for any other reply
     */
    public static List<RespReply> elements(RespReply reply) {
        if (reply instanceof ArrayReply array) {
            return array.elements();
        }
        if (reply == NullReply.NULL_ARRAY) {
            return null;
        }
        throw unexpected("an array", reply);
    }

    /**
     * Parses a number as Redis writes it, {@code inf} and {@code -inf} included.
     * @param text the text
     * @return the number
     * @throws io.redispool.RedisProtocolException if it is not a number
     */
    public static double parseDouble(String text) {
        switch (text) {
            case "inf":
            case "+inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                }
                catch (NumberFormatException ex) {
                    throw new RedisProtocolException("Expected a number but got '" + text + "'");
                }
        }
    }

    /**
     * The error for a reply of an unexpected type, naming the type but not the content.
     * @param expected what the decoder expected
     * @param reply what came
     * @return the exception to throw
     */
    public static RedisProtocolException unexpected(String expected, RespReply reply) {
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
        return (reply instanceof IntegerReply) ? "an integer reply" : "a status reply";
    }

}
