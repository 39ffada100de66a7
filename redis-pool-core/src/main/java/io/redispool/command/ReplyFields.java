package io.redispool.command;

import io.redispool.RedisProtocolException;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.NullReply;
import io.redispool.protocol.RespReply.SimpleString;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reply of named fields, such as XINFO, FUNCTION LIST or COMMAND DOCS send: a flat
 * array of name and value pairs (a map in RESP3), read into a map by name so that
 * decoders pick the fields they know and ignore the ones a newer server adds.
 */
public final class ReplyFields {

    private final Map<String, RespReply> fields;

    private ReplyFields(Map<String, RespReply> fields) {
        this.fields = fields;
    }

    /**
     * Reads a flat array of name and value pairs.
     * @param reply the reply
     * @return its fields, in the server's order
     * @throws RedisProtocolException if the reply is not an array of pairs
     */
    public static ReplyFields of(RespReply reply) {
        List<RespReply> elements = ReplyDecoders.elements(reply);
        if (elements == null || elements.size() % 2 != 0) {
            throw ReplyDecoders.unexpected("name and value pairs", reply);
        }
        Map<String, RespReply> fields = new LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i += 2) {
            fields.put(text(elements.get(i)), elements.get(i + 1));
        }
        return new ReplyFields(Collections.unmodifiableMap(fields));
    }

    /**
     * The names of the fields, in the server's order.
     * @return the names
     */
    public Set<String> names() {
        return this.fields.keySet();
    }

    /**
     * Whether the reply has a field.
     * @param name the field's name
     * @return {@code true} when present, even with a null value
     */
    public boolean has(String name) {
        return this.fields.containsKey(name);
    }

    /**
     * A field's value as sent.
     * @param name the field's name
     * @return the value
     * @throws RedisProtocolException if the field is missing
     */
    public RespReply get(String name) {
        RespReply value = this.fields.get(name);
        if (value == null) {
            throw new RedisProtocolException("Expected a field '" + name + "' but the reply has only " + names());
        }
        return value;
    }

    /**
     * A text field.
     * @param name the field's name
     * @return its text, or {@code null} when missing or null
     */
    public String text(String name) {
        RespReply value = this.fields.get(name);
        return (value != null) ? text(value) : null;
    }

    /**
     * An integer field.
     * @param name the field's name
     * @return its value
     * @throws RedisProtocolException if the field is missing or not an integer
     */
    public long integer(String name) {
        Long value = integerOrNull(name);
        if (value == null) {
            throw new RedisProtocolException("Expected an integer in field '" + name + "' but got none");
        }
        return value;
    }

    /**
     * An integer field that may be missing or null, such as XINFO GROUPS' lag.
     * @param name the field's name
     * @return its value, or {@code null}
     * @throws RedisProtocolException if the field holds something other than an integer
     */
    public Long integerOrNull(String name) {
        RespReply value = this.fields.get(name);
        if (value == null || value instanceof NullReply) {
            return null;
        }
        if (value instanceof IntegerReply integer) {
            return integer.value();
        }
        String text = text(value);
        try {
            return Long.parseLong(text);
        }
        catch (NumberFormatException ex) {
            throw new RedisProtocolException("Expected an integer in field '" + name + "' but got '" + text + "'");
        }
    }

    /**
     * An array field.
     * @param name the field's name
     * @return its elements, or an empty list when missing or null
     */
    public List<RespReply> array(String name) {
        RespReply value = this.fields.get(name);
        List<RespReply> elements = (value == null || value instanceof NullReply) ? null : ReplyDecoders.elements(value);
        return (elements != null) ? elements : List.of();
    }

    /**
     * A status or bulk string as UTF-8 text, or the RESP3 verbatim string or double in
     * its place.
     * @param reply the reply
     * @return the text, or {@code null} for a null reply
     * @throws RedisProtocolException for any other reply
     */
    public static String text(RespReply reply) {
        if (reply instanceof SimpleString status) {
            return status.value();
        }
        if (reply instanceof BulkString bulk) {
            return new String(bulk.value(), StandardCharsets.UTF_8);
        }
        if (reply instanceof NullReply) {
            return null;
        }
        if (reply instanceof RespReply.VerbatimString || reply instanceof RespReply.DoubleReply) {
            return new String(ReplyDecoders.bulk(reply), StandardCharsets.UTF_8);
        }
        throw ReplyDecoders.unexpected("a string", reply);
    }

    @Override
    public String toString() {
        return "ReplyFields" + names();
    }

}
