package io.redispool.commands.bitmap;

import io.redispool.commands.CommandRunner;
import java.util.List;

/**
 * The commands of bitmaps (strings read and written bit by bit), run at once.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface BitmapCommands<K, V> extends CommandRunner<K, V> {

    /** BITCOUNT: how many bits of a value are set. */
    default Long bitcount(K key) {
        return execute(builders().bitmaps().bitcount(key));
    }

    /** BITCOUNT: how many bits are set within a range of bytes or bits. */
    default Long bitcount(K key, BitRange range) {
        return execute(builders().bitmaps().bitcount(key, range));
    }

    /**
     * BITFIELD: runs the operations; yields a value per GET, SET and INCRBY, {@code null}
     * where OVERFLOW FAIL stopped a write.
     */
    default List<Long> bitfield(K key, BitFieldOperations operations) {
        return execute(builders().bitmaps().bitfield(key, operations));
    }

    /**
     * BITFIELD_RO: runs GET operations only, so replicas may serve it; yields one value
     * per GET.
     */
    default List<Long> bitfieldRo(K key, BitFieldOperations operations) {
        return execute(builders().bitmaps().bitfieldRo(key, operations));
    }

    /**
     * BITOP: combines keys bit by bit into the destination; yields the length of the
     * value stored.
     */
    default Long bitop(BitOperation operation, K destination, List<K> keys) {
        return execute(builders().bitmaps().bitop(operation, destination, keys));
    }

    /**
     * BITPOS: the position of the first bit set ({@code true}) or clear; -1 when there is
     * none.
     */
    default Long bitpos(K key, boolean bit) {
        return execute(builders().bitmaps().bitpos(key, bit));
    }

    /**
     * BITPOS: the position of the first bit set or clear from a byte on, a missing clear
     * bit found past the end.
     */
    default Long bitpos(K key, boolean bit, long start) {
        return execute(builders().bitmaps().bitpos(key, bit, start));
    }

    /**
     * BITPOS: the position of the first bit set or clear within a range of bytes or bits;
     * -1 when there is none.
     */
    default Long bitpos(K key, boolean bit, BitRange range) {
        return execute(builders().bitmaps().bitpos(key, bit, range));
    }

    /**
     * GETBIT: whether the bit at the offset is set; {@code false} past the end or for a
     * missing key.
     */
    default Boolean getbit(K key, long offset) {
        return execute(builders().bitmaps().getbit(key, offset));
    }

    /**
     * SETBIT: sets ({@code true}) or clears the bit at the offset; yields whether it was
     * set before.
     */
    default Boolean setbit(K key, long offset, boolean value) {
        return execute(builders().bitmaps().setbit(key, offset, value));
    }

}
