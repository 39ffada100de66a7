package io.redispool.commands.bitmap;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.util.List;

/**
 * Builds the commands of bitmaps (strings read and written bit by bit) as data;
 * {@link BitmapCommands} runs them.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class BitmapCommandBuilder<K, V> {

    private static final CommandSpec BITCOUNT = CommandTable.get().spec("bitcount");

    private static final CommandSpec BITFIELD = CommandTable.get().spec("bitfield");

    private static final CommandSpec BITFIELD_RO = CommandTable.get().spec("bitfield_ro");

    private static final CommandSpec BITOP = CommandTable.get().spec("bitop");

    private static final CommandSpec BITPOS = CommandTable.get().spec("bitpos");

    private static final CommandSpec GETBIT = CommandTable.get().spec("getbit");

    private static final CommandSpec SETBIT = CommandTable.get().spec("setbit");

    private static final ReplyDecoder<List<Long>> INTEGERS_OR_NULLS = ReplyDecoders.list(ReplyDecoders.INTEGER_OR_NULL);

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public BitmapCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    /** BITCOUNT: how many bits of a value are set. */
    public Command<Long> bitcount(K key) {
        return this.codec.keyArgs(BITCOUNT, key, 0).build(ReplyDecoders.INTEGER);
    }

    /** BITCOUNT: how many bits are set within a range of bytes or bits. */
    public Command<Long> bitcount(K key, BitRange range) {
        CommandArgs args = this.codec.keyArgs(BITCOUNT, key, 3);
        range.appendTo(args);
        return args.build(ReplyDecoders.INTEGER);
    }

    /**
     * BITFIELD: runs the operations; yields a value per GET, SET and INCRBY, {@code null}
     * where OVERFLOW FAIL stopped a write.
     */
    public Command<List<Long>> bitfield(K key, BitFieldOperations operations) {
        return bitfield(BITFIELD, key, operations);
    }

    /**
     * BITFIELD_RO: runs GET operations only, so replicas may serve it; yields one value
     * per GET.
     */
    public Command<List<Long>> bitfieldRo(K key, BitFieldOperations operations) {
        if (operations.firstWrite() != null) {
            throw new IllegalArgumentException(
                    "BITFIELD_RO takes only GET operations but got " + operations.firstWrite());
        }
        return bitfield(BITFIELD_RO, key, operations);
    }

    /**
     * BITOP: combines keys bit by bit into the destination; yields the length of the
     * value stored.
     */
    public Command<Long> bitop(BitOperation operation, K destination, List<K> keys) {
        CommandCodec.requireNotEmpty(BITOP, "keys", keys);
        if (operation == BitOperation.NOT && keys.size() != 1) {
            throw new IllegalArgumentException("BITOP NOT takes exactly one of 'keys' but got " + keys.size());
        }
        CommandArgs args = CommandArgs.of(BITOP, keys.size() + 2)
            .add(operation.keyword())
            .add(this.codec.key(destination));
        keys.forEach((each) -> args.add(this.codec.key(each)));
        return args.build(ReplyDecoders.INTEGER);
    }

    /**
     * BITPOS: the position of the first bit set ({@code true}) or clear; -1 when there is
     * none.
     */
    public Command<Long> bitpos(K key, boolean bit) {
        return this.codec.keyArgs(BITPOS, key, 1).add(bit ? 1 : 0).build(ReplyDecoders.INTEGER);
    }

    /**
     * BITPOS: the position of the first bit set or clear from a byte on, a missing clear
     * bit found past the end.
     */
    public Command<Long> bitpos(K key, boolean bit, long start) {
        return this.codec.keyArgs(BITPOS, key, 2).add(bit ? 1 : 0).add(start).build(ReplyDecoders.INTEGER);
    }

    /**
     * BITPOS: the position of the first bit set or clear within a range of bytes or bits;
     * -1 when there is none.
     */
    public Command<Long> bitpos(K key, boolean bit, BitRange range) {
        CommandArgs args = this.codec.keyArgs(BITPOS, key, 4).add(bit ? 1 : 0);
        range.appendTo(args);
        return args.build(ReplyDecoders.INTEGER);
    }

    /**
     * GETBIT: whether the bit at the offset is set; {@code false} past the end or for a
     * missing key.
     */
    public Command<Boolean> getbit(K key, long offset) {
        return this.codec.keyArgs(GETBIT, key, 1).add(offset).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /**
     * SETBIT: sets ({@code true}) or clears the bit at the offset; yields whether it was
     * set before.
     */
    public Command<Boolean> setbit(K key, long offset, boolean value) {
        return this.codec.keyArgs(SETBIT, key, 2)
            .add(offset)
            .add(value ? 1 : 0)
            .build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    private Command<List<Long>> bitfield(CommandSpec spec, K key, BitFieldOperations operations) {
        if (operations.count() == 0) {
            throw new IllegalArgumentException(spec.displayName() + " needs at least one of 'operations' but got none");
        }
        CommandArgs args = this.codec.keyArgs(spec, key, operations.count() * 4);
        operations.appendTo(args);
        return args.build(INTEGERS_OR_NULLS);
    }

}
