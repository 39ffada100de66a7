package io.redispool.commands.server;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.util.Objects;

/**
 * The one filter COMMAND LIST takes (FILTERBY): a module's commands, an ACL category's,
 * or the names matching a pattern.
 */
public final class CommandListFilter {

    private final Keyword kind;

    private final String value;

    private CommandListFilter(Keyword kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * The commands of a loaded module (MODULE).
     * @param name the module's name
     * @return the filter
     */
    public static CommandListFilter module(String name) {
        return new CommandListFilter(Keyword.MODULE, Objects.requireNonNull(name, "'name' must not be null"));
    }

    /**
     * The commands of an ACL category (ACLCAT).
     * @param category such as {@code stream}, without the {@code @}
     * @return the filter
     */
    public static CommandListFilter aclCategory(String category) {
        return new CommandListFilter(Keyword.ACLCAT, Objects.requireNonNull(category, "'category' must not be null"));
    }

    /**
     * The commands whose name matches a glob-style pattern (PATTERN).
     * @param pattern such as {@code x*}
     * @return the filter
     */
    public static CommandListFilter pattern(String pattern) {
        return new CommandListFilter(Keyword.PATTERN, Objects.requireNonNull(pattern, "'pattern' must not be null"));
    }

    void appendTo(CommandArgs args) {
        args.add(Keyword.FILTERBY).add(this.kind).add(this.value);
    }

    @Override
    public String toString() {
        return "CommandListFilter[" + this.kind + " " + this.value + "]";
    }

}
