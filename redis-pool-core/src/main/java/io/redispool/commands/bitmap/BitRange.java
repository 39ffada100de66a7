package io.redispool.commands.bitmap;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;

/**
 * The range BITCOUNT and BITPOS look at: a start and an end, both inclusive and negative
 * from the end, counted in bytes or in bits.
 *
 * <p>
 * Immutable. A range in bytes is sent without its unit, as BYTE is the default and
 * servers before 7.0 know no other; a range in bits is sent with BIT.
 */
public final class BitRange {

    private final long start;

    private final long end;

    private final boolean inBits;

    private BitRange(long start, long end, boolean inBits) {
        this.start = start;
        this.end = end;
        this.inBits = inBits;
    }

    /**
     * A range of whole bytes.
     * @param start the first byte, negative from the end
     * @param end the last byte, inclusive, negative from the end
     * @return the range
     */
    public static BitRange bytes(long start, long end) {
        return new BitRange(start, end, false);
    }

    /**
     * A range of bits (BIT), since Redis 7.0.
     * @param start the first bit, negative from the end
     * @param end the last bit, inclusive, negative from the end
     * @return the range
     */
    public static BitRange bits(long start, long end) {
        return new BitRange(start, end, true);
    }

    void appendTo(CommandArgs args) {
        args.add(this.start).add(this.end);
        if (this.inBits) {
            args.add(Keyword.BIT);
        }
    }

    @Override
    public String toString() {
        return "BitRange[" + this.start + ".." + this.end + (this.inBits ? " bits]" : " bytes]");
    }

}
