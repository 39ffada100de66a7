package io.redispool.command;

import java.time.Duration;
import java.util.Objects;

/**
 * A command as data: its arguments already encoded, what the server says of it (its
 * {@link CommandSpec}), and how to decode its reply. The same command runs on the pool,
 * in a pipeline, and wherever else a command can run.
 *
 * <p>
 * Encoding happens when the command is built, before any connection is touched, so a
 * value that cannot be encoded fails the caller without leaving half a command on a
 * socket. The spec is taken from the arguments themselves, never from a name the caller
 * claims, so a command cannot pass for another.
 *
 * @param <T> the decoded reply's type
 */
public final class Command<T> {

    private final CommandSpec spec;

    private final byte[][] arguments;

    private final ReplyDecoder<T> decoder;

    private final Duration blockingWait;

    Command(CommandSpec spec, byte[][] arguments, ReplyDecoder<T> decoder) {
        this.spec = spec;
        this.arguments = arguments;
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.blockingWait = spec.isBlocking() ? spec.blockingTimeout().waitOf(arguments) : null;
    }

    /**
     * A command given as it is sent, such as {@code HINCRBY stats hits 1}; its spec comes
     * from the {@link CommandTable}.
     * @param arguments the command's name and its arguments, binary-safe; copied
     * @param decoder turns the reply into the caller's type
     * @param <T> the decoded type
     * @return the command
     * @throws IllegalArgumentException if there are no arguments or one of them is
     * {@code null}
     */
    public static <T> Command<T> of(byte[][] arguments, ReplyDecoder<T> decoder) {
        if (arguments == null || arguments.length == 0) {
            throw new IllegalArgumentException("'arguments' must hold at least a command name but was empty");
        }
        byte[][] copy = arguments.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new IllegalArgumentException(
                        "'arguments' must not hold null but argument " + i + " of " + copy.length + " was null");
            }
        }
        return new Command<>(CommandTable.get().resolve(copy), copy, decoder);
    }

    /**
     * What the server says of this command.
     * @return its spec
     */
    public CommandSpec spec() {
        return this.spec;
    }

    /**
     * The command's name for metrics, traces and messages.
     * @return {@code GET}, {@code CLIENT SETNAME}
     */
    public String name() {
        return this.spec.displayName();
    }

    /**
     * The arguments as sent, starting with the command's name.
     * @return the arguments; callers must not modify them
     */
    public byte[][] arguments() {
        return this.arguments;
    }

    /**
     * How the reply is decoded.
     * @return the decoder
     */
    public ReplyDecoder<T> decoder() {
        return this.decoder;
    }

    /**
     * How long the server may hold this command before replying, for blocking commands.
     * @return the wait it asks for ({@link Duration#ZERO} for ever), or {@code null} when
     * it does not block
     */
    public Duration blockingWait() {
        return this.blockingWait;
    }

    @Override
    public String toString() {
        // Arguments may hold secrets or personal data; only the name is shown.
        return "Command[" + name() + ", " + (this.arguments.length - 1) + " argument(s)]";
    }

}
