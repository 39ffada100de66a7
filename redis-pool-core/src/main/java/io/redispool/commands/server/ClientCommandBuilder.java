package io.redispool.commands.server;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the CLIENT commands a pooled connection may run as data: describing, listing,
 * killing, pausing and unblocking connections; {@link ClientCommands} runs them. Those
 * that change the connection's own state (CLIENT SETNAME, TRACKING, REPLY, CACHING,
 * NO-EVICT) are refused on a pooled connection and not typed.
 *
 * <p>
 * A connection is described as a map of the {@code name=value} pairs the server writes,
 * such as {@code id}, {@code addr}, {@code name}, {@code db}, {@code cmd}. These commands
 * take no keys or values, so one builder serves every codec.
 */
public final class ClientCommandBuilder {

    private static final CommandSpec CLIENT_ID = CommandTable.get().spec("client|id");

    private static final CommandSpec CLIENT_INFO = CommandTable.get().spec("client|info");

    private static final CommandSpec CLIENT_LIST = CommandTable.get().spec("client|list");

    private static final CommandSpec CLIENT_GETNAME = CommandTable.get().spec("client|getname");

    private static final CommandSpec CLIENT_KILL = CommandTable.get().spec("client|kill");

    private static final CommandSpec CLIENT_PAUSE = CommandTable.get().spec("client|pause");

    private static final CommandSpec CLIENT_UNPAUSE = CommandTable.get().spec("client|unpause");

    private static final CommandSpec CLIENT_UNBLOCK = CommandTable.get().spec("client|unblock");

    private static final CommandSpec CLIENT_GETREDIR = CommandTable.get().spec("client|getredir");

    private static final CommandSpec CLIENT_TRACKINGINFO = CommandTable.get().spec("client|trackinginfo");

    private static final CommandSpec CLIENT_HELP = CommandTable.get().spec("client|help");

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one.
     */
    public ClientCommandBuilder() {
    }

    /** CLIENT ID; yields the ID of the connection it runs on. */
    public Command<Long> clientId() {
        return CommandArgs.of(CLIENT_ID, 0).build(ReplyDecoders.INTEGER);
    }

    /** CLIENT INFO; yields the description of the connection it runs on. */
    public Command<Map<String, String>> clientInfo() {
        return CommandArgs.of(CLIENT_INFO, 0).build(ServerReplies.CLIENT);
    }

    /** CLIENT LIST; yields the description of every connection. */
    public Command<List<Map<String, String>>> clientList() {
        return CommandArgs.of(CLIENT_LIST, 0).build(ServerReplies.CLIENTS);
    }

    /** CLIENT LIST TYPE; yields the connections of one kind. */
    public Command<List<Map<String, String>>> clientList(ClientType type) {
        return CommandArgs.of(CLIENT_LIST, 2).add(Keyword.TYPE).add(type.keyword()).build(ServerReplies.CLIENTS);
    }

    /** CLIENT LIST ID; yields the connections with these IDs that exist. */
    public Command<List<Map<String, String>>> clientList(List<Long> ids) {
        CommandCodec.requireNotEmpty(CLIENT_LIST, "ids", ids);
        CommandArgs args = CommandArgs.of(CLIENT_LIST, 1 + ids.size()).add(Keyword.ID);
        ids.forEach((id) -> args.add(Objects.requireNonNull(id, "'ids' must not hold null")));
        return args.build(ServerReplies.CLIENTS);
    }

    /** CLIENT GETNAME; yields the name of the connection it runs on, or {@code null}. */
    public Command<String> clientGetname() {
        return CommandArgs.of(CLIENT_GETNAME, 0).build(ReplyDecoders.TEXT);
    }

    /** CLIENT KILL of the connections the filter selects; yields how many were closed. */
    public Command<Long> clientKill(ClientKillFilter filter) {
        CommandArgs args = CommandArgs.of(CLIENT_KILL, 12);
        filter.appendTo(args);
        return args.build(ReplyDecoders.INTEGER);
    }

    /** CLIENT PAUSE: holds back every client's commands for a while. */
    public Command<String> clientPause(Duration timeout) {
        return CommandArgs.of(CLIENT_PAUSE, 1).add(millis(timeout)).build(ReplyDecoders.STATUS);
    }

    /** CLIENT PAUSE WRITE or ALL. */
    public Command<String> clientPause(Duration timeout, PauseMode mode) {
        return CommandArgs.of(CLIENT_PAUSE, 2).add(millis(timeout)).add(mode.keyword()).build(ReplyDecoders.STATUS);
    }

    /** CLIENT UNPAUSE: ends a CLIENT PAUSE early. */
    public Command<String> clientUnpause() {
        return CommandArgs.of(CLIENT_UNPAUSE, 0).build(ReplyDecoders.STATUS);
    }

    /**
     * CLIENT UNBLOCK of a connection blocked in BLPOP, XREAD...; yields {@code false}
     * when it was not blocked.
     */
    public Command<Boolean> clientUnblock(long id) {
        return CommandArgs.of(CLIENT_UNBLOCK, 1).add(id).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /** CLIENT UNBLOCK TIMEOUT or ERROR. */
    public Command<Boolean> clientUnblock(long id, UnblockMode mode) {
        return CommandArgs.of(CLIENT_UNBLOCK, 2).add(id).add(mode.keyword()).build(ReplyDecoders.INTEGER_AS_BOOLEAN);
    }

    /**
     * CLIENT GETREDIR; yields the client ID tracking invalidations go to, 0 for none, -1
     * when off.
     */
    public Command<Long> clientGetredir() {
        return CommandArgs.of(CLIENT_GETREDIR, 0).build(ReplyDecoders.INTEGER);
    }

    /**
     * CLIENT TRACKINGINFO; yields the client-side caching state of the connection it runs
     * on.
     */
    public Command<TrackingInfo> clientTrackinginfo() {
        return CommandArgs.of(CLIENT_TRACKINGINFO, 0).build(ServerReplies.TRACKING);
    }

    /** CLIENT HELP; yields the server's help text, line by line. */
    public Command<List<String>> clientHelp() {
        return CommandArgs.of(CLIENT_HELP, 0).build(ServerReplies.TEXTS);
    }

    private static long millis(Duration timeout) {
        Objects.requireNonNull(timeout, "'timeout' must not be null");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("'timeout' must not be negative but was " + timeout);
        }
        return timeout.toMillis();
    }

}
