package io.redispool.commands.server;

import io.redispool.commands.CommandRunner;
import java.util.List;
import java.util.Map;

/**
 * The diagnostic commands, run at once: MEMORY, SLOWLOG, LATENCY and COMMAND.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface DiagnosticCommands<K, V> extends CommandRunner<K, V> {

    /**
     * MEMORY USAGE: the bytes a key and its value take, or {@code null} when it does not
     * exist.
     */
    default Long memoryUsage(K key) {
        return execute(builders().diagnostics().memoryUsage(key));
    }

    /**
     * MEMORY USAGE SAMPLES: estimated from that many elements of a collection, 0 for all.
     */
    default Long memoryUsage(K key, long samples) {
        return execute(builders().diagnostics().memoryUsage(key, samples));
    }

    /**
     * MEMORY STATS: the server's memory figures by name, each database's as a nested map.
     */
    default Map<String, Object> memoryStats() {
        return execute(builders().diagnostics().memoryStats());
    }

    /** MEMORY DOCTOR: the server's advice on its memory, as text. */
    default String memoryDoctor() {
        return execute(builders().diagnostics().memoryDoctor());
    }

    /** MEMORY MALLOC-STATS: the allocator's statistics, as text. */
    default String memoryMallocStats() {
        return execute(builders().diagnostics().memoryMallocStats());
    }

    /** MEMORY PURGE: asks the allocator to give back the memory it can. */
    default String memoryPurge() {
        return execute(builders().diagnostics().memoryPurge());
    }

    /** SLOWLOG GET: the 10 newest slow log entries, newest first. */
    default List<SlowlogEntry> slowlogGet() {
        return execute(builders().diagnostics().slowlogGet());
    }

    /** SLOWLOG GET count: that many of the newest entries, -1 for all. */
    default List<SlowlogEntry> slowlogGet(long count) {
        return execute(builders().diagnostics().slowlogGet(count));
    }

    /** SLOWLOG LEN: how many entries the slow log holds. */
    default Long slowlogLen() {
        return execute(builders().diagnostics().slowlogLen());
    }

    /** SLOWLOG RESET: empties the slow log. */
    default String slowlogReset() {
        return execute(builders().diagnostics().slowlogReset());
    }

    /** LATENCY LATEST: the latest spike of each event. */
    default List<LatencyEvent> latencyLatest() {
        return execute(builders().diagnostics().latencyLatest());
    }

    /** LATENCY HISTORY: the recorded spikes of one event, oldest first. */
    default List<LatencySample> latencyHistory(String event) {
        return execute(builders().diagnostics().latencyHistory(event));
    }

    /**
     * LATENCY RESET: forgets every event's spikes; yields how many event histories were
     * reset.
     */
    default Long latencyReset() {
        return execute(builders().diagnostics().latencyReset());
    }

    /** LATENCY RESET of some events; yields how many event histories were reset. */
    default Long latencyReset(List<String> events) {
        return execute(builders().diagnostics().latencyReset(events));
    }

    /** LATENCY DOCTOR: the server's analysis of its latency, as text. */
    default String latencyDoctor() {
        return execute(builders().diagnostics().latencyDoctor());
    }

    /** LATENCY GRAPH: an ASCII graph of one event's spikes. */
    default String latencyGraph(String event) {
        return execute(builders().diagnostics().latencyGraph(event));
    }

    /** LATENCY HISTOGRAM: each command's latency distribution. */
    default Map<String, LatencyHistogram> latencyHistogram() {
        return execute(builders().diagnostics().latencyHistogram());
    }

    /** LATENCY HISTOGRAM of some commands, for those that ran. */
    default Map<String, LatencyHistogram> latencyHistogram(List<String> commands) {
        return execute(builders().diagnostics().latencyHistogram(commands));
    }

    /** COMMAND: the description of every command of the server. */
    default List<CommandDetail> command() {
        return execute(builders().diagnostics().command());
    }

    /** COMMAND COUNT: how many commands the server has. */
    default Long commandCount() {
        return execute(builders().diagnostics().commandCount());
    }

    /**
     * COMMAND INFO: each named command's description, {@code null} for an unknown one.
     */
    default List<CommandDetail> commandInfo(List<String> names) {
        return execute(builders().diagnostics().commandInfo(names));
    }

    /** COMMAND DOCS: the documentation of every command, by name. */
    default Map<String, CommandDocs> commandDocs() {
        return execute(builders().diagnostics().commandDocs());
    }

    /** COMMAND DOCS of some commands, by name, for those the server knows. */
    default Map<String, CommandDocs> commandDocs(List<String> names) {
        return execute(builders().diagnostics().commandDocs(names));
    }

    /** COMMAND LIST: the name of every command. */
    default List<String> commandList() {
        return execute(builders().diagnostics().commandList());
    }

    /** COMMAND LIST FILTERBY: the names of the commands that pass the filter. */
    default List<String> commandList(CommandListFilter filter) {
        return execute(builders().diagnostics().commandList(filter));
    }

    /** COMMAND GETKEYS: the keys a command, given word by word, would touch. */
    default List<K> commandGetkeys(List<V> command) {
        return execute(builders().diagnostics().commandGetkeys(command));
    }

    /** COMMAND GETKEYSANDFLAGS: the keys a command would touch, each with how. */
    default List<KeyFlags<K>> commandGetkeysandflags(List<V> command) {
        return execute(builders().diagnostics().commandGetkeysandflags(command));
    }

    /** MEMORY HELP: the server's help text, line by line. */
    default List<String> memoryHelp() {
        return execute(builders().diagnostics().memoryHelp());
    }

    /** SLOWLOG HELP: the server's help text, line by line. */
    default List<String> slowlogHelp() {
        return execute(builders().diagnostics().slowlogHelp());
    }

    /** LATENCY HELP: the server's help text, line by line. */
    default List<String> latencyHelp() {
        return execute(builders().diagnostics().latencyHelp());
    }

    /** COMMAND HELP: the server's help text, line by line. */
    default List<String> commandHelp() {
        return execute(builders().diagnostics().commandHelp());
    }

}
