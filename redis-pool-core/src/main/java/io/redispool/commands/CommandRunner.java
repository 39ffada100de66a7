package io.redispool.commands;

import io.redispool.command.Command;

/**
 * What every group of typed commands stands on: the builders that turn a call into a
 * {@link Command}, and the one {@code execute} that runs it. Each group interface's
 * methods are one line: build, then execute.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface CommandRunner<K, V> {

    /**
     * Runs a command and decodes its reply.
     * @param command the command
     * @param <T> the decoded type
     * @return the decoded reply
     */
    <T> T execute(Command<T> command);

    /**
     * The builders behind the typed methods, for pipelines and for running a command
     * later.
     * @return the builders for this runner's codec
     */
    Commands<K, V> builders();

}
