package io.redispool.commands.scripting;

import io.redispool.command.ReplyDecoder;
import io.redispool.commands.server.FlushMode;
import java.util.List;

/**
 * The Lua script commands, run at once, with {@link #evalScript} for a {@link Script}
 * that loads itself when the server lacks it; functions are in {@link FunctionCommands}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface ScriptingCommands<K, V> extends FunctionCommands<K, V> {

    /**
     * EVALSHA of the script, or EVAL when the server answers NOSCRIPT; yields its reply
     * as plain Java values.
     */
    default Object evalScript(Script script, List<K> keys, List<V> args) {
        return evalScript(script, keys, args, builders().scripting().valuesDecoder());
    }

    /**
     * EVALSHA of the script, or EVAL when the server answers NOSCRIPT; yields its reply
     * through the decoder.
     */
    default <T> T evalScript(Script script, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return ScriptFallback.run(this, builders().scripting().evalsha(script.sha1(), keys, args, decoder),
                () -> builders().scripting().eval(script.source(), keys, args, decoder));
    }

    /**
     * EVAL: runs a script with its keys and arguments; yields its reply as plain Java
     * values.
     */
    default Object eval(String script, List<K> keys, List<V> args) {
        return execute(builders().scripting().eval(script, keys, args));
    }

    /** EVAL: runs a script; yields its reply through the decoder. */
    default <T> T eval(String script, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return execute(builders().scripting().eval(script, keys, args, decoder));
    }

    /** EVALSHA: runs a loaded script; yields its reply as plain Java values. */
    default Object evalsha(String sha1, List<K> keys, List<V> args) {
        return execute(builders().scripting().evalsha(sha1, keys, args));
    }

    /** EVALSHA: runs a loaded script; yields its reply through the decoder. */
    default <T> T evalsha(String sha1, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return execute(builders().scripting().evalsha(sha1, keys, args, decoder));
    }

    /**
     * EVAL_RO: runs a script that must not write; yields its reply as plain Java values.
     */
    default Object evalRo(String script, List<K> keys, List<V> args) {
        return execute(builders().scripting().evalRo(script, keys, args));
    }

    /**
     * EVAL_RO: runs a script that must not write; yields its reply through the decoder.
     */
    default <T> T evalRo(String script, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return execute(builders().scripting().evalRo(script, keys, args, decoder));
    }

    /**
     * EVALSHA_RO: runs a loaded script that must not write; yields its reply as plain
     * Java values.
     */
    default Object evalshaRo(String sha1, List<K> keys, List<V> args) {
        return execute(builders().scripting().evalshaRo(sha1, keys, args));
    }

    /**
     * EVALSHA_RO: runs a loaded script that must not write; yields its reply through the
     * decoder.
     */
    default <T> T evalshaRo(String sha1, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return execute(builders().scripting().evalshaRo(sha1, keys, args, decoder));
    }

    /** SCRIPT EXISTS: for each SHA1 in order, whether the script is loaded. */
    default List<Boolean> scriptExists(List<String> sha1s) {
        return execute(builders().scripting().scriptExists(sha1s));
    }

    /** SCRIPT FLUSH: forgets every loaded script. */
    default String scriptFlush() {
        return execute(builders().scripting().scriptFlush());
    }

    /** SCRIPT FLUSH ASYNC or SYNC: forgets every loaded script. */
    default String scriptFlush(FlushMode mode) {
        return execute(builders().scripting().scriptFlush(mode));
    }

    /** SCRIPT LOAD: loads a script without running it; yields its SHA1. */
    default String scriptLoad(String script) {
        return execute(builders().scripting().scriptLoad(script));
    }

    /** SCRIPT KILL: stops the script running now, if it has not written. */
    default String scriptKill() {
        return execute(builders().scripting().scriptKill());
    }

    /** SCRIPT HELP: the server's help text, line by line. */
    default List<String> scriptHelp() {
        return execute(builders().scripting().scriptHelp());
    }

}
