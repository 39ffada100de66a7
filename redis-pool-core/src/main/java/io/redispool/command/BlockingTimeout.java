package io.redispool.command;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Where a blocking command carries its wait, so that the wait extends the call's socket
 * timeout instead of being cut off by it.
 *
 * @param token the keyword that precedes the wait ({@code BLOCK}), or {@code null} when
 * the wait is at a fixed position
 * @param position the wait's index counted from the command name; negative counts from
 * the end
 * @param seconds whether the wait is in seconds (a double), else in milliseconds
 */
public record BlockingTimeout(String token, int position, boolean seconds) {

    private static final byte[] STREAMS = { 'S', 'T', 'R', 'E', 'A', 'M', 'S' };

    /**
     * Parses the table's notation: {@code arg:N:s|ms} or {@code token:WORD:s|ms}.
     * @param text the notation
     * @return the timeout's location
     */
    static BlockingTimeout parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Malformed timeout '" + text + "' in the command table");
        }
        boolean seconds = parts[2].equals("s");
        return parts[0].equals("token") ? new BlockingTimeout(parts[1], 0, seconds)
                : new BlockingTimeout(null, Integer.parseInt(parts[1]), seconds);
    }

    /**
     * The wait a command's arguments ask for.
     * @param arguments the command's name and arguments
     * @return the wait; {@link Duration#ZERO} means for ever; {@code null} when the
     * command does not block this time (no BLOCK option) or the wait cannot be read
     */
    Duration waitOf(byte[][] arguments) {
        int index = indexIn(arguments);
        if (index < 1 || index >= arguments.length) {
            return null;
        }
        String text = new String(arguments[index], StandardCharsets.US_ASCII);
        try {
            double amount = Double.parseDouble(text);
            if (amount < 0 || Double.isNaN(amount) || Double.isInfinite(amount)) {
                return null;
            }
            return Duration.ofNanos((long) (amount * (this.seconds ? 1e9 : 1e6)));
        }
        catch (NumberFormatException ex) {
            // The server rejects it; the command's own error says why.
            return null;
        }
    }

    private int indexIn(byte[][] arguments) {
        if (this.token == null) {
            return (this.position < 0) ? arguments.length + this.position : this.position;
        }
        byte[] word = this.token.getBytes(StandardCharsets.US_ASCII);
        // Options come before STREAMS; after it, a key or an ID may be spelled like the
        // token.
        for (int i = 1; i < arguments.length - 1 && !equalsIgnoreCase(arguments[i], STREAMS); i++) {
            if (equalsIgnoreCase(arguments[i], word)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean equalsIgnoreCase(byte[] argument, byte[] upperCase) {
        if (argument.length != upperCase.length) {
            return false;
        }
        for (int i = 0; i < argument.length; i++) {
            int b = argument[i];
            if (b >= 'a' && b <= 'z') {
                b -= 32;
            }
            if (b != upperCase[i]) {
                return false;
            }
        }
        return true;
    }
}
