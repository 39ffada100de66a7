package io.redispool.commands.server;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the commands of the server as data: PING, ECHO, INFO, DBSIZE, FLUSHDB, TIME,
 * CONFIG, persistence and replication role; {@link ServerCommands} runs them. Diagnostics
 * (MEMORY, SLOWLOG, LATENCY, COMMAND) are in {@link DiagnosticCommandBuilder},
 * connections (CLIENT) in {@link ClientCommandBuilder}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class ServerCommandBuilder<K, V> {

    private static final CommandSpec PING = CommandTable.get().spec("ping");

    private static final CommandSpec ECHO = CommandTable.get().spec("echo");

    private static final CommandSpec INFO = CommandTable.get().spec("info");

    private static final CommandSpec DBSIZE = CommandTable.get().spec("dbsize");

    private static final CommandSpec FLUSHDB = CommandTable.get().spec("flushdb");

    private static final CommandSpec FLUSHALL = CommandTable.get().spec("flushall");

    private static final CommandSpec SWAPDB = CommandTable.get().spec("swapdb");

    private static final CommandSpec TIME = CommandTable.get().spec("time");

    private static final CommandSpec LASTSAVE = CommandTable.get().spec("lastsave");

    private static final CommandSpec SAVE = CommandTable.get().spec("save");

    private static final CommandSpec BGSAVE = CommandTable.get().spec("bgsave");

    private static final CommandSpec BGREWRITEAOF = CommandTable.get().spec("bgrewriteaof");

    private static final CommandSpec ROLE = CommandTable.get().spec("role");

    private static final CommandSpec LOLWUT = CommandTable.get().spec("lolwut");

    private static final CommandSpec CONFIG_GET = CommandTable.get().spec("config|get");

    private static final CommandSpec CONFIG_SET = CommandTable.get().spec("config|set");

    private static final CommandSpec CONFIG_RESETSTAT = CommandTable.get().spec("config|resetstat");

    private static final CommandSpec CONFIG_REWRITE = CommandTable.get().spec("config|rewrite");

    private static final CommandSpec CONFIG_HELP = CommandTable.get().spec("config|help");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public ServerCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    /** PING; yields "PONG". */
    public Command<String> ping() {
        return CommandArgs.of(PING, 0).build(ReplyDecoders.STATUS);
    }

    /** PING with a message; yields the message. */
    public Command<V> ping(V message) {
        return CommandArgs.of(PING, 1).add(this.codec.value(message)).build(this.codec.valueDecoder());
    }

    /** ECHO; yields the message. */
    public Command<V> echo(V message) {
        return CommandArgs.of(ECHO, 1).add(this.codec.value(message)).build(this.codec.valueDecoder());
    }

    /** INFO of the default sections, as text. */
    public Command<String> info() {
        return CommandArgs.of(INFO, 0).build(ReplyDecoders.TEXT);
    }

    /**
     * INFO of a section, such as {@code memory}, {@code all} or {@code everything}, as
     * text.
     */
    public Command<String> info(String section) {
        return CommandArgs.of(INFO, 1).add(text("section", section)).build(ReplyDecoders.TEXT);
    }

    /** INFO of several sections, as text. */
    public Command<String> info(List<String> sections) {
        return sections(sections).build(ReplyDecoders.TEXT);
    }

    /** INFO of the default sections, as a map of each {@code name:value} line. */
    public Command<Map<String, String>> infoMap() {
        return CommandArgs.of(INFO, 0).build(ServerReplies.INFO);
    }

    /** INFO of a section, as a map of each {@code name:value} line. */
    public Command<Map<String, String>> infoMap(String section) {
        return CommandArgs.of(INFO, 1).add(text("section", section)).build(ServerReplies.INFO);
    }

    /** INFO of several sections, as a map of each {@code name:value} line. */
    public Command<Map<String, String>> infoMap(List<String> sections) {
        return sections(sections).build(ServerReplies.INFO);
    }

    private static CommandArgs sections(List<String> sections) {
        CommandCodec.requireNotEmpty(INFO, "sections", sections);
        CommandArgs args = CommandArgs.of(INFO, sections.size());
        sections.forEach((section) -> args.add(text("section", section)));
        return args;
    }

    /** DBSIZE; yields the number of keys in the database. */
    public Command<Long> dbsize() {
        return CommandArgs.of(DBSIZE, 0).build(ReplyDecoders.INTEGER);
    }

    /**
     * FLUSHDB: deletes every key of the database, as the server's lazyfree setting says.
     */
    public Command<String> flushdb() {
        return CommandArgs.of(FLUSHDB, 0).build(ReplyDecoders.STATUS);
    }

    /** FLUSHDB ASYNC or SYNC. */
    public Command<String> flushdb(FlushMode mode) {
        return CommandArgs.of(FLUSHDB, 1).add(mode.keyword()).build(ReplyDecoders.STATUS);
    }

    /**
     * FLUSHALL: deletes every key of every database, as the server's lazyfree setting
     * says.
     */
    public Command<String> flushall() {
        return CommandArgs.of(FLUSHALL, 0).build(ReplyDecoders.STATUS);
    }

    /** FLUSHALL ASYNC or SYNC. */
    public Command<String> flushall(FlushMode mode) {
        return CommandArgs.of(FLUSHALL, 1).add(mode.keyword()).build(ReplyDecoders.STATUS);
    }

    /** SWAPDB: exchanges two databases for every client. */
    public Command<String> swapdb(long index1, long index2) {
        return CommandArgs.of(SWAPDB, 2).add(index1).add(index2).build(ReplyDecoders.STATUS);
    }

    /** TIME; yields the server's clock, to the microsecond. */
    public Command<Instant> time() {
        return CommandArgs.of(TIME, 0).build(ServerReplies.TIME);
    }

    /** LASTSAVE; yields when the last successful save to disk ended. */
    public Command<Instant> lastsave() {
        return CommandArgs.of(LASTSAVE, 0).build(ServerReplies.EPOCH_SECONDS);
    }

    /** SAVE: writes the dataset to disk before replying. */
    public Command<String> save() {
        return CommandArgs.of(SAVE, 0).build(ReplyDecoders.STATUS);
    }

    /** BGSAVE: starts writing the dataset to disk in the background. */
    public Command<String> bgsave() {
        return CommandArgs.of(BGSAVE, 0).build(ReplyDecoders.STATUS);
    }

    /**
     * BGSAVE SCHEDULE: starts a background save now, or once an AOF rewrite in progress
     * ends.
     */
    public Command<String> bgsaveSchedule() {
        return CommandArgs.of(BGSAVE, 1).add(Keyword.SCHEDULE).build(ReplyDecoders.STATUS);
    }

    /** BGREWRITEAOF: starts rewriting the append-only file in the background. */
    public Command<String> bgrewriteaof() {
        return CommandArgs.of(BGREWRITEAOF, 0).build(ReplyDecoders.STATUS);
    }

    /** ROLE; yields the server's replication role. */
    public Command<ServerRole> role() {
        return CommandArgs.of(ROLE, 0).build(ServerReplies.ROLE);
    }

    /** LOLWUT; yields the server's version, with art. */
    public Command<String> lolwut() {
        return CommandArgs.of(LOLWUT, 0).build(ReplyDecoders.TEXT);
    }

    /** LOLWUT VERSION; yields the art of that version. */
    public Command<String> lolwut(long version) {
        return CommandArgs.of(LOLWUT, 2).add(Keyword.VERSION).add(version).build(ReplyDecoders.TEXT);
    }

    /**
     * CONFIG GET of the parameters matching a glob-style pattern; yields names to values.
     */
    public Command<Map<String, String>> configGet(String pattern) {
        return configGet(List.of(required("pattern", pattern)));
    }

    /** CONFIG GET of several patterns; yields names to values. */
    public Command<Map<String, String>> configGet(List<String> patterns) {
        CommandCodec.requireNotEmpty(CONFIG_GET, "patterns", patterns);
        CommandArgs args = CommandArgs.of(CONFIG_GET, patterns.size());
        patterns.forEach((pattern) -> args.add(text("pattern", pattern)));
        return args.build(ServerReplies.CONFIG);
    }

    /** CONFIG SET of one parameter. */
    public Command<String> configSet(String parameter, String value) {
        return configSet(Map.of(required("parameter", parameter), required("value", value)));
    }

    /** CONFIG SET of several parameters at once: all are set, or none. */
    public Command<String> configSet(Map<String, String> parameters) {
        CommandCodec.requireNotEmpty(CONFIG_SET, "parameters", parameters.keySet());
        CommandArgs args = CommandArgs.of(CONFIG_SET, parameters.size() * 2);
        parameters.forEach((name, value) -> args.add(text("parameter", name)).add(text("value", value)));
        return args.build(ReplyDecoders.STATUS);
    }

    /** CONFIG RESETSTAT: resets the statistics INFO reports. */
    public Command<String> configResetstat() {
        return CommandArgs.of(CONFIG_RESETSTAT, 0).build(ReplyDecoders.STATUS);
    }

    /** CONFIG REWRITE: writes the running configuration to the server's config file. */
    public Command<String> configRewrite() {
        return CommandArgs.of(CONFIG_REWRITE, 0).build(ReplyDecoders.STATUS);
    }

    /** CONFIG HELP; yields the server's help text, line by line. */
    public Command<List<String>> configHelp() {
        return CommandArgs.of(CONFIG_HELP, 0).build(ServerReplies.TEXTS);
    }

    static byte[] text(String what, String text) {
        return required(what, text).getBytes(StandardCharsets.UTF_8);
    }

    static String required(String what, String text) {
        return Objects.requireNonNull(text, () -> "'" + what + "' must not be null");
    }

}
