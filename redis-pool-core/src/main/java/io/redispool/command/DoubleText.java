package io.redispool.command;

import io.redispool.RedisProtocolException;

/**
 * Doubles as text on the wire, both ways: as Redis writes them in replies and as it reads
 * them in arguments.
 *
 * <p>
 * Why two forms side by side: they differ on purpose. A reply's form is what RESP2 would
 * have sent, so that a RESP3 double stands in for its bulk string byte for byte
 * ({@code inf}, {@code nan}); an argument's form is one the server reads ({@code +inf}),
 * and NaN is refused before anything is sent.
 */
final class DoubleText {

    private DoubleText() {
    }

    /**
     * Parses a number as Redis writes it, {@code inf} and {@code -inf} included.
     * @param text the text
     * @return the number
     * @throws RedisProtocolException if it is not a number
     */
    static double parse(String text) {
        switch (text) {
            case "inf":
            case "+inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                }
                catch (NumberFormatException ex) {
                    throw new RedisProtocolException("Expected a number but got '" + text + "'");
                }
        }
    }

    /**
     * Writes a double as Redis does in a RESP2 reply: integral values without a fraction
     * ({@code 3}, not {@code 3.0}), {@code inf}, {@code -inf} and {@code nan} spelled its
     * way.
     * @param value the number
     * @return its text
     */
    static String ofReply(double value) {
        if (Double.isInfinite(value)) {
            return (value > 0) ? "inf" : "-inf";
        }
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e17) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /**
     * Writes a double as an argument Redis reads: {@code +inf}, {@code -inf}, or decimal,
     * integral values without a fraction.
     * @param number the number
     * @return its text
     * @throws IllegalArgumentException if it is NaN
     */
    static String ofArgument(double number) {
        if (Double.isInfinite(number)) {
            return (number > 0) ? "+inf" : "-inf";
        }
        if (Double.isNaN(number)) {
            throw new IllegalArgumentException("A number sent to Redis must not be NaN");
        }
        return (number == Math.rint(number) && Math.abs(number) < 1e15) ? Long.toString((long) number)
                : Double.toString(number);
    }

}
