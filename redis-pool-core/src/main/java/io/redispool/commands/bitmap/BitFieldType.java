package io.redispool.commands.bitmap;

/**
 * The integer type a BITFIELD operation reads or writes: signed of 1 to 64 bits
 * ({@code i8}), or unsigned of 1 to 63 bits ({@code u8}).
 *
 * <p>
 * Immutable; validated when created, so a type the server would refuse never reaches it.
 */
public final class BitFieldType {

    private final boolean signed;

    private final int bits;

    private BitFieldType(boolean signed, int bits) {
        this.signed = signed;
        this.bits = bits;
    }

    /**
     * A signed integer type.
     * @param bits its width, 1 to 64
     * @return the type
     */
    public static BitFieldType signed(int bits) {
        if (bits < 1 || bits > 64) {
            throw new IllegalArgumentException("'bits' of a signed type must be between 1 and 64 but was " + bits);
        }
        return new BitFieldType(true, bits);
    }

    /**
     * An unsigned integer type.
     * @param bits its width, 1 to 63
     * @return the type
     */
    public static BitFieldType unsigned(int bits) {
        if (bits < 1 || bits > 63) {
            throw new IllegalArgumentException("'bits' of an unsigned type must be between 1 and 63 but was " + bits);
        }
        return new BitFieldType(false, bits);
    }

    /**
     * Whether the type is signed.
     * @return {@code true} for {@code i} types
     */
    public boolean isSigned() {
        return this.signed;
    }

    /**
     * The type's width.
     * @return its bits
     */
    public int bits() {
        return this.bits;
    }

    /**
     * The type as BITFIELD writes it.
     * @return such as {@code i8} or {@code u16}
     */
    @Override
    public String toString() {
        return (this.signed ? "i" : "u") + this.bits;
    }

}
