package io.redispool.command;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects a command's arguments as bytes, starting with the command's own name (and
 * subcommand), then builds the {@link Command}.
 *
 * <p>
 * The name comes from the spec, so the command built is the command the spec describes.
 * Not thread-safe; one builder per command.
 */
public final class CommandArgs {

    private final CommandSpec spec;

    private byte[][] arguments;

    private int size;

    private CommandArgs(CommandSpec spec, int expectedArguments) {
        this.spec = spec;
        byte[] subcommand = spec.subcommand();
        // Sized exactly for the expected arguments, so that build() need not copy.
        this.arguments = new byte[Math.max(expectedArguments, 0) + ((subcommand != null) ? 2 : 1)][];
        add(spec.keyword());
        if (subcommand != null) {
            add(subcommand);
        }
    }

    /**
     * Starts a command.
     * @param spec the command, from {@link CommandTable#spec(String)}
     * @return a builder holding the command's name
     */
    public static CommandArgs of(CommandSpec spec) {
        return new CommandArgs(spec, 4);
    }

    /**
     * Starts a command with room for its arguments.
     * @param spec the command
     * @param expectedArguments how many arguments will follow the name, a hint
     * @return a builder holding the command's name
     */
    public static CommandArgs of(CommandSpec spec, int expectedArguments) {
        return new CommandArgs(spec, expectedArguments);
    }

    /**
     * Adds an argument as it is.
     * @param argument the bytes, not copied
     * @return this builder
     */
    public CommandArgs add(byte[] argument) {
        if (argument == null) {
            throw new IllegalArgumentException(
                    this.spec.displayName() + " got a null argument at position " + this.size);
        }
        if (this.size == this.arguments.length) {
            this.arguments = Arrays.copyOf(this.arguments, this.size * 2);
        }
        this.arguments[this.size++] = argument;
        return this;
    }

    /**
     * Adds an option word.
     * @param keyword the word
     * @return this builder
     */
    public CommandArgs add(Keyword keyword) {
        return add(keyword.bytes());
    }

    /**
     * Adds a whole number in decimal.
     * @param number the number
     * @return this builder
     */
    public CommandArgs add(long number) {
        return add(Long.toString(number).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Adds a floating-point number as Redis reads it: {@code +inf}, {@code -inf}, or
     * decimal.
     * @param number the number, not NaN
     * @return this builder
     */
    public CommandArgs add(double number) {
        return add(DoubleText.ofArgument(number).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Adds text in ASCII, for option values and cursors.
     * @param ascii the text
     * @return this builder
     */
    public CommandArgs add(String ascii) {
        return add(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Builds the command.
     * @param decoder how its reply is decoded
     * @param <T> the decoded type
     * @return the command
     */
    public <T> Command<T> build(ReplyDecoder<T> decoder) {
        byte[][] built = (this.size == this.arguments.length) ? this.arguments
                : Arrays.copyOf(this.arguments, this.size);
        return new Command<>(this.spec, built, decoder);
    }

}
