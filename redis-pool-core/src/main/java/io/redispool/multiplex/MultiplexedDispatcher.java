package io.redispool.multiplex;

import io.redispool.RedisClientConfig;
import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.RedisTimeoutException;
import io.redispool.async.CommandDispatcher;
import io.redispool.async.PoolWorkers;
import io.redispool.command.Command;
import io.redispool.command.CommandSpec;
import io.redispool.command.ConnectionUse;
import io.redispool.connection.ConnectionFactory;
import io.redispool.execution.CommandExecutor;
import io.redispool.execution.RetryPolicy;
import io.redispool.metrics.CommandOutcome;
import io.redispool.metrics.PoolListener;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Sends the commands that leave their connection as they found it over a few shared
 * connections, and every other command through the pool: blocking commands (their wait
 * would stall every caller behind them), transactions, held connections, pipelines and
 * CLIENT KILL (which may close its own connection).
 *
 * <p>
 * A caller waits for its own reply only; it never reads a socket, so its interrupt cannot
 * close a connection that others share. Retries follow the same {@link RetryPolicy} as
 * pooled commands: a command that was never sent is always sent again, one that may have
 * run only when the command table says it is safe.
 */
public final class MultiplexedDispatcher implements CommandDispatcher {

    private final Multiplexer multiplexer;

    private final CommandExecutor pooled;

    private final PoolWorkers workers;

    private final RetryPolicy retry;

    private final Supplier<PoolListener> listener;

    private final long waitBoundNanos;

    private final Duration shutdownTimeout;

    /**
     * Shares connections opened by the factory.
     * @param config how many connections, how to retry, the timeouts
     * @param factory opens and sets up each shared connection
     * @param pooled runs the commands that need a connection of their own
     * @param workers run those asynchronously
     * @param listener hears of every completed command, as the pool's listener
     */
    public MultiplexedDispatcher(RedisClientConfig config, ConnectionFactory factory, CommandExecutor pooled,
            PoolWorkers workers, Supplier<PoolListener> listener) {
        this.multiplexer = new Multiplexer(factory, config.multiplexing().connections(), config.pool().name());
        this.pooled = pooled;
        this.workers = workers;
        this.retry = config.retry();
        this.listener = listener;
        this.waitBoundNanos = waitBound(config.connection().connectTimeout(), config.connection().socketTimeout());
        this.shutdownTimeout = config.pool().shutdownTimeout();
    }

    /**
     * How long a caller waits at most, as a safety net: by then the socket timeout has
     * failed the connection (an open, a write and a read each bounded by their timeout),
     * so a caller never waits for ever on a future nobody completes.
     */
    private static long waitBound(Duration connectTimeout, Duration socketTimeout) {
        if (socketTimeout.isZero()) {
            return 0;
        }
        return connectTimeout.plus(socketTimeout.multipliedBy(2)).plusSeconds(1).toNanos();
    }

    /**
     * Whether a command goes over a shared connection.
     * @param spec what the server says of the command
     * @return {@code true} unless it blocks or needs a connection of its own
     */
    public static boolean isShared(CommandSpec spec) {
        return spec.connectionUse() == ConnectionUse.POOLED && !spec.isBlocking();
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!isShared(command.spec())) {
            return this.pooled.execute(command);
        }
        long start = System.nanoTime();
        CommandOutcome outcome = CommandOutcome.ERROR;
        try {
            T value = sendWithRetries(command);
            outcome = CommandOutcome.SUCCESS;
            return value;
        }
        catch (RedisTimeoutException ex) {
            outcome = CommandOutcome.TIMEOUT;
            throw ex;
        }
        finally {
            this.listener.get().commandCompleted(command.name(), System.nanoTime() - start, outcome);
        }
    }

    @Override
    public <T> CompletableFuture<T> executeAsync(Command<T> command) {
        if (!isShared(command.spec())) {
            return this.workers.run(() -> this.pooled.execute(command));
        }
        long start = System.nanoTime();
        CompletableFuture<T> result = new CompletableFuture<>();
        attempt(command, 0, null, start, result);
        return result;
    }

    private <T> void attempt(Command<T> command, int attempt, RedisException first, long start,
            CompletableFuture<T> result) {
        CompletableFuture<T> sent;
        try {
            sent = this.multiplexer.submit(command);
        }
        catch (RuntimeException ex) {
            sent = CompletableFuture.failedFuture(ex);
        }
        sent.whenComplete((value, failure) -> {
            if (failure == null) {
                finish(command, start, CommandOutcome.SUCCESS);
                result.complete(value);
                return;
            }
            if (first != null) {
                failure.addSuppressed(first);
            }
            if (failure instanceof RedisException redis && shouldRetry(command, redis, attempt)) {
                attempt(command, attempt + 1, (first != null) ? first : redis, start, result);
                return;
            }
            finish(command, start,
                    (failure instanceof RedisTimeoutException) ? CommandOutcome.TIMEOUT : CommandOutcome.ERROR);
            result.completeExceptionally(failure);
        });
    }

    private void finish(Command<?> command, long start, CommandOutcome outcome) {
        this.listener.get().commandCompleted(command.name(), System.nanoTime() - start, outcome);
    }

    private <T> T sendWithRetries(Command<T> command) {
        RedisException first = null;
        for (int attempt = 0;; attempt++) {
            try {
                return sendOnce(command);
            }
            catch (RedisConnectionException | RedisTimeoutException ex) {
                if (first != null) {
                    ex.addSuppressed(first);
                }
                if (!shouldRetry(command, ex, attempt)) {
                    throw ex;
                }
                first = (first != null) ? first : ex;
            }
        }
    }

    private <T> T sendOnce(Command<T> command) {
        if (Thread.currentThread().isInterrupted()) {
            throw new RedisConnectionException("Not sending " + command.name() + ": the calling thread ("
                    + Thread.currentThread().getName() + ") is interrupted; nothing was sent", null, false);
        }
        PendingCommand<T> pending = this.multiplexer.submit(command);
        try {
            return (this.waitBoundNanos > 0) ? pending.get(this.waitBoundNanos, TimeUnit.NANOSECONDS) : pending.get();
        }
        catch (ExecutionException ex) {
            throw rethrown(ex.getCause());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new RedisConnectionException(
                    "Interrupted while waiting for the reply to " + command.name() + "; it was sent and may have run",
                    ex, true);
        }
        catch (TimeoutException ex) {
            throw new RedisTimeoutException(
                    "No reply to " + command.name() + " within " + TimeUnit.NANOSECONDS.toMillis(this.waitBoundNanos)
                            + "ms (connect-timeout plus twice the socket-timeout) on a shared connection",
                    ex);
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new RedisConnectionException("Failed on a shared connection: " + failure, failure);
    }

    private boolean shouldRetry(Command<?> command, RedisException failure, int attempt) {
        if (attempt >= this.retry.attempts() || this.multiplexer.isClosed()) {
            return false;
        }
        boolean retrySafe = command.spec().isRetrySafe();
        if (failure instanceof RedisTimeoutException) {
            return this.retry.onTimeout() && retrySafe;
        }
        return failure instanceof RedisConnectionException connection
                && (retrySafe || !connection.mayHaveReachedServer());
    }

    @Override
    public void close() {
        this.multiplexer.close(this.shutdownTimeout);
        this.workers.close();
    }

    @Override
    public String toString() {
        return "MultiplexedDispatcher[" + this.multiplexer + "]";
    }

}
