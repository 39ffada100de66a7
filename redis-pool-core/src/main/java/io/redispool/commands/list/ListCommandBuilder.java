package io.redispool.commands.list;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import io.redispool.commands.TimeArguments;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.NullReply;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Builds the commands of lists as data; {@link ListCommands} runs them.
 *
 * <p>
 * Blocking pops take their wait as a {@link Duration}, sent in seconds to the
 * millisecond; {@link Duration#ZERO} waits for ever. The wait extends the call's socket
 * timeout, so a wait longer than that timeout is not cut short by it.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class ListCommandBuilder<K, V> {

    private static final CommandSpec BLMOVE = CommandTable.get().spec("blmove");

    private static final CommandSpec BLMPOP = CommandTable.get().spec("blmpop");

    private static final CommandSpec BLPOP = CommandTable.get().spec("blpop");

    private static final CommandSpec BRPOP = CommandTable.get().spec("brpop");

    private static final CommandSpec BRPOPLPUSH = CommandTable.get().spec("brpoplpush");

    private static final CommandSpec LINDEX = CommandTable.get().spec("lindex");

    private static final CommandSpec LINSERT = CommandTable.get().spec("linsert");

    private static final CommandSpec LLEN = CommandTable.get().spec("llen");

    private static final CommandSpec LMOVE = CommandTable.get().spec("lmove");

    private static final CommandSpec LMPOP = CommandTable.get().spec("lmpop");

    private static final CommandSpec LPOP = CommandTable.get().spec("lpop");

    private static final CommandSpec LPOS = CommandTable.get().spec("lpos");

    private static final CommandSpec LPUSH = CommandTable.get().spec("lpush");

    private static final CommandSpec LPUSHX = CommandTable.get().spec("lpushx");

    private static final CommandSpec LRANGE = CommandTable.get().spec("lrange");

    private static final CommandSpec LREM = CommandTable.get().spec("lrem");

    private static final CommandSpec LSET = CommandTable.get().spec("lset");

    private static final CommandSpec LTRIM = CommandTable.get().spec("ltrim");

    private static final CommandSpec RPOP = CommandTable.get().spec("rpop");

    private static final CommandSpec RPOPLPUSH = CommandTable.get().spec("rpoplpush");

    private static final CommandSpec RPUSH = CommandTable.get().spec("rpush");

    private static final CommandSpec RPUSHX = CommandTable.get().spec("rpushx");

    /** LPOS's reply: a position, or a null reply when nothing matched. */
    private static final ReplyDecoder<Long> POSITION = (reply) -> (reply instanceof NullReply) ? null
            : ReplyDecoders.INTEGER.decode(reply);

    private final CommandCodec<K, V> codec;

    /**
     * BLMOVE's and BRPOPLPUSH's reply: the element, or a null array (not a null bulk)
     * when the wait ran out.
     */
    private final ReplyDecoder<V> blockingMoved;

    private final ReplyDecoder<PoppedElement<K, V>> poppedElement;

    private final ReplyDecoder<PoppedElements<K, V>> poppedElements;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public ListCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
        ReplyDecoder<V> value = codec.valueDecoder();
        this.blockingMoved = (reply) -> (reply instanceof NullReply) ? null : value.decode(reply);
        this.poppedElement = keyAnd(codec.valueDecoder(), PoppedElement::new);
        this.poppedElements = keyAnd(codec.valuesDecoder(), PoppedElements::new);
    }

    /** BLMOVE, yielding the element moved, or {@code null} when the wait ran out. */
    public Command<V> blmove(K source, K destination, ListDirection from, ListDirection to, Duration timeout) {
        return moveArgs(BLMOVE, source, destination, from, to, 1).add(TimeArguments.blockingWait(BLMOVE, timeout))
            .build(this.blockingMoved);
    }

    /**
     * BLMPOP of one element, yielding it with its list's key, or {@code null} when the
     * wait ran out.
     */
    public Command<PoppedElements<K, V>> blmpop(List<K> keys, ListDirection where, Duration timeout) {
        return mpop(BLMPOP, timeout, keys, where, 0);
    }

    /**
     * BLMPOP of up to {@code count} elements of the first non-empty list, or {@code null}
     * when the wait ran out.
     */
    public Command<PoppedElements<K, V>> blmpop(List<K> keys, ListDirection where, long count, Duration timeout) {
        return mpop(BLMPOP, timeout, keys, where, positive(BLMPOP, count));
    }

    /**
     * BLPOP, yielding the head of the first non-empty list with its key, or {@code null}
     * when the wait ran out.
     */
    public Command<PoppedElement<K, V>> blpop(List<K> keys, Duration timeout) {
        return this.codec.keysArgs(BLPOP, keys)
            .add(TimeArguments.blockingWait(BLPOP, timeout))
            .build(this.poppedElement);
    }

    /**
     * BRPOP, yielding the tail of the first non-empty list with its key, or {@code null}
     * when the wait ran out.
     */
    public Command<PoppedElement<K, V>> brpop(List<K> keys, Duration timeout) {
        return this.codec.keysArgs(BRPOP, keys)
            .add(TimeArguments.blockingWait(BRPOP, timeout))
            .build(this.poppedElement);
    }

    /** BRPOPLPUSH, yielding the element moved, or {@code null} when the wait ran out. */
    public Command<V> brpoplpush(K source, K destination, Duration timeout) {
        return this.codec.keyArgs(BRPOPLPUSH, source, 2)
            .add(this.codec.key(destination))
            .add(TimeArguments.blockingWait(BRPOPLPUSH, timeout))
            .build(this.blockingMoved);
    }

    /**
     * LINDEX, yielding the element at the index (negative counts from the tail), or
     * {@code null}.
     */
    public Command<V> lindex(K key, long index) {
        return this.codec.keyArgs(LINDEX, key, 1).add(index).build(this.codec.valueDecoder());
    }

    /**
     * LINSERT, yielding the list's new length, -1 when the pivot is not found, 0 when the
     * key is missing.
     */
    public Command<Long> linsert(K key, InsertPosition where, V pivot, V element) {
        requireOption(LINSERT, "where", where);
        return this.codec.keyArgs(LINSERT, key, 3)
            .add(where.keyword())
            .add(this.codec.value(pivot))
            .add(this.codec.value(element))
            .build(ReplyDecoders.INTEGER);
    }

    /** LLEN, yielding the list's length, 0 when the key is missing. */
    public Command<Long> llen(K key) {
        return this.codec.keyArgs(LLEN, key, 0).build(ReplyDecoders.INTEGER);
    }

    /** LMOVE, yielding the element moved, or {@code null} when the source is empty. */
    public Command<V> lmove(K source, K destination, ListDirection from, ListDirection to) {
        return moveArgs(LMOVE, source, destination, from, to, 0).build(this.codec.valueDecoder());
    }

    /**
     * LMPOP of one element, yielding it with its list's key, or {@code null} when every
     * list is empty.
     */
    public Command<PoppedElements<K, V>> lmpop(List<K> keys, ListDirection where) {
        return mpop(LMPOP, null, keys, where, 0);
    }

    /**
     * LMPOP of up to {@code count} elements of the first non-empty list, or {@code null}
     * when every list is empty.
     */
    public Command<PoppedElements<K, V>> lmpop(List<K> keys, ListDirection where, long count) {
        return mpop(LMPOP, null, keys, where, positive(LMPOP, count));
    }

    /** LPOP, yielding the first element, or {@code null}. */
    public Command<V> lpop(K key) {
        return this.codec.keyArgs(LPOP, key, 0).build(this.codec.valueDecoder());
    }

    /**
     * LPOP with a count, yielding up to that many elements from the head, or {@code null}
     * when the key is missing.
     */
    public Command<List<V>> lpopCount(K key, long count) {
        return this.codec.keyArgs(LPOP, key, 1)
            .add(atLeastZero(LPOP, "count", count))
            .build(this.codec.valuesDecoder());
    }

    /**
     * LPOS, yielding the index of the first match, or {@code null} when nothing matches.
     */
    public Command<Long> lpos(K key, V element) {
        return lpos(key, element, LposOptions.none());
    }

    /**
     * LPOS with RANK and MAXLEN, yielding the index of the match, or {@code null} when
     * nothing matches.
     */
    public Command<Long> lpos(K key, V element, LposOptions options) {
        requireOption(LPOS, "options", options);
        CommandArgs args = this.codec.keyArgs(LPOS, key, 5).add(this.codec.value(element));
        options.appendTo(args);
        return args.build(POSITION);
    }

    /**
     * LPOS with COUNT (and RANK and MAXLEN).
     * @param key the list's key
     * @param element the element to look for
     * @param count how many matches at most, or 0 for all of them
     * @param options the rank to start from and how many elements to compare
     * @return a command that yields the indexes of the matches, empty when nothing
     * matches
     */
    public Command<List<Long>> lposCount(K key, V element, long count, LposOptions options) {
        requireOption(LPOS, "options", options);
        CommandArgs args = this.codec.keyArgs(LPOS, key, 7).add(this.codec.value(element));
        options.appendTo(args);
        return args.add(Keyword.COUNT)
            .add(atLeastZero(LPOS, "count", count))
            .build(ReplyDecoders.list(ReplyDecoders.INTEGER));
    }

    /** LPUSH, yielding the list's new length. */
    public Command<Long> lpush(K key, List<V> elements) {
        return this.codec.keyValuesArgs(LPUSH, key, elements).build(ReplyDecoders.INTEGER);
    }

    /**
     * LPUSHX, yielding the list's new length, 0 (and nothing pushed) when the key is
     * missing.
     */
    public Command<Long> lpushx(K key, List<V> elements) {
        return this.codec.keyValuesArgs(LPUSHX, key, elements).build(ReplyDecoders.INTEGER);
    }

    /**
     * LRANGE, yielding the elements from start to stop, inclusive; negative indexes count
     * from the tail.
     */
    public Command<List<V>> lrange(K key, long start, long stop) {
        return this.codec.keyArgs(LRANGE, key, 2).add(start).add(stop).build(this.codec.valuesDecoder());
    }

    /**
     * LREM.
     * @param key the list's key
     * @param count how many to remove: from the head when positive, from the tail when
     * negative, every match when 0
     * @param element the element to remove
     * @return a command that yields how many were removed
     */
    public Command<Long> lrem(K key, long count, V element) {
        return this.codec.keyArgs(LREM, key, 2).add(count).add(this.codec.value(element)).build(ReplyDecoders.INTEGER);
    }

    /** LSET, yielding "OK"; an index out of range fails with the server's error. */
    public Command<String> lset(K key, long index, V element) {
        return this.codec.keyArgs(LSET, key, 2).add(index).add(this.codec.value(element)).build(ReplyDecoders.STATUS);
    }

    /** LTRIM, keeping only the elements from start to stop, inclusive; yields "OK". */
    public Command<String> ltrim(K key, long start, long stop) {
        return this.codec.keyArgs(LTRIM, key, 2).add(start).add(stop).build(ReplyDecoders.STATUS);
    }

    /** RPOP, yielding the last element, or {@code null}. */
    public Command<V> rpop(K key) {
        return this.codec.keyArgs(RPOP, key, 0).build(this.codec.valueDecoder());
    }

    /**
     * RPOP with a count, yielding up to that many elements from the tail, or {@code null}
     * when the key is missing.
     */
    public Command<List<V>> rpopCount(K key, long count) {
        return this.codec.keyArgs(RPOP, key, 1)
            .add(atLeastZero(RPOP, "count", count))
            .build(this.codec.valuesDecoder());
    }

    /**
     * RPOPLPUSH, yielding the element moved, or {@code null} when the source is empty.
     */
    public Command<V> rpoplpush(K source, K destination) {
        return this.codec.keyArgs(RPOPLPUSH, source, 1)
            .add(this.codec.key(destination))
            .build(this.codec.valueDecoder());
    }

    /** RPUSH, yielding the list's new length. */
    public Command<Long> rpush(K key, List<V> elements) {
        return this.codec.keyValuesArgs(RPUSH, key, elements).build(ReplyDecoders.INTEGER);
    }

    /**
     * RPUSHX, yielding the list's new length, 0 (and nothing pushed) when the key is
     * missing.
     */
    public Command<Long> rpushx(K key, List<V> elements) {
        return this.codec.keyValuesArgs(RPUSHX, key, elements).build(ReplyDecoders.INTEGER);
    }

    private CommandArgs moveArgs(CommandSpec spec, K source, K destination, ListDirection from, ListDirection to,
            int more) {
        requireOption(spec, "from", from);
        requireOption(spec, "to", to);
        return this.codec.keyArgs(spec, source, 3 + more)
            .add(this.codec.key(destination))
            .add(from.keyword())
            .add(to.keyword());
    }

    private Command<PoppedElements<K, V>> mpop(CommandSpec spec, Duration timeout, List<K> keys, ListDirection where,
            long count) {
        CommandCodec.requireNotEmpty(spec, "keys", keys);
        requireOption(spec, "where", where);
        CommandArgs args = CommandArgs.of(spec, keys.size() + 5);
        if (timeout != null) {
            args.add(TimeArguments.blockingWait(spec, timeout));
        }
        args.add(keys.size());
        keys.forEach((each) -> args.add(this.codec.key(each)));
        args.add(where.keyword());
        if (count > 0) {
            args.add(Keyword.COUNT).add(count);
        }
        return args.build(this.poppedElements);
    }

    private static long positive(CommandSpec spec, long count) {
        if (count < 1) {
            throw new IllegalArgumentException(spec.displayName() + " 'count' must be at least 1 but was " + count);
        }
        return count;
    }

    private static long atLeastZero(CommandSpec spec, String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(
                    spec.displayName() + " '" + name + "' must be at least 0 but was " + value);
        }
        return value;
    }

    private static void requireOption(CommandSpec spec, String name, Object option) {
        if (option == null) {
            throw new IllegalArgumentException(spec.displayName() + " '" + name + "' must not be null");
        }
    }

    /**
     * A two-element array of a key and what was popped, or a null array when nothing was.
     */
    private <T, R> ReplyDecoder<R> keyAnd(ReplyDecoder<T> popped, BiFunction<K, T, R> factory) {
        ReplyDecoder<K> key = this.codec.keyDecoder();
        return (reply) -> {
            List<RespReply> elements = ReplyDecoders.elements(reply);
            if (elements == null) {
                return null;
            }
            if (elements.size() != 2) {
                throw ReplyDecoders.unexpected("a key and what was popped", reply);
            }
            return factory.apply(key.decode(elements.get(0)), popped.decode(elements.get(1)));
        };
    }

}
