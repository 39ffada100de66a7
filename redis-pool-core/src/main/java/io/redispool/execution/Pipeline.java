package io.redispool.execution;

import io.redispool.RedisException;
import io.redispool.RedisTimeoutException;
import io.redispool.command.Command;
import io.redispool.command.ConnectionUse;
import io.redispool.connection.Connection;
import io.redispool.metrics.CommandOutcome;
import io.redispool.metrics.PoolListener;
import io.redispool.pool.ConnectionPool;
import io.redispool.pool.PooledConnection;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ErrorReply;
import java.util.ArrayList;
import java.util.List;

/**
 * Queues commands and sends them together: one connection, one write, then the replies in
 * order.
 *
 * <p>
 * Each reply is its own: one command's error reply does not fail the others. If the
 * connection fails midway it is closed, {@link #sync()} throws, and each {@link Response}
 * tells whether its reply arrived. Pipelines are never retried, since their writes may
 * have run. The connection is borrowed only inside {@code sync()}, so an abandoned
 * pipeline holds nothing. Not thread-safe: one thread fills and syncs a pipeline.
 */
public final class Pipeline {

    private final ConnectionPool pool;

    private final List<Response<?>> queued = new ArrayList<>();

    Pipeline(ConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Queues a command.
     * @param command the command
     * @param <T> its decoded type
     * @return where its reply will be after {@link #sync()}
     * @throws IllegalArgumentException if the command would change its pooled
     * connection's state
     */
    public <T> Response<T> add(Command<T> command) {
        PooledUse.check(command);
        Response<T> response = new Response<>(command);
        this.queued.add(response);
        return response;
    }

    /**
     * How many commands wait for {@link #sync()}.
     * @return the number queued
     */
    public int size() {
        return this.queued.size();
    }

    /**
     * Sends every queued command and reads every reply; the pipeline is empty afterwards.
     * @throws RedisException if the connection failed; responses without a reply say so
     */
    public void sync() {
        if (this.queued.isEmpty()) {
            return;
        }
        List<Response<?>> batch = List.copyOf(this.queued);
        this.queued.clear();
        long start = System.nanoTime();
        PoolListener listener = this.pool.listener();
        int received = 0;
        try {
            PooledUse.ensureNotInterrupted(batch.get(0).command());
            PooledConnection pooled = this.pool.borrow();
            try {
                Connection connection = pooled.connection();
                for (Response<?> response : batch) {
                    if (response.command().spec().connectionUse() == ConnectionUse.CLOSES_AFTER) {
                        connection.retireAfterUse();
                    }
                    connection.write(response.command().arguments());
                }
                connection.flush();
                for (Response<?> response : batch) {
                    RespReply reply = connection.read(response.command().blockingWait());
                    response.complete(reply);
                    received++;
                    listener.commandCompleted(response.command().name(), System.nanoTime() - start,
                            (reply instanceof ErrorReply) ? CommandOutcome.ERROR : CommandOutcome.SUCCESS);
                }
            }
            finally {
                this.pool.release(pooled);
            }
        }
        catch (RedisException ex) {
            CommandOutcome outcome = (ex instanceof RedisTimeoutException) ? CommandOutcome.TIMEOUT
                    : CommandOutcome.ERROR;
            for (Response<?> response : batch.subList(received, batch.size())) {
                response.fail(ex);
                listener.commandCompleted(response.command().name(), System.nanoTime() - start, outcome);
            }
            throw ex;
        }
    }

}
