package io.redispool.commands.hash;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ScanResult;
import io.redispool.commands.CommandCodec;
import io.redispool.protocol.RespReply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Builds the commands of hashes as data; {@link HashCommands} runs them.
 *
 * <p>
 * Fields are encoded as keys are ({@code K}), values as values ({@code V}).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class HashCommandBuilder<K, V> {

    private static final CommandSpec HDEL = CommandTable.get().spec("hdel");

    private static final CommandSpec HEXISTS = CommandTable.get().spec("hexists");

    private static final CommandSpec HGET = CommandTable.get().spec("hget");

    private static final CommandSpec HGETALL = CommandTable.get().spec("hgetall");

    private static final CommandSpec HINCRBY = CommandTable.get().spec("hincrby");

    private static final CommandSpec HINCRBYFLOAT = CommandTable.get().spec("hincrbyfloat");

    private static final CommandSpec HKEYS = CommandTable.get().spec("hkeys");

    private static final CommandSpec HLEN = CommandTable.get().spec("hlen");

    private static final CommandSpec HMGET = CommandTable.get().spec("hmget");

    private static final CommandSpec HMSET = CommandTable.get().spec("hmset");

    private static final CommandSpec HRANDFIELD = CommandTable.get().spec("hrandfield");

    private static final CommandSpec HSCAN = CommandTable.get().spec("hscan");

    private static final CommandSpec HSET = CommandTable.get().spec("hset");

    private static final CommandSpec HSETNX = CommandTable.get().spec("hsetnx");

    private static final CommandSpec HSTRLEN = CommandTable.get().spec("hstrlen");

    private static final CommandSpec HVALS = CommandTable.get().spec("hvals");

    private final CommandCodec<K, V> codec;

    private final ReplyDecoder<List<Map.Entry<K, V>>> entries;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public HashCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
        this.entries = entries(codec.keyDecoder(), codec.valueDecoder());
    }

    /** HDEL, yielding how many of the fields existed. */
    public Command<Long> hdel(K key, List<K> fields) {
        return fieldsArgs(HDEL, key, fields).build(ReplyDecoders.INTEGER);
    }

    /** HEXISTS, yielding whether the field exists. */
    public Command<Boolean> hexists(K key, K field) {
        return fieldArgs(HEXISTS, key, field, 0).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /** HGET, yielding the field's value or {@code null}. */
    public Command<V> hget(K key, K field) {
        return fieldArgs(HGET, key, field, 0).build(this.codec.valueDecoder());
    }

    /**
     * HGETALL, yielding every field and value in the server's order; empty when the key
     * is missing.
     */
    public Command<Map<K, V>> hgetall(K key) {
        return this.codec.keyArgs(HGETALL, key, 0).build(this.codec.mapDecoder());
    }

    /** HINCRBY, yielding the field's new value. */
    public Command<Long> hincrby(K key, K field, long increment) {
        return fieldArgs(HINCRBY, key, field, 1).add(increment).build(ReplyDecoders.INTEGER);
    }

    /** HINCRBYFLOAT, yielding the field's new value; the increment must be finite. */
    public Command<Double> hincrbyfloat(K key, K field, double increment) {
        if (!Double.isFinite(increment)) {
            throw new IllegalArgumentException("HINCRBYFLOAT 'increment' must be a finite number but was " + increment);
        }
        return fieldArgs(HINCRBYFLOAT, key, field, 1).add(increment).build(ReplyDecoders.DOUBLE);
    }

    /** HKEYS, yielding every field. */
    public Command<List<K>> hkeys(K key) {
        return this.codec.keyArgs(HKEYS, key, 0).build(this.codec.keysDecoder());
    }

    /** HLEN, yielding how many fields the hash has. */
    public Command<Long> hlen(K key) {
        return this.codec.keyArgs(HLEN, key, 0).build(ReplyDecoders.INTEGER);
    }

    /**
     * HMGET, yielding the fields' values in the order asked, {@code null} for each
     * missing one.
     */
    public Command<List<V>> hmget(K key, List<K> fields) {
        return fieldsArgs(HMGET, key, fields).build(this.codec.valuesDecoder());
    }

    /** HMSET, the deprecated form of HSET, yielding "OK". */
    public Command<String> hmset(K key, Map<K, V> fields) {
        return fieldValuesArgs(HMSET, key, fields).build(ReplyDecoders.STATUS);
    }

    /** HRANDFIELD, yielding a random field, or {@code null} when the key is missing. */
    public Command<K> hrandfield(K key) {
        return this.codec.keyArgs(HRANDFIELD, key, 0).build(this.codec.keyDecoder());
    }

    /**
     * HRANDFIELD with a count.
     * @param key the hash's key
     * @param count how many distinct fields when positive; when negative, its absolute
     * value of fields that may repeat
     * @return a command that yields the fields, empty when the key is missing
     */
    public Command<List<K>> hrandfieldCount(K key, long count) {
        return this.codec.keyArgs(HRANDFIELD, key, 1).add(count).build(this.codec.keysDecoder());
    }

    /**
     * HRANDFIELD with a count and WITHVALUES.
     * @param key the hash's key
     * @param count as for {@link #hrandfieldCount}; a negative count may repeat fields,
     * so the reply is a list of entries rather than a map
     * @return a command that yields the fields with their values
     */
    public Command<List<Map.Entry<K, V>>> hrandfieldWithValues(K key, long count) {
        return this.codec.keyArgs(HRANDFIELD, key, 2).add(count).add(Keyword.WITHVALUES).build(this.entries);
    }

    /** HSCAN from a cursor, yielding one page of fields and values. */
    public Command<ScanResult<Map.Entry<K, V>>> hscan(K key, String cursor) {
        return hscan(key, cursor, null, 0);
    }

    /**
     * HSCAN with a MATCH pattern and a COUNT hint.
     * @param key the hash's key
     * @param cursor "0" to start, then the cursor of the previous page
     * @param pattern a glob-style pattern the fields must match, or {@code null} for
     * every field
     * @param count how many fields to examine per call, or 0 for the server's default
     * @return a command that yields one page of fields and values
     */
    public Command<ScanResult<Map.Entry<K, V>>> hscan(K key, String cursor, String pattern, long count) {
        if (cursor == null) {
            throw new IllegalArgumentException("HSCAN 'cursor' must not be null; start with \"0\"");
        }
        if (count < 0) {
            throw new IllegalArgumentException(
                    "HSCAN 'count' must be at least 0 (0 for the server's default) but was " + count);
        }
        CommandArgs args = this.codec.keyArgs(HSCAN, key, 5).add(cursor);
        if (pattern != null) {
            args.add(Keyword.MATCH).add(pattern.getBytes(StandardCharsets.UTF_8));
        }
        if (count > 0) {
            args.add(Keyword.COUNT).add(count);
        }
        return args.build(ReplyDecoders.scanPage(this.entries));
    }

    /** HSET of one field, yielding 1 when the field is new, 0 when it was updated. */
    public Command<Long> hset(K key, K field, V value) {
        return fieldArgs(HSET, key, field, 1).add(this.codec.value(value)).build(ReplyDecoders.INTEGER);
    }

    /** HSET of several fields, yielding how many were new. */
    public Command<Long> hset(K key, Map<K, V> fields) {
        return fieldValuesArgs(HSET, key, fields).build(ReplyDecoders.INTEGER);
    }

    /**
     * HSETNX, yielding {@code true} when the field was set, {@code false} when it already
     * existed.
     */
    public Command<Boolean> hsetnx(K key, K field, V value) {
        return fieldArgs(HSETNX, key, field, 1).add(this.codec.value(value)).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /**
     * HSTRLEN, yielding the length in bytes of the field's value, 0 when it is missing.
     */
    public Command<Long> hstrlen(K key, K field) {
        return fieldArgs(HSTRLEN, key, field, 0).build(ReplyDecoders.INTEGER);
    }

    /** HVALS, yielding every value. */
    public Command<List<V>> hvals(K key) {
        return this.codec.keyArgs(HVALS, key, 0).build(this.codec.valuesDecoder());
    }

    private CommandArgs fieldArgs(CommandSpec spec, K key, K field, int more) {
        return this.codec.keyArgs(spec, key, more + 1).add(this.codec.key(field));
    }

    private CommandArgs fieldsArgs(CommandSpec spec, K key, List<K> fields) {
        CommandCodec.requireNotEmpty(spec, "fields", fields);
        CommandArgs args = this.codec.keyArgs(spec, key, fields.size());
        fields.forEach((field) -> args.add(this.codec.key(field)));
        return args;
    }

    private CommandArgs fieldValuesArgs(CommandSpec spec, K key, Map<K, V> fields) {
        CommandCodec.requireNotEmpty(spec, "fields", fields.keySet());
        CommandArgs args = this.codec.keyArgs(spec, key, fields.size() * 2);
        fields.forEach((field, value) -> args.add(this.codec.key(field)).add(this.codec.value(value)));
        return args;
    }

    private static <K, V> ReplyDecoder<List<Map.Entry<K, V>>> entries(ReplyDecoder<K> field, ReplyDecoder<V> value) {
        return (reply) -> {
            List<RespReply> elements = ReplyDecoders.keysAndValues(reply);
            if (elements == null || elements.size() % 2 != 0) {
                throw ReplyDecoders.unexpected("field and value pairs", reply);
            }
            List<Map.Entry<K, V>> pairs = new ArrayList<>(elements.size() / 2);
            for (int i = 0; i < elements.size(); i += 2) {
                pairs.add(Map.entry(field.decode(elements.get(i)), value.decode(elements.get(i + 1))));
            }
            return Collections.unmodifiableList(pairs);
        };
    }

}
