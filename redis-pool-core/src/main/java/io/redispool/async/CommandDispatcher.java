package io.redispool.async;

import io.redispool.command.Command;
import java.util.concurrent.CompletableFuture;

/**
 * Where a {@code RedisClient} sends its commands: each on a pooled connection, or on a
 * few connections that callers share; the typed and asynchronous commands stand on it.
 */
public interface CommandDispatcher extends AutoCloseable {

    /**
     * Runs a command and waits for its decoded reply.
     * @param command the command
     * @param <T> the decoded type
     * @return the decoded reply
     * @throws io.redispool.RedisException if it failed
     */
    <T> T execute(Command<T> command);

    /**
     * Sends a command without waiting.
     * @param command the command
     * @param <T> the decoded type
     * @return completed with the decoded reply, or with the exception {@link #execute}
     * would have thrown
     */
    <T> CompletableFuture<T> executeAsync(Command<T> command);

    /** Stops taking commands and lets those in flight finish or fail. */
    @Override
    void close();

}
