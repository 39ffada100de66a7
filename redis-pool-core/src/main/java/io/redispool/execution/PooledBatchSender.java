package io.redispool.execution;

import io.redispool.RedisException;
import io.redispool.RedisTimeoutException;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandTable;
import io.redispool.command.ConnectionUse;
import io.redispool.connection.Connection;
import io.redispool.metrics.CommandOutcome;
import io.redispool.metrics.PoolListener;
import io.redispool.pool.ConnectionPool;
import io.redispool.pool.PooledConnection;
import io.redispool.protocol.BulkSink;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ErrorReply;
import java.util.List;

/**
 * Sends a pipeline's commands on one connection borrowed from a pool: one write, then the
 * replies in order, each into its own {@link Response}.
 *
 * <p>
 * If the connection fails midway the responses without a reply fail with the cause. A
 * cluster sends each node's share of a pipeline through that node's sender, and a share
 * redirected with ASK through {@link #sendAsking}.
 */
public final class PooledBatchSender implements BatchSender {

    private static final byte[][] ASKING = CommandArgs.of(CommandTable.get().spec("asking"), 0)
        .build((reply) -> reply)
        .arguments();

    private final ConnectionPool pool;

    /**
     * Creates a sender over a pool.
     * @param pool where the connection is borrowed
     */
    public PooledBatchSender(ConnectionPool pool) {
        this.pool = pool;
    }

    @Override
    public void send(List<Response<?>> batch) {
        send(batch, false);
    }

    /**
     * Sends each command after {@code ASKING}, as a cluster node that is importing their
     * slot requires, once.
     * @param batch the responses to complete
     */
    public void sendAsking(List<Response<?>> batch) {
        send(batch, true);
    }

    private void send(List<Response<?>> batch, boolean asking) {
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
                    if (asking) {
                        connection.write(ASKING);
                    }
                    connection.write(response.command().arguments());
                }
                connection.flush();
                BulkTarget target = new BulkTarget();
                for (Response<?> response : batch) {
                    if (asking) {
                        connection.read();
                    }
                    RespReply reply = connection.read(response.command().blockingWait(), target.aimAt(response));
                    if (reply != null) {
                        response.complete(reply);
                    }
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

    /**
     * Hands a bulk string reply to the response it belongs to, decoded where the reader
     * holds it; one per batch, aimed at each response in turn.
     */
    private static final class BulkTarget implements BulkSink {

        private Response<?> response;

        /** Aims at a response, or answers {@code null} when it needs a reply object. */
        BulkSink aimAt(Response<?> response) {
            this.response = response;
            return response.decodesBulk() ? this : null;
        }

        @Override
        public void bulk(byte[] source, int offset, int length) {
            this.response.completeBulk(source, offset, length);
        }

    }

}
