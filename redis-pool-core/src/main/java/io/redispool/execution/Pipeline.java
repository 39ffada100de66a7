package io.redispool.execution;

import io.redispool.RedisException;
import io.redispool.command.Command;
import io.redispool.pool.ConnectionPool;
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

    private final BatchSender sender;

    private List<Response<?>> queued = new ArrayList<>();

    Pipeline(ConnectionPool pool) {
        this(new PooledBatchSender(pool));
    }

    /**
     * Creates a pipeline whose commands go out through a sender of its own, as a
     * cluster's, which splits them over its nodes.
     * @param sender sends each batch
     */
    public Pipeline(BatchSender sender) {
        this.sender = sender;
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
        // The batch goes to the sender as it is; a pipeline filled again is likely to
        // hold as many commands.
        List<Response<?>> batch = this.queued;
        this.queued = new ArrayList<>(batch.size());
        this.sender.send(batch);
    }

}
