package io.redispool.execution;

import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.RedisServerException;
import io.redispool.RedisTimeoutException;
import io.redispool.TooManyConnectionsException;
import io.redispool.command.Command;
import io.redispool.command.ConnectionUse;
import io.redispool.connection.Connection;
import io.redispool.metrics.CommandObserver;
import io.redispool.metrics.CommandOutcome;
import io.redispool.metrics.PoolListener;
import io.redispool.pool.ConnectionPool;
import io.redispool.pool.PooledConnection;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ErrorReply;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Runs one command: borrow a connection, send, read the reply, release in
 * {@code finally}; redis-py's {@code execute_command}.
 *
 * <p>
 * The reply is decoded after the connection is back in the pool, so a slow or failing
 * decoder never holds a connection. Retries follow the {@link RetryPolicy} and the
 * command table's retry safety; a server's error reply and a "Too many connections"
 * refusal are never retried. A command that would leave state on its connection is
 * refused before anything is borrowed.
 */
public final class CommandExecutor implements CommandRunner {

    private static final System.Logger logger = System.getLogger(CommandExecutor.class.getName());

    private final ConnectionPool pool;

    private final RetryPolicy retryPolicy;

    /** {@code null} when none is set, so that an unobserved command costs one read. */
    private volatile CommandObserver observer;

    public CommandExecutor(ConnectionPool pool, RetryPolicy retryPolicy) {
        this.pool = pool;
        this.retryPolicy = retryPolicy;
    }

    /**
     * Runs a command and decodes its reply.
     * @param command the command
     * @param <T> the decoded type
     * @return the decoded reply
     * @throws IllegalArgumentException if the command would change its pooled
     * connection's state
     * @throws RedisServerException if the server replied with an error
     * @throws RedisException if the command failed for any other reason
     */
    @Override
    public <T> T execute(Command<T> command) {
        PooledUse.check(command);
        long start = System.nanoTime();
        PoolListener listener = this.pool.listener();
        CommandObserver observer = this.observer;
        Object observation = (observer != null) ? observer.commandStarted(command.name()) : null;
        CommandOutcome outcome = CommandOutcome.ERROR;
        Throwable failure = null;
        try {
            RespReply reply = sendWithRetries(command);
            if (reply instanceof ErrorReply error) {
                throw RedisServerException.of(error.message());
            }
            T value = command.decoder().decode(reply);
            outcome = CommandOutcome.SUCCESS;
            return value;
        }
        catch (RedisTimeoutException ex) {
            outcome = CommandOutcome.TIMEOUT;
            failure = ex;
            throw ex;
        }
        catch (RuntimeException | Error ex) {
            failure = ex;
            throw ex;
        }
        finally {
            listener.commandCompleted(command.name(), System.nanoTime() - start, outcome);
            if (observer != null) {
                observer.commandEnded(observation, outcome, failure);
            }
        }
    }

    /**
     * Sets what sees each command from its start to its end, replacing any set before.
     * @param observer the observer, or {@code null} for none
     */
    @Override
    public void observeCommands(CommandObserver observer) {
        this.observer = observer;
    }

    /**
     * Borrows a connection for the caller to hold across several commands.
     * @return the held connection; close it to give it back
     */
    @Override
    public HeldConnection hold() {
        if (Thread.currentThread().isInterrupted()) {
            throw PooledUse.interrupted("a held connection's commands");
        }
        return new HeldConnection(this.pool, this.pool.borrow());
    }

    /**
     * Starts a transaction on a connection borrowed when it runs.
     * @return an empty transaction
     */
    @Override
    public Transaction multi() {
        return new Transaction(new PooledLease(this.pool));
    }

    /**
     * Starts a pipeline.
     * @return an empty pipeline
     */
    @Override
    public Pipeline pipeline() {
        return new Pipeline(this.pool);
    }

    /**
     * Borrows a connection, whatever the keys: one server serves them all.
     * @param keys the keys a transaction will watch
     * @return the held connection
     */
    @Override
    public HeldConnection hold(List<byte[]> keys) {
        return hold();
    }

    /** Closes the pool; see {@link ConnectionPool#close()}. */
    @Override
    public void close() {
        this.pool.close();
    }

    private RespReply sendWithRetries(Command<?> command) {
        RedisException firstFailure = null;
        for (int attempt = 0;; attempt++) {
            try {
                return sendOnce(command);
            }
            catch (RedisConnectionException | RedisTimeoutException ex) {
                if (firstFailure != null) {
                    // Why the first attempt failed matters more than why the retry did.
                    ex.addSuppressed(firstFailure);
                }
                if (!shouldRetry(command, ex, attempt)) {
                    throw ex;
                }
                logger.log(Level.DEBUG, "Retrying {0} after: {1}", command.name(), ex.getMessage());
                firstFailure = (firstFailure != null) ? firstFailure : ex;
            }
        }
    }

    private RespReply sendOnce(Command<?> command) {
        PooledUse.ensureNotInterrupted(command);
        PooledConnection pooled = this.pool.borrow();
        try {
            Connection connection = pooled.connection();
            if (command.spec().connectionUse() == ConnectionUse.CLOSES_AFTER) {
                connection.retireAfterUse();
            }
            connection.send(command.arguments());
            return connection.read(command.blockingWait());
        }
        finally {
            this.pool.release(pooled);
        }
    }

    private boolean shouldRetry(Command<?> command, RedisException failure, int attempt) {
        if (failure instanceof TooManyConnectionsException || attempt >= this.retryPolicy.attempts()
                || this.pool.isClosed() || Thread.currentThread().isInterrupted()) {
            return false;
        }
        boolean retrySafe = command.spec().isRetrySafe();
        if (failure instanceof RedisTimeoutException) {
            return this.retryPolicy.onTimeout() && retrySafe;
        }
        return retrySafe || !((RedisConnectionException) failure).mayHaveReachedServer();
    }

}
