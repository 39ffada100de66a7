package io.redispool.execution;

import io.redispool.command.Command;
import io.redispool.metrics.CommandObserver;
import java.util.List;

/**
 * Where a client's commands run: one server's pool ({@link CommandExecutor}) or a
 * cluster's nodes ({@code io.redispool.cluster.ClusterRouter}); the client picks one when
 * it is built, and its commands, pipelines and scopes work the same over either.
 */
public interface CommandRunner extends AutoCloseable {

    /**
     * Runs a command and decodes its reply.
     * @param command the command
     * @param <T> the decoded type
     * @return the decoded reply
     */
    <T> T execute(Command<T> command);

    /**
     * Starts a pipeline.
     * @return an empty pipeline
     */
    Pipeline pipeline();

    /**
     * Starts a transaction on a connection borrowed when it runs.
     * @return an empty transaction
     */
    Transaction multi();

    /**
     * Borrows a connection for the caller to hold across several commands.
     * @return the held connection; close it to give it back
     */
    HeldConnection hold();

    /**
     * Borrows a connection that serves the given keys, for a transaction that watches
     * them.
     * @param keys the keys, encoded
     * @return the held connection; close it to give it back
     */
    HeldConnection hold(List<byte[]> keys);

    /**
     * Sets what sees each command from its start to its end, replacing any set before.
     * @param observer the observer, or {@code null} for none
     */
    void observeCommands(CommandObserver observer);

    /** Closes the pools behind this runner. */
    @Override
    void close();

}
