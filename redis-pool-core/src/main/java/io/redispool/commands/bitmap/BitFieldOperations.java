package io.redispool.commands.bitmap;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sub-operations of one BITFIELD or BITFIELD_RO, in the order they run: GET, SET and
 * INCRBY of typed integers at bit offsets, and OVERFLOW for the writes that follow it.
 *
 * <pre>{@code
 * BitFieldOperations ops = BitFieldOperations.create()
 *         .overflow(BitFieldOverflow.SAT)
 *         .incrby(BitFieldType.unsigned(8), 0, 10)
 *         .get(BitFieldType.signed(4), 8);
 * }</pre>
 *
 * <p>
 * Immutable; each method returns a new instance holding one operation more. An offset is
 * in bits; the n-th integer of a type starts at {@code n * type.bits()}.
 */
public final class BitFieldOperations {

    private static final BitFieldOperations NONE = new BitFieldOperations(List.of(), 0, null);

    private final List<Object> arguments;

    private final int count;

    private final String firstWrite;

    private BitFieldOperations(List<Object> arguments, int count, String firstWrite) {
        this.arguments = arguments;
        this.count = count;
        this.firstWrite = firstWrite;
    }

    /**
     * No operations yet.
     * @return the empty list of operations
     */
    public static BitFieldOperations create() {
        return NONE;
    }

    /**
     * GET: reads the integer of the type at the offset.
     * @param type the integer type
     * @param offset the bit it starts at, at least 0
     * @return the operations with this one added
     */
    public BitFieldOperations get(BitFieldType type, long offset) {
        return with(false, Keyword.GET, typeName(type), offset(offset));
    }

    /**
     * SET: writes the integer at the offset; yields the value it replaced.
     * @param type the integer type
     * @param offset the bit it starts at, at least 0
     * @param value the value to write
     * @return the operations with this one added
     */
    public BitFieldOperations set(BitFieldType type, long offset, long value) {
        return with(true, Keyword.SET, typeName(type), offset(offset), value);
    }

    /**
     * INCRBY: adds to the integer at the offset; yields the new value.
     * @param type the integer type
     * @param offset the bit it starts at, at least 0
     * @param increment what to add, negative to take away
     * @return the operations with this one added
     */
    public BitFieldOperations incrby(BitFieldType type, long offset, long increment) {
        return with(true, Keyword.INCRBY, typeName(type), offset(offset), increment);
    }

    /**
     * OVERFLOW: how the SET and INCRBY operations after this one treat a value that does
     * not fit; it yields no reply of its own.
     * @param overflow the behaviour
     * @return the operations with this one added
     */
    public BitFieldOperations overflow(BitFieldOverflow overflow) {
        Objects.requireNonNull(overflow, "'overflow' must not be null");
        List<Object> arguments = new ArrayList<>(this.arguments);
        arguments.add(Keyword.OVERFLOW);
        arguments.add(overflow.keyword());
        return new BitFieldOperations(List.copyOf(arguments), this.count, this.firstWrite);
    }

    private BitFieldOperations with(boolean write, Keyword keyword, String type, long offset, long... value) {
        List<Object> arguments = new ArrayList<>(this.arguments);
        arguments.add(keyword);
        arguments.add(type);
        arguments.add(offset);
        for (long each : value) {
            arguments.add(each);
        }
        String first = (write && this.firstWrite == null) ? keyword + " " + type + " " + offset : this.firstWrite;
        return new BitFieldOperations(List.copyOf(arguments), this.count + 1, first);
    }

    private static String typeName(BitFieldType type) {
        return Objects.requireNonNull(type, "'type' must not be null").toString();
    }

    private static long offset(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("'offset' must be at least 0 but was " + offset);
        }
        return offset;
    }

    int count() {
        return this.count;
    }

    /**
     * The first SET or INCRBY, as it is written, or {@code null} when there is only GET.
     */
    String firstWrite() {
        return this.firstWrite;
    }

    void appendTo(CommandArgs args) {
        for (Object each : this.arguments) {
            if (each instanceof Keyword keyword) {
                args.add(keyword);
            }
            else if (each instanceof Long number) {
                args.add(number.longValue());
            }
            else {
                args.add((String) each);
            }
        }
    }

    @Override
    public String toString() {
        return "BitFieldOperations" + this.arguments;
    }

}
