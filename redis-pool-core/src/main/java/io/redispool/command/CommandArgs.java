package io.redispool.command;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects a command's arguments as bytes, starting with the command's own name.
 */
final class CommandArgs {

    private final CommandType type;

    private byte[][] arguments;

    private int size;

    CommandArgs(CommandType type, int expectedArguments) {
        this.type = type;
        this.arguments = new byte[expectedArguments + 1][];
        add(type.bytes());
    }

    CommandType type() {
        return this.type;
    }

    CommandArgs add(byte[] argument) {
        if (this.size == this.arguments.length) {
            this.arguments = Arrays.copyOf(this.arguments, this.size * 2);
        }
        this.arguments[this.size++] = argument;
        return this;
    }

    CommandArgs add(Keyword keyword) {
        return add(keyword.bytes());
    }

    CommandArgs add(long number) {
        return add(Long.toString(number).getBytes(StandardCharsets.US_ASCII));
    }

    CommandArgs add(double number) {
        return add(formatDouble(number).getBytes(StandardCharsets.US_ASCII));
    }

    CommandArgs add(String ascii) {
        return add(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    byte[][] toArray() {
        return (this.size == this.arguments.length) ? this.arguments : Arrays.copyOf(this.arguments, this.size);
    }

    private static String formatDouble(double number) {
        if (Double.isInfinite(number)) {
            return (number > 0) ? "+inf" : "-inf";
        }
        if (Double.isNaN(number)) {
            throw new IllegalArgumentException("A score must be a number but was NaN");
        }
        return (number == Math.rint(number) && Math.abs(number) < 1e15) ? Long.toString((long) number)
                : Double.toString(number);
    }
}
