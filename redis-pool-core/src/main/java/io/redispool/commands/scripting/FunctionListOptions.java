package io.redispool.commands.scripting;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The options of FUNCTION LIST: only libraries whose name matches a pattern
 * (LIBRARYNAME), and with their source (WITHCODE).
 *
 * <p>
 * Immutable; each method returns a new instance.
 */
public final class FunctionListOptions {

    private static final FunctionListOptions NONE = new FunctionListOptions(null, false);

    private final String libraryName;

    private final boolean withCode;

    private FunctionListOptions(String libraryName, boolean withCode) {
        this.libraryName = libraryName;
        this.withCode = withCode;
    }

    /**
     * No options: every library, without its source.
     * @return the empty options
     */
    public static FunctionListOptions none() {
        return NONE;
    }

    /**
     * Only libraries whose name matches the glob-style pattern (LIBRARYNAME).
     * @param pattern such as {@code cache*}
     * @return options with the pattern
     */
    public FunctionListOptions libraryName(String pattern) {
        if (this.libraryName != null) {
            throw new IllegalStateException("A LIBRARYNAME pattern is already set (" + this.libraryName + ")");
        }
        return new FunctionListOptions(Objects.requireNonNull(pattern, "'pattern' must not be null"), this.withCode);
    }

    /**
     * With each library's source (WITHCODE).
     * @return options with WITHCODE
     */
    public FunctionListOptions withCode() {
        return new FunctionListOptions(this.libraryName, true);
    }

    void appendTo(CommandArgs args) {
        if (this.libraryName != null) {
            args.add(Keyword.LIBRARYNAME).add(this.libraryName.getBytes(StandardCharsets.UTF_8));
        }
        if (this.withCode) {
            args.add(Keyword.WITHCODE);
        }
    }

    @Override
    public String toString() {
        return "FunctionListOptions[libraryName=" + this.libraryName + ", withCode=" + this.withCode + "]";
    }

}
