package io.redispool.command;

import java.util.HashSet;
import java.util.Set;

/**
 * Derives a command's {@link ConnectionUse} from what the server says of it, failing
 * closed.
 *
 * <p>
 * The server marks what touches the connection: ACL categories {@code @connection} and
 * {@code @transaction}, and the {@code pubsub} flag with {@code noscript} for the
 * subscribe family. It does not say which {@code @connection} commands leave state behind
 * (CLIENT SETNAME and CLIENT GETNAME look alike), so every {@code @connection} command is
 * refused unless listed here as harmless. The two lists below are the only command names
 * the client keeps by hand; a test fails when a name in them is missing from the table,
 * and a new {@code @connection} command of a newer server is refused until it is judged.
 */
final class ConnectionUseRules {

    /** {@code @connection} commands that leave the connection as they found it. */
    private static final Set<String> HARMLESS = Set.of("ping", "echo", "wait", "command", "command|count",
            "command|docs", "command|getkeys", "command|getkeysandflags", "command|help", "command|info",
            "command|list", "client|id", "client|info", "client|list", "client|getname", "client|getredir",
            "client|trackinginfo", "client|help", "client|pause", "client|unpause", "client|unblock");

    /** Commands after which the server streams to the connection without end. */
    private static final Set<String> STREAMING = Set.of("monitor", "sync", "psync", "replconf");

    private ConnectionUseRules() {
    }

    static ConnectionUse of(String name, Set<String> flags, Set<String> aclCategories) {
        if (aclCategories.contains("@transaction")) {
            return ConnectionUse.TRANSACTION;
        }
        if (flags.contains("pubsub") && flags.contains("noscript")) {
            return ConnectionUse.SUBSCRIPTION;
        }
        if (STREAMING.contains(name)) {
            return ConnectionUse.STREAM;
        }
        if (name.equals("client|kill")) {
            // It may name this very connection; whatever it names, the connection is not
            // reused.
            return ConnectionUse.CLOSES_AFTER;
        }
        if (aclCategories.contains("@connection") && !HARMLESS.contains(name)) {
            return ConnectionUse.CONNECTION_STATE;
        }
        return ConnectionUse.POOLED;
    }

    /** Every name these rules single out, so a test can check each is a real command. */
    static Set<String> namedCommands() {
        Set<String> named = new HashSet<>(HARMLESS);
        named.addAll(STREAMING);
        named.add("client|kill");
        return named;
    }

}
