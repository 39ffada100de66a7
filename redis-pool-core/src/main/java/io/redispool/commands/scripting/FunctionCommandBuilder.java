package io.redispool.commands.scripting;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.Keyword;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ReplyFields;
import io.redispool.commands.CommandCodec;
import io.redispool.commands.server.FlushMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds the function commands as data: FCALL, FCALL_RO and FUNCTION;
 * {@link FunctionCommands} runs them. A function's reply decodes as a script's does (see
 * {@link ScriptingCommandBuilder}).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class FunctionCommandBuilder<K, V> {

    private static final CommandSpec FCALL = CommandTable.get().spec("fcall");

    private static final CommandSpec FCALL_RO = CommandTable.get().spec("fcall_ro");

    private static final CommandSpec FUNCTION_LOAD = CommandTable.get().spec("function|load");

    private static final CommandSpec FUNCTION_DELETE = CommandTable.get().spec("function|delete");

    private static final CommandSpec FUNCTION_LIST = CommandTable.get().spec("function|list");

    private static final CommandSpec FUNCTION_FLUSH = CommandTable.get().spec("function|flush");

    private static final CommandSpec FUNCTION_DUMP = CommandTable.get().spec("function|dump");

    private static final CommandSpec FUNCTION_RESTORE = CommandTable.get().spec("function|restore");

    private static final CommandSpec FUNCTION_STATS = CommandTable.get().spec("function|stats");

    private static final CommandSpec FUNCTION_KILL = CommandTable.get().spec("function|kill");

    private static final CommandSpec FUNCTION_HELP = CommandTable.get().spec("function|help");

    private final CommandCodec<K, V> codec;

    private final ReplyDecoder<Object> values;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public FunctionCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
        this.values = ReplyDecoders.generic(codec.codec()::decodeValue);
    }

    /**
     * FCALL of a function with its keys and arguments; yields its reply as plain Java
     * values.
     */
    public Command<Object> fcall(String function, List<K> keys, List<V> args) {
        return fcall(function, keys, args, this.values);
    }

    /** FCALL, its reply through the decoder. */
    public <T> Command<T> fcall(String function, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return ScriptArguments.call(this.codec, FCALL, "function", function, keys, args).build(decoder);
    }

    /**
     * FCALL_RO of a function flagged {@code no-writes}; yields its reply as plain Java
     * values.
     */
    public Command<Object> fcallRo(String function, List<K> keys, List<V> args) {
        return fcallRo(function, keys, args, this.values);
    }

    /** FCALL_RO, its reply through the decoder. */
    public <T> Command<T> fcallRo(String function, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return ScriptArguments.call(this.codec, FCALL_RO, "function", function, keys, args).build(decoder);
    }

    /** FUNCTION LOAD of a library's source; yields the library's name. */
    public Command<String> functionLoad(String code) {
        return CommandArgs.of(FUNCTION_LOAD, 1).add(utf8("code", code)).build(ReplyDecoders.TEXT);
    }

    /**
     * FUNCTION LOAD REPLACE: loads the library in place of one of the same name; yields
     * its name.
     */
    public Command<String> functionLoadReplace(String code) {
        return CommandArgs.of(FUNCTION_LOAD, 2).add(Keyword.REPLACE).add(utf8("code", code)).build(ReplyDecoders.TEXT);
    }

    /** FUNCTION DELETE of a library and its functions. */
    public Command<String> functionDelete(String library) {
        return CommandArgs.of(FUNCTION_DELETE, 1).add(utf8("library", library)).build(ReplyDecoders.STATUS);
    }

    /** FUNCTION LIST; yields every library with its functions. */
    public Command<List<LibraryInfo>> functionList() {
        return functionList(FunctionListOptions.none());
    }

    /** FUNCTION LIST with LIBRARYNAME or WITHCODE. */
    public Command<List<LibraryInfo>> functionList(FunctionListOptions options) {
        CommandArgs args = CommandArgs.of(FUNCTION_LIST, 3);
        options.appendTo(args);
        return args.build(FunctionReplies.LIBRARIES);
    }

    /** FUNCTION FLUSH: deletes every library, as the server's lazyfree setting says. */
    public Command<String> functionFlush() {
        return CommandArgs.of(FUNCTION_FLUSH, 0).build(ReplyDecoders.STATUS);
    }

    /** FUNCTION FLUSH ASYNC or SYNC. */
    public Command<String> functionFlush(FlushMode mode) {
        return CommandArgs.of(FUNCTION_FLUSH, 1).add(mode.keyword()).build(ReplyDecoders.STATUS);
    }

    /** FUNCTION DUMP; yields every library as one opaque payload for FUNCTION RESTORE. */
    public Command<byte[]> functionDump() {
        return CommandArgs.of(FUNCTION_DUMP, 0).build(ReplyDecoders.bulk(Function.identity()));
    }

    /**
     * FUNCTION RESTORE of a FUNCTION DUMP payload, failing if a library exists already.
     */
    public Command<String> functionRestore(byte[] payload) {
        return CommandArgs.of(FUNCTION_RESTORE, 1)
            .add(Objects.requireNonNull(payload, "'payload' must not be null"))
            .build(ReplyDecoders.STATUS);
    }

    /** FUNCTION RESTORE with APPEND, REPLACE or FLUSH. */
    public Command<String> functionRestore(byte[] payload, RestorePolicy policy) {
        return CommandArgs.of(FUNCTION_RESTORE, 2)
            .add(Objects.requireNonNull(payload, "'payload' must not be null"))
            .add(policy.keyword())
            .build(ReplyDecoders.STATUS);
    }

    /**
     * FUNCTION STATS; yields the function running now, if any, and each engine's counts.
     */
    public Command<FunctionStats> functionStats() {
        return CommandArgs.of(FUNCTION_STATS, 0).build(FunctionReplies.STATS);
    }

    /** FUNCTION KILL: stops the function running now, if it has not written. */
    public Command<String> functionKill() {
        return CommandArgs.of(FUNCTION_KILL, 0).build(ReplyDecoders.STATUS);
    }

    /** FUNCTION HELP; yields the server's help text, line by line. */
    public Command<List<String>> functionHelp() {
        return CommandArgs.of(FUNCTION_HELP, 0).build(ReplyDecoders.list(ReplyFields::text));
    }

    private static byte[] utf8(String what, String text) {
        return ScriptArguments.text(what, text).getBytes(StandardCharsets.UTF_8);
    }

}
