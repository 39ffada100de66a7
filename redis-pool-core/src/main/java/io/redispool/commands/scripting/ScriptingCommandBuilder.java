package io.redispool.commands.scripting;

import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ReplyFields;
import io.redispool.commands.CommandCodec;
import io.redispool.commands.server.FlushMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the Lua script commands as data: EVAL, EVALSHA, their read-only forms and
 * SCRIPT; {@link ScriptingCommands} runs them. Functions are in
 * {@link FunctionCommandBuilder}.
 *
 * <p>
 * A script's reply decodes as plain Java values unless a decoder is given: integers as
 * Long, bulk strings through the codec's value decoder, arrays as lists, Lua
 * {@code false} and nil as {@code null}, and an error inside an array as a
 * {@link io.redispool.RedisServerException} in its place.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class ScriptingCommandBuilder<K, V> {

    private static final CommandSpec EVAL = CommandTable.get().spec("eval");

    private static final CommandSpec EVALSHA = CommandTable.get().spec("evalsha");

    private static final CommandSpec EVAL_RO = CommandTable.get().spec("eval_ro");

    private static final CommandSpec EVALSHA_RO = CommandTable.get().spec("evalsha_ro");

    private static final CommandSpec SCRIPT_EXISTS = CommandTable.get().spec("script|exists");

    private static final CommandSpec SCRIPT_FLUSH = CommandTable.get().spec("script|flush");

    private static final CommandSpec SCRIPT_LOAD = CommandTable.get().spec("script|load");

    private static final CommandSpec SCRIPT_KILL = CommandTable.get().spec("script|kill");

    private static final CommandSpec SCRIPT_HELP = CommandTable.get().spec("script|help");

    private final CommandCodec<K, V> codec;

    private final ReplyDecoder<Object> values;

    /**
     * Creates the builder; {@link io.redispool.commands.Commands} holds one per codec.
     * @param codec encodes keys and values
     */
    public ScriptingCommandBuilder(CommandCodec<K, V> codec) {
        this.codec = codec;
        this.values = ReplyDecoders.generic(codec.codec()::decodeValue);
    }

    /**
     * How script replies decode by default: as plain Java values, bulk strings as values.
     * @return the decoder
     */
    public ReplyDecoder<Object> valuesDecoder() {
        return this.values;
    }

    /**
     * EVAL of a script with its keys and arguments; yields its reply as plain Java
     * values.
     */
    public Command<Object> eval(String script, List<K> keys, List<V> args) {
        return eval(script, keys, args, this.values);
    }

    /** EVAL, its reply through the decoder. */
    public <T> Command<T> eval(String script, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return ScriptArguments.call(this.codec, EVAL, "script", script, keys, args).build(decoder);
    }

    /** EVALSHA of a loaded script; yields its reply as plain Java values. */
    public Command<Object> evalsha(String sha1, List<K> keys, List<V> args) {
        return evalsha(sha1, keys, args, this.values);
    }

    /** EVALSHA, its reply through the decoder. */
    public <T> Command<T> evalsha(String sha1, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return ScriptArguments.call(this.codec, EVALSHA, "sha1", sha1, keys, args).build(decoder);
    }

    /** EVAL_RO of a script that must not write; yields its reply as plain Java values. */
    public Command<Object> evalRo(String script, List<K> keys, List<V> args) {
        return evalRo(script, keys, args, this.values);
    }

    /** EVAL_RO, its reply through the decoder. */
    public <T> Command<T> evalRo(String script, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return ScriptArguments.call(this.codec, EVAL_RO, "script", script, keys, args).build(decoder);
    }

    /**
     * EVALSHA_RO of a loaded script that must not write; yields its reply as plain Java
     * values.
     */
    public Command<Object> evalshaRo(String sha1, List<K> keys, List<V> args) {
        return evalshaRo(sha1, keys, args, this.values);
    }

    /** EVALSHA_RO, its reply through the decoder. */
    public <T> Command<T> evalshaRo(String sha1, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return ScriptArguments.call(this.codec, EVALSHA_RO, "sha1", sha1, keys, args).build(decoder);
    }

    /** SCRIPT EXISTS; yields, for each SHA1 in order, whether the script is loaded. */
    public Command<List<Boolean>> scriptExists(List<String> sha1s) {
        CommandCodec.requireNotEmpty(SCRIPT_EXISTS, "sha1s", sha1s);
        CommandArgs args = CommandArgs.of(SCRIPT_EXISTS, sha1s.size());
        sha1s.forEach((sha1) -> args.add(ScriptArguments.text("sha1", sha1)));
        return args.build(ReplyDecoders.list(ReplyDecoders.INTEGER_AS_BOOLEAN));
    }

    /**
     * SCRIPT FLUSH: forgets every loaded script, as the server's lazyfree setting says.
     */
    public Command<String> scriptFlush() {
        return CommandArgs.of(SCRIPT_FLUSH, 0).build(ReplyDecoders.STATUS);
    }

    /** SCRIPT FLUSH ASYNC or SYNC. */
    public Command<String> scriptFlush(FlushMode mode) {
        return CommandArgs.of(SCRIPT_FLUSH, 1).add(mode.keyword()).build(ReplyDecoders.STATUS);
    }

    /** SCRIPT LOAD; yields the script's SHA1 for EVALSHA. */
    public Command<String> scriptLoad(String script) {
        return CommandArgs.of(SCRIPT_LOAD, 1)
            .add(ScriptArguments.text("script", script).getBytes(StandardCharsets.UTF_8))
            .build(ReplyDecoders.TEXT);
    }

    /** SCRIPT KILL: stops the script running now, if it has not written. */
    public Command<String> scriptKill() {
        return CommandArgs.of(SCRIPT_KILL, 0).build(ReplyDecoders.STATUS);
    }

    /** SCRIPT HELP; yields the server's help text, line by line. */
    public Command<List<String>> scriptHelp() {
        return CommandArgs.of(SCRIPT_HELP, 0).build(ReplyDecoders.list(ReplyFields::text));
    }

}
