package io.redispool.commands.scripting;

import io.redispool.command.ReplyDecoder;
import io.redispool.commands.CommandRunner;
import io.redispool.commands.server.FlushMode;
import java.util.List;

/**
 * The function commands, run at once: calling functions and managing their libraries.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface FunctionCommands<K, V> extends CommandRunner<K, V> {

    /**
     * FCALL: calls a function with its keys and arguments; yields its reply as plain Java
     * values.
     */
    default Object fcall(String function, List<K> keys, List<V> args) {
        return execute(builders().functions().fcall(function, keys, args));
    }

    /** FCALL: calls a function; yields its reply through the decoder. */
    default <T> T fcall(String function, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return execute(builders().functions().fcall(function, keys, args, decoder));
    }

    /**
     * FCALL_RO: calls a function flagged {@code no-writes}; yields its reply as plain
     * Java values.
     */
    default Object fcallRo(String function, List<K> keys, List<V> args) {
        return execute(builders().functions().fcallRo(function, keys, args));
    }

    /**
     * FCALL_RO: calls a function flagged {@code no-writes}; yields its reply through the
     * decoder.
     */
    default <T> T fcallRo(String function, List<K> keys, List<V> args, ReplyDecoder<T> decoder) {
        return execute(builders().functions().fcallRo(function, keys, args, decoder));
    }

    /** FUNCTION LOAD: loads a library; yields its name. */
    default String functionLoad(String code) {
        return execute(builders().functions().functionLoad(code));
    }

    /**
     * FUNCTION LOAD REPLACE: loads a library in place of one of the same name; yields its
     * name.
     */
    default String functionLoadReplace(String code) {
        return execute(builders().functions().functionLoadReplace(code));
    }

    /** FUNCTION DELETE: deletes a library and its functions. */
    default String functionDelete(String library) {
        return execute(builders().functions().functionDelete(library));
    }

    /** FUNCTION LIST: every library with its functions. */
    default List<LibraryInfo> functionList() {
        return execute(builders().functions().functionList());
    }

    /** FUNCTION LIST with LIBRARYNAME or WITHCODE. */
    default List<LibraryInfo> functionList(FunctionListOptions options) {
        return execute(builders().functions().functionList(options));
    }

    /** FUNCTION FLUSH: deletes every library. */
    default String functionFlush() {
        return execute(builders().functions().functionFlush());
    }

    /** FUNCTION FLUSH ASYNC or SYNC: deletes every library. */
    default String functionFlush(FlushMode mode) {
        return execute(builders().functions().functionFlush(mode));
    }

    /** FUNCTION DUMP: every library as one opaque payload for FUNCTION RESTORE. */
    default byte[] functionDump() {
        return execute(builders().functions().functionDump());
    }

    /** FUNCTION RESTORE: loads the libraries of a dump, failing if one exists already. */
    default String functionRestore(byte[] payload) {
        return execute(builders().functions().functionRestore(payload));
    }

    /** FUNCTION RESTORE with APPEND, REPLACE or FLUSH. */
    default String functionRestore(byte[] payload, RestorePolicy policy) {
        return execute(builders().functions().functionRestore(payload, policy));
    }

    /** FUNCTION STATS: the function running now, if any, and each engine's counts. */
    default FunctionStats functionStats() {
        return execute(builders().functions().functionStats());
    }

    /** FUNCTION KILL: stops the function running now, if it has not written. */
    default String functionKill() {
        return execute(builders().functions().functionKill());
    }

    /** FUNCTION HELP: the server's help text, line by line. */
    default List<String> functionHelp() {
        return execute(builders().functions().functionHelp());
    }

}
