package io.redispool.command;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A command as data: its name, its arguments already encoded, and how to decode its reply.
 *
 * <p>Encoding happens when the command is built, before any connection is touched, so a value
 * that cannot be encoded fails the caller without leaving half a command on a socket.
 *
 * @param name the command's name in upper case, for metrics and messages
 * @param arguments the name and every argument as sent, binary-safe
 * @param decoder turns the reply into the caller's type
 * @param readOnly whether the command may safely run twice
 * @param <T> the decoded reply's type
 */
public record Command<T>(String name, byte[][] arguments, ReplyDecoder<T> decoder, boolean readOnly) {

    /**
     * Builds a command from a known type.
     * @param type the command
     * @param arguments the name and its arguments
     * @param decoder how to decode the reply
     * @param <T> the decoded reply's type
     * @return the command
     */
    static <T> Command<T> of(CommandType type, byte[][] arguments, ReplyDecoder<T> decoder) {
        return new Command<>(type.name(), arguments, decoder, type.isReadOnly());
    }

    @Override
    public String toString() {
        // Arguments may hold secrets or personal data; only the name is shown.
        return "Command[" + this.name + ", " + (this.arguments.length - 1) + " argument(s)]";
    }

    /**
     * The upper-case name of a command given as bytes, for metrics and read-only look-ups.
     * @param first the command's first word
     * @return its name in upper case
     */
    public static String nameOf(byte[] first) {
        return new String(first, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
    }
}
