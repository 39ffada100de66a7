package io.redispool.async;

import io.redispool.command.Command;
import io.redispool.execution.CommandRunner;
import java.util.concurrent.CompletableFuture;

/**
 * Every command on a pooled connection of its own: at once on the caller's thread, or
 * asynchronously on one of the {@link PoolWorkers}. The default mode.
 */
public final class PooledDispatcher implements CommandDispatcher {

    private final CommandRunner executor;

    private final PoolWorkers workers;

    /**
     * Sends commands through the pool.
     * @param executor runs each command on a pooled connection
     * @param workers run the asynchronous ones
     */
    public PooledDispatcher(CommandRunner executor, PoolWorkers workers) {
        this.executor = executor;
        this.workers = workers;
    }

    @Override
    public <T> T execute(Command<T> command) {
        return this.executor.execute(command);
    }

    @Override
    public <T> CompletableFuture<T> executeAsync(Command<T> command) {
        return this.workers.run(() -> this.executor.execute(command));
    }

    @Override
    public void close() {
        this.workers.close();
    }

}
