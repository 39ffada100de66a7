package io.redispool.commands.string;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import io.redispool.commands.TimeArguments;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Builds the commands of strings and counters as data; {@link StringCommands} runs them.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class StringCommandBuilder<K, V> {

    private static final CommandSpec APPEND = CommandTable.get().spec("append");

    private static final CommandSpec DECR = CommandTable.get().spec("decr");

    private static final CommandSpec DECRBY = CommandTable.get().spec("decrby");

    private static final CommandSpec GET = CommandTable.get().spec("get");

    private static final CommandSpec GETDEL = CommandTable.get().spec("getdel");

    private static final CommandSpec GETEX = CommandTable.get().spec("getex");

    private static final CommandSpec GETRANGE = CommandTable.get().spec("getrange");

    private static final CommandSpec GETSET = CommandTable.get().spec("getset");

    private static final CommandSpec INCR = CommandTable.get().spec("incr");

    private static final CommandSpec INCRBY = CommandTable.get().spec("incrby");

    private static final CommandSpec INCRBYFLOAT = CommandTable.get().spec("incrbyfloat");

    private static final CommandSpec LCS = CommandTable.get().spec("lcs");

    private static final CommandSpec MGET = CommandTable.get().spec("mget");

    private static final CommandSpec MSET = CommandTable.get().spec("mset");

    private static final CommandSpec MSETNX = CommandTable.get().spec("msetnx");

    private static final CommandSpec PSETEX = CommandTable.get().spec("psetex");

    private static final CommandSpec SET = CommandTable.get().spec("set");

    private static final CommandSpec SETEX = CommandTable.get().spec("setex");

    private static final CommandSpec SETNX = CommandTable.get().spec("setnx");

    private static final CommandSpec SETRANGE = CommandTable.get().spec("setrange");

    private static final CommandSpec STRLEN = CommandTable.get().spec("strlen");

    private static final CommandSpec SUBSTR = CommandTable.get().spec("substr");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public StringCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    /** APPEND: adds to the end of a value; yields the new length. */
    public Command<Long> append(K key, V value) {
        return this.codec.keyArgs(APPEND, key, 1).add(this.codec.value(value)).build(ReplyDecoders.INTEGER);
    }

    /** DECR: takes one from a counter; yields the new value. */
    public Command<Long> decr(K key) {
        return this.codec.keyArgs(DECR, key, 0).build(ReplyDecoders.INTEGER);
    }

    /** DECRBY: takes from a counter; yields the new value. */
    public Command<Long> decrby(K key, long decrement) {
        return this.codec.keyArgs(DECRBY, key, 1).add(decrement).build(ReplyDecoders.INTEGER);
    }

    /** GET: the value of a key, or {@code null} when it does not exist. */
    public Command<V> get(K key) {
        return this.codec.keyArgs(GET, key, 0).build(this.codec.valueDecoder());
    }

    /**
     * GETDEL: the value of a key, which is then deleted; {@code null} when it did not
     * exist.
     */
    public Command<V> getdel(K key) {
        return this.codec.keyArgs(GETDEL, key, 0).build(this.codec.valueDecoder());
    }

    /** GETEX without options: the value of a key, its expiry unchanged. */
    public Command<V> getex(K key) {
        return this.codec.keyArgs(GETEX, key, 0).build(this.codec.valueDecoder());
    }

    /** GETEX: the value of a key, whose expiry is then set or removed. */
    public Command<V> getex(K key, GetExOptions options) {
        CommandArgs args = this.codec.keyArgs(GETEX, key, 2);
        options.appendTo(args);
        return args.build(this.codec.valueDecoder());
    }

    /**
     * GETRANGE: the bytes of a value from start to end, both inclusive, negative from the
     * end.
     */
    public Command<V> getrange(K key, long start, long end) {
        return this.codec.keyArgs(GETRANGE, key, 2).add(start).add(end).build(this.codec.valueDecoder());
    }

    /** GETSET: stores a value; yields the old one, or {@code null}. */
    public Command<V> getset(K key, V value) {
        return this.codec.keyArgs(GETSET, key, 1).add(this.codec.value(value)).build(this.codec.valueDecoder());
    }

    /** INCR: adds one to a counter; yields the new value. */
    public Command<Long> incr(K key) {
        return this.codec.keyArgs(INCR, key, 0).build(ReplyDecoders.INTEGER);
    }

    /** INCRBY: adds to a counter; yields the new value. */
    public Command<Long> incrby(K key, long increment) {
        return this.codec.keyArgs(INCRBY, key, 1).add(increment).build(ReplyDecoders.INTEGER);
    }

    /** INCRBYFLOAT: adds to a floating-point counter; yields the new value. */
    public Command<Double> incrbyfloat(K key, double increment) {
        return this.codec.keyArgs(INCRBYFLOAT, key, 1).add(increment).build(ReplyDecoders.DOUBLE);
    }

    /** LCS: the longest common subsequence of two values. */
    public Command<V> lcs(K first, K second) {
        return this.codec.keyArgs(LCS, first, 1).add(this.codec.key(second)).build(this.codec.valueDecoder());
    }

    /** LCS LEN: the length of the longest common subsequence of two values. */
    public Command<Long> lcsLen(K first, K second) {
        return this.codec.keyArgs(LCS, first, 2)
            .add(this.codec.key(second))
            .add(Keyword.LEN)
            .build(ReplyDecoders.INTEGER);
    }

    /** LCS IDX WITHMATCHLEN: where the longest common subsequence lies in both values. */
    public Command<LcsResult> lcsIdx(K first, K second) {
        return this.codec.keyArgs(LCS, first, 3)
            .add(this.codec.key(second))
            .add(Keyword.IDX)
            .add(Keyword.WITHMATCHLEN)
            .build(LcsResult.DECODER);
    }

    /**
     * LCS IDX MINMATCHLEN WITHMATCHLEN: as {@link #lcsIdx(Object, Object)}, leaving out
     * runs shorter than the minimum.
     */
    public Command<LcsResult> lcsIdx(K first, K second, long minMatchLen) {
        if (minMatchLen < 0) {
            throw new IllegalArgumentException("'minMatchLen' must be at least 0 but was " + minMatchLen);
        }
        return this.codec.keyArgs(LCS, first, 5)
            .add(this.codec.key(second))
            .add(Keyword.IDX)
            .add(Keyword.MINMATCHLEN)
            .add(minMatchLen)
            .add(Keyword.WITHMATCHLEN)
            .build(LcsResult.DECODER);
    }

    /** MGET: the values of several keys, {@code null} for each missing one. */
    public Command<List<V>> mget(List<K> keys) {
        return this.codec.keysArgs(MGET, keys).build(this.codec.valuesDecoder());
    }

    /** MSET: stores several values at once. */
    public Command<String> mset(Map<K, V> entries) {
        return entriesArgs(MSET, entries).build(ReplyDecoders.STATUS);
    }

    /**
     * MSETNX: stores several values at once only if none of the keys exists;
     * {@code false} when one did.
     */
    public Command<Boolean> msetnx(Map<K, V> entries) {
        return entriesArgs(MSETNX, entries).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /** PSETEX: stores a value that expires after the timeout, in whole milliseconds. */
    public Command<String> psetex(K key, Duration timeout, V value) {
        long millis = TimeArguments.millis("timeout", timeout);
        if (millis < 1) {
            throw new IllegalArgumentException("'timeout' must be at least 1ms but was " + timeout);
        }
        return this.codec.keyArgs(PSETEX, key, 2).add(millis).add(this.codec.value(value)).build(ReplyDecoders.STATUS);
    }

    /** SET: stores a value, clearing any expiry. */
    public Command<Boolean> set(K key, V value) {
        // Sized exactly: the commonest write builds without a copy.
        return this.codec.keyArgs(SET, key, 1).add(this.codec.value(value)).build(ReplyDecoders.OK_OR_NULL);
    }

    /** SET with options; yields {@code false} when an NX or XX condition was not met. */
    public Command<Boolean> set(K key, V value, SetOptions options) {
        CommandArgs args = this.codec.keyArgs(SET, key, 5).add(this.codec.value(value));
        options.appendTo(args);
        return args.build(ReplyDecoders.OK_OR_NULL);
    }

    /** SET ... GET: stores a value; yields the old one, or {@code null}. */
    public Command<V> setGet(K key, V value) {
        return setGet(key, value, SetOptions.none());
    }

    /**
     * SET ... GET with options: yields the old value, or {@code null}, whether or not a
     * condition let the SET happen.
     */
    public Command<V> setGet(K key, V value, SetOptions options) {
        CommandArgs args = this.codec.keyArgs(SET, key, 6).add(this.codec.value(value));
        options.appendTo(args);
        return args.add(Keyword.GET).build(this.codec.valueDecoder());
    }

    /** SETEX: stores a value that expires after the timeout, in whole seconds. */
    public Command<String> setex(K key, Duration timeout, V value) {
        long seconds = TimeArguments.seconds("timeout", timeout);
        if (seconds < 1) {
            throw new IllegalArgumentException("'timeout' must be at least 1s but was " + timeout);
        }
        return this.codec.keyArgs(SETEX, key, 2).add(seconds).add(this.codec.value(value)).build(ReplyDecoders.STATUS);
    }

    /**
     * SETNX: stores a value only if the key does not exist; {@code false} when it did.
     */
    public Command<Boolean> setnx(K key, V value) {
        return this.codec.keyArgs(SETNX, key, 1).add(this.codec.value(value)).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /**
     * SETRANGE: overwrites part of a value from an offset, padding with zero bytes;
     * yields the new length.
     */
    public Command<Long> setrange(K key, long offset, V value) {
        return this.codec.keyArgs(SETRANGE, key, 2)
            .add(offset)
            .add(this.codec.value(value))
            .build(ReplyDecoders.INTEGER);
    }

    /** STRLEN: the length of a value in bytes, 0 when the key does not exist. */
    public Command<Long> strlen(K key) {
        return this.codec.keyArgs(STRLEN, key, 0).build(ReplyDecoders.INTEGER);
    }

    /** SUBSTR: GETRANGE's deprecated former name, for servers that still expect it. */
    public Command<V> substr(K key, long start, long end) {
        return this.codec.keyArgs(SUBSTR, key, 2).add(start).add(end).build(this.codec.valueDecoder());
    }

    private CommandArgs entriesArgs(CommandSpec spec, Map<K, V> entries) {
        CommandCodec.requireNotEmpty(spec, "entries", entries.keySet());
        CommandArgs args = CommandArgs.of(spec, entries.size() * 2);
        entries.forEach((k, v) -> args.add(this.codec.key(k)).add(this.codec.value(v)));
        return args;
    }

}
