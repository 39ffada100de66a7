package io.redispool.commands.server;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.CommandCodec;
import java.util.List;
import java.util.Map;

/**
 * Builds the diagnostic commands as data: MEMORY, SLOWLOG, LATENCY and COMMAND, what the
 * server says of its memory, its slow commands, its latency spikes and its own commands;
 * {@link DiagnosticCommands} runs them.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class DiagnosticCommandBuilder<K, V> {

    private static final CommandSpec MEMORY_USAGE = CommandTable.get().spec("memory|usage");

    private static final CommandSpec MEMORY_STATS = CommandTable.get().spec("memory|stats");

    private static final CommandSpec MEMORY_DOCTOR = CommandTable.get().spec("memory|doctor");

    private static final CommandSpec MEMORY_MALLOC_STATS = CommandTable.get().spec("memory|malloc-stats");

    private static final CommandSpec MEMORY_PURGE = CommandTable.get().spec("memory|purge");

    private static final CommandSpec SLOWLOG_GET = CommandTable.get().spec("slowlog|get");

    private static final CommandSpec SLOWLOG_LEN = CommandTable.get().spec("slowlog|len");

    private static final CommandSpec SLOWLOG_RESET = CommandTable.get().spec("slowlog|reset");

    private static final CommandSpec LATENCY_LATEST = CommandTable.get().spec("latency|latest");

    private static final CommandSpec LATENCY_HISTORY = CommandTable.get().spec("latency|history");

    private static final CommandSpec LATENCY_RESET = CommandTable.get().spec("latency|reset");

    private static final CommandSpec LATENCY_DOCTOR = CommandTable.get().spec("latency|doctor");

    private static final CommandSpec LATENCY_GRAPH = CommandTable.get().spec("latency|graph");

    private static final CommandSpec LATENCY_HISTOGRAM = CommandTable.get().spec("latency|histogram");

    private static final CommandSpec COMMAND = CommandTable.get().spec("command");

    private static final CommandSpec COMMAND_COUNT = CommandTable.get().spec("command|count");

    private static final CommandSpec COMMAND_INFO = CommandTable.get().spec("command|info");

    private static final CommandSpec COMMAND_DOCS = CommandTable.get().spec("command|docs");

    private static final CommandSpec COMMAND_LIST = CommandTable.get().spec("command|list");

    private static final CommandSpec COMMAND_GETKEYS = CommandTable.get().spec("command|getkeys");

    private static final CommandSpec COMMAND_GETKEYSANDFLAGS = CommandTable.get().spec("command|getkeysandflags");

    private static final CommandSpec MEMORY_HELP = CommandTable.get().spec("memory|help");

    private static final CommandSpec SLOWLOG_HELP = CommandTable.get().spec("slowlog|help");

    private static final CommandSpec LATENCY_HELP = CommandTable.get().spec("latency|help");

    private static final CommandSpec COMMAND_HELP = CommandTable.get().spec("command|help");

    private final CommandCodec<K, V> codec;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public DiagnosticCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
    }

    /**
     * MEMORY USAGE; yields the bytes a key and its value take, or {@code null} when it
     * does not exist.
     */
    public Command<Long> memoryUsage(K key) {
        return this.codec.keyArgs(MEMORY_USAGE, key, 0).build(ServerReplies.INTEGER_OR_NULL);
    }

    /**
     * MEMORY USAGE SAMPLES: estimates from that many elements of a collection, 0 for all
     * of them.
     */
    public Command<Long> memoryUsage(K key, long samples) {
        if (samples < 0) {
            throw new IllegalArgumentException("'samples' must be at least 0 but was " + samples);
        }
        return this.codec.keyArgs(MEMORY_USAGE, key, 2)
            .add(Keyword.SAMPLES)
            .add(samples)
            .build(ServerReplies.INTEGER_OR_NULL);
    }

    /**
     * MEMORY STATS; yields the server's memory figures by name, with each database's as a
     * nested map.
     */
    public Command<Map<String, Object>> memoryStats() {
        return CommandArgs.of(MEMORY_STATS, 0).build(ServerReplies.MEMORY_STATS);
    }

    /** MEMORY DOCTOR; yields the server's advice on its memory, as text. */
    public Command<String> memoryDoctor() {
        return CommandArgs.of(MEMORY_DOCTOR, 0).build(ReplyDecoders.TEXT);
    }

    /** MEMORY MALLOC-STATS; yields the allocator's own statistics, as text. */
    public Command<String> memoryMallocStats() {
        return CommandArgs.of(MEMORY_MALLOC_STATS, 0).build(ReplyDecoders.TEXT);
    }

    /** MEMORY PURGE: asks the allocator to give back the memory it can. */
    public Command<String> memoryPurge() {
        return CommandArgs.of(MEMORY_PURGE, 0).build(ReplyDecoders.STATUS);
    }

    /** SLOWLOG GET; yields the 10 newest slow log entries, newest first. */
    public Command<List<SlowlogEntry>> slowlogGet() {
        return CommandArgs.of(SLOWLOG_GET, 0).build(DiagnosticReplies.SLOWLOG);
    }

    /** SLOWLOG GET count; yields that many of the newest entries, -1 for all. */
    public Command<List<SlowlogEntry>> slowlogGet(long count) {
        if (count < -1) {
            throw new IllegalArgumentException("'count' must be at least 0, or -1 for all, but was " + count);
        }
        return CommandArgs.of(SLOWLOG_GET, 1).add(count).build(DiagnosticReplies.SLOWLOG);
    }

    /** SLOWLOG LEN; yields how many entries the slow log holds. */
    public Command<Long> slowlogLen() {
        return CommandArgs.of(SLOWLOG_LEN, 0).build(ReplyDecoders.INTEGER);
    }

    /** SLOWLOG RESET: empties the slow log. */
    public Command<String> slowlogReset() {
        return CommandArgs.of(SLOWLOG_RESET, 0).build(ReplyDecoders.STATUS);
    }

    /** LATENCY LATEST; yields the latest spike of each event. */
    public Command<List<LatencyEvent>> latencyLatest() {
        return CommandArgs.of(LATENCY_LATEST, 0).build(DiagnosticReplies.LATEST);
    }

    /** LATENCY HISTORY; yields the recorded spikes of one event, oldest first. */
    public Command<List<LatencySample>> latencyHistory(String event) {
        return CommandArgs.of(LATENCY_HISTORY, 1)
            .add(ServerCommandBuilder.text("event", event))
            .build(DiagnosticReplies.HISTORY);
    }

    /** LATENCY RESET of every event; yields how many event histories were reset. */
    public Command<Long> latencyReset() {
        return CommandArgs.of(LATENCY_RESET, 0).build(ReplyDecoders.INTEGER);
    }

    /** LATENCY RESET of some events; yields how many event histories were reset. */
    public Command<Long> latencyReset(List<String> events) {
        CommandCodec.requireNotEmpty(LATENCY_RESET, "events", events);
        return words(LATENCY_RESET, "event", events).build(ReplyDecoders.INTEGER);
    }

    /** LATENCY DOCTOR; yields the server's analysis of its latency, as text. */
    public Command<String> latencyDoctor() {
        return CommandArgs.of(LATENCY_DOCTOR, 0).build(ReplyDecoders.TEXT);
    }

    /** LATENCY GRAPH; yields an ASCII graph of one event's spikes. */
    public Command<String> latencyGraph(String event) {
        return CommandArgs.of(LATENCY_GRAPH, 1)
            .add(ServerCommandBuilder.text("event", event))
            .build(ReplyDecoders.TEXT);
    }

    /**
     * LATENCY HISTOGRAM of every command run so far; yields each command's distribution.
     */
    public Command<Map<String, LatencyHistogram>> latencyHistogram() {
        return CommandArgs.of(LATENCY_HISTOGRAM, 0).build(DiagnosticReplies.HISTOGRAMS);
    }

    /** LATENCY HISTOGRAM of some commands; yields each one's distribution, if it ran. */
    public Command<Map<String, LatencyHistogram>> latencyHistogram(List<String> commands) {
        CommandCodec.requireNotEmpty(LATENCY_HISTOGRAM, "commands", commands);
        return words(LATENCY_HISTOGRAM, "command", commands).build(DiagnosticReplies.HISTOGRAMS);
    }

    /** COMMAND; yields the description of every command of the server. */
    public Command<List<CommandDetail>> command() {
        return CommandArgs.of(COMMAND, 0).build(CommandReplies.DETAILS);
    }

    /** COMMAND COUNT; yields how many commands the server has. */
    public Command<Long> commandCount() {
        return CommandArgs.of(COMMAND_COUNT, 0).build(ReplyDecoders.INTEGER);
    }

    /**
     * COMMAND INFO; yields each named command's description, {@code null} for an unknown
     * one.
     */
    public Command<List<CommandDetail>> commandInfo(List<String> names) {
        CommandCodec.requireNotEmpty(COMMAND_INFO, "names", names);
        return words(COMMAND_INFO, "name", names).build(CommandReplies.DETAILS);
    }

    /** COMMAND DOCS of every command; yields their documentation by name. */
    public Command<Map<String, CommandDocs>> commandDocs() {
        return CommandArgs.of(COMMAND_DOCS, 0).build(CommandReplies.DOCS);
    }

    /**
     * COMMAND DOCS of some commands; yields the documentation of those the server knows,
     * by name.
     */
    public Command<Map<String, CommandDocs>> commandDocs(List<String> names) {
        CommandCodec.requireNotEmpty(COMMAND_DOCS, "names", names);
        return words(COMMAND_DOCS, "name", names).build(CommandReplies.DOCS);
    }

    /** COMMAND LIST; yields the name of every command. */
    public Command<List<String>> commandList() {
        return CommandArgs.of(COMMAND_LIST, 0).build(ServerReplies.TEXTS);
    }

    /** COMMAND LIST FILTERBY; yields the names of the commands that pass the filter. */
    public Command<List<String>> commandList(CommandListFilter filter) {
        CommandArgs args = CommandArgs.of(COMMAND_LIST, 3);
        filter.appendTo(args);
        return args.build(ServerReplies.TEXTS);
    }

    /** COMMAND GETKEYS; yields the keys a command given word by word would touch. */
    public Command<List<K>> commandGetkeys(List<V> command) {
        return commandWords(COMMAND_GETKEYS, command).build(this.codec.keysDecoder());
    }

    /** COMMAND GETKEYSANDFLAGS; yields the keys a command would touch, each with how. */
    public Command<List<KeyFlags<K>>> commandGetkeysandflags(List<V> command) {
        return commandWords(COMMAND_GETKEYSANDFLAGS, command).build(CommandReplies.keyFlags(this.codec.keyDecoder()));
    }

    /** MEMORY HELP; yields the server's help text, line by line. */
    public Command<List<String>> memoryHelp() {
        return CommandArgs.of(MEMORY_HELP, 0).build(ServerReplies.TEXTS);
    }

    /** SLOWLOG HELP; yields the server's help text, line by line. */
    public Command<List<String>> slowlogHelp() {
        return CommandArgs.of(SLOWLOG_HELP, 0).build(ServerReplies.TEXTS);
    }

    /** LATENCY HELP; yields the server's help text, line by line. */
    public Command<List<String>> latencyHelp() {
        return CommandArgs.of(LATENCY_HELP, 0).build(ServerReplies.TEXTS);
    }

    /** COMMAND HELP; yields the server's help text, line by line. */
    public Command<List<String>> commandHelp() {
        return CommandArgs.of(COMMAND_HELP, 0).build(ServerReplies.TEXTS);
    }

    private CommandArgs commandWords(CommandSpec spec, List<V> command) {
        CommandCodec.requireNotEmpty(spec, "command", command);
        CommandArgs args = CommandArgs.of(spec, command.size());
        command.forEach((word) -> args.add(this.codec.value(word)));
        return args;
    }

    private static CommandArgs words(CommandSpec spec, String what, List<String> words) {
        CommandArgs args = CommandArgs.of(spec, words.size());
        words.forEach((word) -> args.add(ServerCommandBuilder.text(what, word)));
        return args;
    }

}
