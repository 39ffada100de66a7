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
 * cluster {@link #write writes} each node's share of a pipeline through that node's
 * sender before it reads any node's replies.
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
        write(batch, false).read();
    }

    /**
     * Borrows a connection and writes the commands, without reading their replies, so
     * that a cluster can send every node its share before it waits for any; the caller
     * must {@link InFlight#read() read} what this returns, which releases the connection.
     * @param batch the responses to complete
     * @param asking whether each command goes after {@code ASKING}, as a cluster node
     * that is importing their slot requires, once
     * @return the written batch, holding its connection
     * @throws RedisException if the connection could not be borrowed or written; every
     * response fails with it and the connection is released
     */
    public InFlight write(List<Response<?>> batch, boolean asking) {
        InFlight inFlight = new InFlight(batch, asking);
        try {
            PooledUse.ensureNotInterrupted(batch.get(0).command());
            inFlight.pooled = this.pool.borrow();
        }
        catch (RedisException ex) {
            throw inFlight.failed(ex);
        }
        inFlight.write();
        return inFlight;
    }

    /**
     * A batch written on a borrowed connection whose replies are still to be read.
     */
    public final class InFlight {

        private final List<Response<?>> batch;

        private final boolean asking;

        private final long start = System.nanoTime();

        private PooledConnection pooled;

        private int received;

        private InFlight(List<Response<?>> batch, boolean asking) {
            this.batch = batch;
            this.asking = asking;
        }

        private void write() {
            boolean written = false;
            try {
                Connection connection = this.pooled.connection();
                for (Response<?> response : this.batch) {
                    if (response.command().spec().connectionUse() == ConnectionUse.CLOSES_AFTER) {
                        connection.retireAfterUse();
                    }
                    if (this.asking) {
                        connection.write(ASKING);
                    }
                    connection.write(response.command().arguments());
                }
                connection.flush();
                written = true;
            }
            catch (RedisException ex) {
                throw failed(ex);
            }
            finally {
                if (!written) {
                    pool.release(this.pooled);
                }
            }
        }

        /**
         * Reads every reply into its response and releases the connection.
         * @throws RedisException if the connection failed midway; the responses without a
         * reply fail with it
         */
        public void read() {
            PoolListener listener = pool.listener();
            try {
                Connection connection = this.pooled.connection();
                BulkTarget target = new BulkTarget();
                for (Response<?> response : this.batch) {
                    if (this.asking) {
                        connection.read();
                    }
                    RespReply reply = connection.read(response.command().blockingWait(), target.aimAt(response));
                    if (reply != null) {
                        response.complete(reply);
                    }
                    this.received++;
                    listener.commandCompleted(response.command().name(), System.nanoTime() - this.start,
                            (reply instanceof ErrorReply) ? CommandOutcome.ERROR : CommandOutcome.SUCCESS);
                }
            }
            catch (RedisException ex) {
                throw failed(ex);
            }
            finally {
                pool.release(this.pooled);
            }
        }

        private RedisException failed(RedisException ex) {
            PoolListener listener = pool.listener();
            CommandOutcome outcome = (ex instanceof RedisTimeoutException) ? CommandOutcome.TIMEOUT
                    : CommandOutcome.ERROR;
            for (Response<?> response : this.batch.subList(this.received, this.batch.size())) {
                response.fail(ex);
                listener.commandCompleted(response.command().name(), System.nanoTime() - this.start, outcome);
            }
            return ex;
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
