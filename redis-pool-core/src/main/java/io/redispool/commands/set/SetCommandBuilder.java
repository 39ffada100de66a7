package io.redispool.commands.set;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ScanResult;
import io.redispool.commands.CommandCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Builds the commands of sets as data; {@link SetCommands} runs them.
 *
 * <p>
 * Replies that are sets come as a {@link Set} in the server's order. With {@code byte[]}
 * values such a set compares arrays by identity, so iterate it rather than ask it.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class SetCommandBuilder<K, V> {

    private static final CommandSpec SADD = CommandTable.get().spec("sadd");

    private static final CommandSpec SCARD = CommandTable.get().spec("scard");

    private static final CommandSpec SDIFF = CommandTable.get().spec("sdiff");

    private static final CommandSpec SDIFFSTORE = CommandTable.get().spec("sdiffstore");

    private static final CommandSpec SINTER = CommandTable.get().spec("sinter");

    private static final CommandSpec SINTERCARD = CommandTable.get().spec("sintercard");

    private static final CommandSpec SINTERSTORE = CommandTable.get().spec("sinterstore");

    private static final CommandSpec SISMEMBER = CommandTable.get().spec("sismember");

    private static final CommandSpec SMEMBERS = CommandTable.get().spec("smembers");

    private static final CommandSpec SMISMEMBER = CommandTable.get().spec("smismember");

    private static final CommandSpec SMOVE = CommandTable.get().spec("smove");

    private static final CommandSpec SPOP = CommandTable.get().spec("spop");

    private static final CommandSpec SRANDMEMBER = CommandTable.get().spec("srandmember");

    private static final CommandSpec SREM = CommandTable.get().spec("srem");

    private static final CommandSpec SSCAN = CommandTable.get().spec("sscan");

    private static final CommandSpec SUNION = CommandTable.get().spec("sunion");

    private static final CommandSpec SUNIONSTORE = CommandTable.get().spec("sunionstore");

    private final CommandCodec<K, V> codec;

    private final ReplyDecoder<Set<V>> members;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public SetCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
        this.members = ReplyDecoders.set(codec.valueDecoder());
    }

    /** SADD, yielding how many members were new. */
    public Command<Long> sadd(K key, List<V> members) {
        return this.codec.keyValuesArgs(SADD, key, members).build(ReplyDecoders.INTEGER);
    }

    /** SCARD, yielding how many members the set has, 0 when the key is missing. */
    public Command<Long> scard(K key) {
        return this.codec.keyArgs(SCARD, key, 0).build(ReplyDecoders.INTEGER);
    }

    /** SDIFF, yielding the members of the first set that are in none of the others. */
    public Command<Set<V>> sdiff(List<K> keys) {
        return this.codec.keysArgs(SDIFF, keys).build(this.members);
    }

    /** SDIFFSTORE, storing SDIFF's members at the destination; yields how many. */
    public Command<Long> sdiffstore(K destination, List<K> keys) {
        return storeArgs(SDIFFSTORE, destination, keys).build(ReplyDecoders.INTEGER);
    }

    /** SINTER, yielding the members that are in every set. */
    public Command<Set<V>> sinter(List<K> keys) {
        return this.codec.keysArgs(SINTER, keys).build(this.members);
    }

    /** SINTERCARD, yielding how many members are in every set. */
    public Command<Long> sintercard(List<K> keys) {
        return sintercard(keys, 0);
    }

    /**
     * SINTERCARD with a LIMIT.
     * @param keys the sets' keys, at least one
     * @param limit stop counting at this many, or 0 for no limit
     * @return a command that yields how many members are in every set, at most the limit
     */
    public Command<Long> sintercard(List<K> keys, long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException(
                    "SINTERCARD 'limit' must be at least 0 (0 for no limit) but was " + limit);
        }
        CommandCodec.requireNotEmpty(SINTERCARD, "keys", keys);
        CommandArgs args = CommandArgs.of(SINTERCARD, keys.size() + 3).add(keys.size());
        keys.forEach((each) -> args.add(this.codec.key(each)));
        if (limit > 0) {
            args.add(Keyword.LIMIT).add(limit);
        }
        return args.build(ReplyDecoders.INTEGER);
    }

    /** SINTERSTORE, storing SINTER's members at the destination; yields how many. */
    public Command<Long> sinterstore(K destination, List<K> keys) {
        return storeArgs(SINTERSTORE, destination, keys).build(ReplyDecoders.INTEGER);
    }

    /** SISMEMBER, yielding whether the value is a member. */
    public Command<Boolean> sismember(K key, V member) {
        return this.codec.keyArgs(SISMEMBER, key, 1)
            .add(this.codec.value(member))
            .build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /** SMEMBERS, yielding every member. */
    public Command<Set<V>> smembers(K key) {
        return this.codec.keyArgs(SMEMBERS, key, 0).build(this.members);
    }

    /**
     * SMISMEMBER, yielding for each value, in the order asked, whether it is a member.
     */
    public Command<List<Boolean>> smismember(K key, List<V> members) {
        return this.codec.keyValuesArgs(SMISMEMBER, key, members)
            .build(ReplyDecoders.list(ReplyDecoders.INTEGER_AS_BOOLEAN));
    }

    /**
     * SMOVE, yielding {@code true} when the member was moved, {@code false} when the
     * source does not hold it.
     */
    public Command<Boolean> smove(K source, K destination, V member) {
        return this.codec.keyArgs(SMOVE, source, 2)
            .add(this.codec.key(destination))
            .add(this.codec.value(member))
            .build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /**
     * SPOP, yielding a random member it removed, or {@code null} when the key is missing.
     */
    public Command<V> spop(K key) {
        return this.codec.keyArgs(SPOP, key, 0).build(this.codec.valueDecoder());
    }

    /** SPOP with a count, yielding up to that many distinct members it removed. */
    public Command<Set<V>> spopCount(K key, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("SPOP 'count' must be at least 0 but was " + count);
        }
        return this.codec.keyArgs(SPOP, key, 1).add(count).build(this.members);
    }

    /** SRANDMEMBER, yielding a random member, or {@code null} when the key is missing. */
    public Command<V> srandmember(K key) {
        return this.codec.keyArgs(SRANDMEMBER, key, 0).build(this.codec.valueDecoder());
    }

    /**
     * SRANDMEMBER with a count.
     * @param key the set's key
     * @param count how many distinct members when positive; when negative, its absolute
     * value of members that may repeat
     * @return a command that yields the members, empty when the key is missing
     */
    public Command<List<V>> srandmemberCount(K key, long count) {
        return this.codec.keyArgs(SRANDMEMBER, key, 1).add(count).build(this.codec.valuesDecoder());
    }

    /** SREM, yielding how many of the members existed. */
    public Command<Long> srem(K key, List<V> members) {
        return this.codec.keyValuesArgs(SREM, key, members).build(ReplyDecoders.INTEGER);
    }

    /** SSCAN from a cursor, yielding one page of members. */
    public Command<ScanResult<V>> sscan(K key, String cursor) {
        return sscan(key, cursor, null, 0);
    }

    /**
     * SSCAN with a MATCH pattern and a COUNT hint.
     * @param key the set's key
     * @param cursor "0" to start, then the cursor of the previous page
     * @param pattern a glob-style pattern the members must match, or {@code null} for
     * every member
     * @param count how many members to examine per call, or 0 for the server's default
     * @return a command that yields one page of members
     */
    public Command<ScanResult<V>> sscan(K key, String cursor, String pattern, long count) {
        if (cursor == null) {
            throw new IllegalArgumentException("SSCAN 'cursor' must not be null; start with \"0\"");
        }
        if (count < 0) {
            throw new IllegalArgumentException(
                    "SSCAN 'count' must be at least 0 (0 for the server's default) but was " + count);
        }
        CommandArgs args = this.codec.keyArgs(SSCAN, key, 5).add(cursor);
        if (pattern != null) {
            args.add(Keyword.MATCH).add(pattern.getBytes(StandardCharsets.UTF_8));
        }
        if (count > 0) {
            args.add(Keyword.COUNT).add(count);
        }
        return args.build(ReplyDecoders.scanPage(this.codec.valuesDecoder()));
    }

    /** SUNION, yielding the members that are in any of the sets. */
    public Command<Set<V>> sunion(List<K> keys) {
        return this.codec.keysArgs(SUNION, keys).build(this.members);
    }

    /** SUNIONSTORE, storing SUNION's members at the destination; yields how many. */
    public Command<Long> sunionstore(K destination, List<K> keys) {
        return storeArgs(SUNIONSTORE, destination, keys).build(ReplyDecoders.INTEGER);
    }

    private CommandArgs storeArgs(CommandSpec spec, K destination, List<K> keys) {
        CommandCodec.requireNotEmpty(spec, "keys", keys);
        CommandArgs args = this.codec.keyArgs(spec, destination, keys.size());
        keys.forEach((each) -> args.add(this.codec.key(each)));
        return args;
    }

}
