package io.redispool.commands.server;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What COMMAND DOCS says of a command: its summary, history, arguments and subcommands.
 *
 * @param summary one sentence on what it does
 * @param since the Redis version that added it
 * @param group its documentation group, such as {@code stream}
 * @param complexity its time complexity, or {@code null}
 * @param docFlags such as {@code deprecated}, {@code syscmd}
 * @param deprecatedSince the version that deprecated it, or {@code null}
 * @param replacedBy what replaces it, or {@code null}
 * @param history its changes, oldest first
 * @param arguments its arguments, as the server describes them
 * @param subcommands the documentation of its subcommands, by name
 */
public record CommandDocs(String summary, String since, String group, String complexity, Set<String> docFlags,
        String deprecatedSince, String replacedBy, List<Change> history, List<Argument> arguments,
        Map<String, CommandDocs> subcommands) {

    /**
     * A change to the command.
     *
     * @param version the Redis version that made it
     * @param description what changed
     */
    public record Change(String version, String description) {
    }

    /**
     * An argument of the command.
     *
     * @param name its name
     * @param type {@code key}, {@code string}, {@code integer}, {@code pure-token},
     * {@code oneof}, {@code block}...
     * @param token the word that precedes it, or {@code null}
     * @param displayText how to show it, or {@code null}
     * @param since the version that added it, or {@code null}
     * @param flags {@code optional}, {@code multiple}, {@code multiple_token}
     * @param arguments the arguments of a {@code oneof} or {@code block}, otherwise empty
     */
    public record Argument(String name, String type, String token, String displayText, String since, Set<String> flags,
            List<Argument> arguments) {
    }
}
