package io.redispool.command;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the client knows about one Redis command, from the server's own
 * {@code COMMAND INFO} and {@code COMMAND DOCS} (see {@link CommandTable}).
 *
 * <p>
 * Retry safety, the pooled-connection check, blocking waits and cluster key routing all
 * read it, so none of them keeps a list of command names by hand.
 *
 * <p>
 * Immutable; the table holds one per command and every {@link Command} points at its own.
 */
public final class CommandSpec {

    private static final List<String> RETRY_UNSAFE_FLAGS = List.of("write", "may_replicate", "pubsub", "admin",
            "blocking");

    private final String name;

    private final String displayName;

    private final byte[] keyword;

    private final byte[] subcommand;

    private final String group;

    private final String since;

    private final int arity;

    private final Set<String> flags;

    private final Set<String> aclCategories;

    private final Set<String> tips;

    private final List<KeySpec> keySpecs;

    private final BlockingTimeout blockingTimeout;

    private final Set<String> docFlags;

    private final ConnectionUse connectionUse;

    private final boolean retrySafe;

    CommandSpec(String name, String group, String since, int arity, Set<String> flags, Set<String> aclCategories,
            Set<String> tips, List<KeySpec> keySpecs, BlockingTimeout blockingTimeout, Set<String> docFlags,
            ConnectionUse connectionUse) {
        this.name = name;
        this.displayName = name.replace('|', ' ').toUpperCase(Locale.ROOT);
        int bar = name.indexOf('|');
        this.keyword = ((bar < 0) ? name : name.substring(0, bar)).toUpperCase(Locale.ROOT)
            .getBytes(StandardCharsets.UTF_8);
        this.subcommand = (bar < 0) ? null
                : name.substring(bar + 1).toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        this.group = group;
        this.since = since;
        this.arity = arity;
        this.flags = flags;
        this.aclCategories = aclCategories;
        this.tips = tips;
        this.keySpecs = keySpecs;
        this.blockingTimeout = blockingTimeout;
        this.docFlags = docFlags;
        this.connectionUse = connectionUse;
        this.retrySafe = retrySafe(arity, flags, aclCategories, connectionUse);
    }

    /**
     * What the client assumes of a command its table does not list (a module's command,
     * or one newer than the table): it may write, so it is never retried.
     * @param name the command's name in lower case
     * @param connectionUse what it may do to its connection
     * @return the assumed spec
     */
    static CommandSpec unknown(String name, ConnectionUse connectionUse) {
        return new CommandSpec(name, null, null, 0, Set.of(), Set.of(), Set.of(), List.of(), null, Set.of(),
                connectionUse);
    }

    /**
     * Retry-safe: read-only commands, and those that neither write, replicate, publish,
     * run scripts, administer nor block (PING, ECHO, TIME...); nothing the server cannot
     * vouch for.
     */
    private static boolean retrySafe(int arity, Set<String> flags, Set<String> aclCategories,
            ConnectionUse connectionUse) {
        if (arity == 0) {
            return false;
        }
        if (flags.contains("readonly")) {
            return true;
        }
        for (String unsafe : RETRY_UNSAFE_FLAGS) {
            if (flags.contains(unsafe)) {
                return false;
            }
        }
        // A script or function may write whatever its flags say (EVAL and FCALL carry
        // none).
        return !aclCategories.contains("@scripting") && connectionUse == ConnectionUse.POOLED;
    }

    /**
     * The command's name in lower case, as the server spells it.
     * @return the name; a subcommand is {@code container|sub}
     */
    public String name() {
        return this.name;
    }

    /**
     * The name for people, metrics and traces.
     * @return {@code GET}, {@code CLIENT SETNAME}
     */
    public String displayName() {
        return this.displayName;
    }

    /**
     * The documentation group.
     * @return {@code string}, {@code hash}, ..., or {@code null} when unknown
     */
    public String group() {
        return this.group;
    }

    /**
     * The Redis version that introduced the command.
     * @return such as {@code 6.2.0}, or {@code null} when unknown
     */
    public String since() {
        return this.since;
    }

    /**
     * The argument count including the name.
     * @return the count; negative means at least that many; 0 for a command the table
     * lacks
     */
    public int arity() {
        return this.arity;
    }

    /**
     * The server's command flags.
     * @return {@code readonly}, {@code write}, {@code blocking}, ... in lower case
     */
    public Set<String> flags() {
        return this.flags;
    }

    /**
     * The command's ACL categories.
     * @return such as {@code @read}, {@code @connection}
     */
    public Set<String> aclCategories() {
        return this.aclCategories;
    }

    /**
     * The server's tips for clients.
     * @return such as {@code request_policy:all_shards}
     */
    public Set<String> tips() {
        return this.tips;
    }

    /**
     * Where the command's keys are.
     * @return the key specifications, empty for commands without keys
     */
    public List<KeySpec> keySpecs() {
        return this.keySpecs;
    }

    /**
     * Where a blocking command carries its wait.
     * @return the location, or {@code null} for a command that does not block
     */
    public BlockingTimeout blockingTimeout() {
        return this.blockingTimeout;
    }

    /**
     * Documentation flags.
     * @return {@code deprecated}, {@code syscmd}, or none
     */
    public Set<String> docFlags() {
        return this.docFlags;
    }

    /**
     * What the command does to the connection it runs on.
     * @return whether it may run pooled, and why not
     */
    public ConnectionUse connectionUse() {
        return this.connectionUse;
    }

    /**
     * Whether the table lists the command, rather than the client assuming the worst of
     * it.
     * @return {@code false} for a command the table does not list
     */
    public boolean isKnown() {
        return this.arity != 0;
    }

    /**
     * Whether the server flags the command as only reading data.
     * @return {@code true} for {@code readonly} commands
     */
    public boolean isReadOnly() {
        return this.flags.contains("readonly");
    }

    /**
     * Whether running the command twice has the effect of running it once, so that it may
     * be retried after a failure that may have reached the server.
     * @return {@code true} if a retry is safe
     */
    public boolean isRetrySafe() {
        return this.retrySafe;
    }

    /**
     * Whether the command may block waiting for data (BLPOP, XREAD ... BLOCK, WAIT).
     * @return {@code true} if its wait extends the socket timeout
     */
    public boolean isBlocking() {
        return this.blockingTimeout != null;
    }

    /**
     * The name as sent on the wire: the container's name for a subcommand.
     * @return the bytes; callers must not modify them
     */
    byte[] keyword() {
        return this.keyword;
    }

    /**
     * The subcommand's name as sent, after the keyword.
     * @return the bytes, or {@code null} for a command without subcommands; callers must
     * not modify them
     */
    byte[] subcommand() {
        return this.subcommand;
    }

    @Override
    public String toString() {
        return "CommandSpec[" + this.displayName + ", " + this.flags + ", " + this.connectionUse + "]";
    }

}
