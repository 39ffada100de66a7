package io.redispool.execution;

import io.redispool.RedisException;
import io.redispool.RedisExecAbortException;
import io.redispool.RedisProtocolException;
import io.redispool.RedisServerException;
import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ConnectionUse;
import io.redispool.connection.Connection;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ErrorReply;
import java.util.ArrayList;
import java.util.List;

/**
 * A MULTI/EXEC transaction: commands queue up in the client and go out with MULTI before
 * them and EXEC after, in one write; the server runs them together, and each
 * {@link Response} gets its own reply or its own error, as a pipeline's do.
 *
 * <p>
 * Nothing reaches the server before {@link #exec()}, so an exception in the caller's code
 * while filling the transaction leaves nothing to discard. A command the server refuses
 * to queue makes it refuse the whole transaction (EXECABORT): {@code exec()} then throws
 * a {@link RedisExecAbortException} and each response holds its own command's error. Not
 * thread-safe: one thread fills and runs a transaction.
 */
public final class Transaction {

    private static final byte[][] MULTI = CommandArgs.of(CommandTable.get().spec("multi"), 0)
        .build(ReplyDecoders.STATUS)
        .arguments();

    private static final byte[][] EXEC = CommandArgs.of(CommandTable.get().spec("exec"), 0)
        .build(ReplyDecoders.STATUS)
        .arguments();

    private final ConnectionLease lease;

    private final List<Response<?>> queued = new ArrayList<>();

    private boolean done;

    Transaction(ConnectionLease lease) {
        this.lease = lease;
    }

    /**
     * Queues a command.
     * @param command the command
     * @param <T> its decoded type
     * @return where its reply will be after {@link #exec()}
     * @throws IllegalArgumentException for a command that cannot run inside a transaction
     * (the connection-state commands, and transaction commands themselves)
     * @throws IllegalStateException if the transaction has run
     */
    public <T> Response<T> add(Command<T> command) {
        if (this.done) {
            throw new IllegalStateException("This transaction has already run; start another one");
        }
        if (command.spec().connectionUse() != ConnectionUse.POOLED) {
            throw new IllegalArgumentException(command.name() + " cannot run inside a transaction");
        }
        Response<T> response = new Response<>(command);
        this.queued.add(response);
        return response;
    }

    /**
     * How many commands are queued.
     * @return the number queued
     */
    public int size() {
        return this.queued.size();
    }

    /**
     * Sends MULTI, the queued commands and EXEC in one write and reads every reply.
     * @return {@code true} if the server ran the commands; {@code false} if it aborted
     * EXEC because a key watched on this connection changed, in which case no command ran
     * and no response has a reply
     * @throws RedisExecAbortException if the server refused to queue a command; nothing
     * ran
     * @throws RedisException if the connection failed; responses without a reply say so
     */
    public boolean exec() {
        if (this.done) {
            throw new IllegalStateException("This transaction has already run; start another one");
        }
        this.done = true;
        Connection connection = this.lease.acquire();
        try {
            return run(connection);
        }
        catch (RedisException ex) {
            for (Response<?> response : this.queued) {
                if (!response.hasReply()) {
                    response.fail(ex);
                }
            }
            throw ex;
        }
        finally {
            this.lease.release();
        }
    }

    private boolean run(Connection connection) {
        connection.write(MULTI);
        for (Response<?> response : this.queued) {
            connection.write(response.command().arguments());
        }
        connection.write(EXEC);
        connection.flush();
        RespReply started = connection.read();
        if (started instanceof ErrorReply error) {
            drain(connection);
            throw RedisServerException.of(error.message());
        }
        List<ErrorReply> refused = new ArrayList<>();
        for (Response<?> response : this.queued) {
            RespReply queuedReply = connection.read();
            if (queuedReply instanceof ErrorReply error) {
                refused.add(error);
                response.fail(RedisServerException.of(error.message()));
            }
        }
        RespReply executed = connection.read();
        if (executed instanceof ErrorReply error) {
            RedisServerException aborted = RedisServerException.of(error.message());
            refused.forEach((each) -> aborted.addSuppressed(RedisServerException.of(each.message())));
            throw aborted;
        }
        if (executed instanceof RespReply.NullReply) {
            return false;
        }
        List<RespReply> replies = ReplyDecoders.elements(executed);
        if (replies.size() != this.queued.size()) {
            throw new RedisProtocolException(
                    "EXEC replied with " + replies.size() + " replies for " + this.queued.size() + " queued commands");
        }
        for (int i = 0; i < replies.size(); i++) {
            this.queued.get(i).complete(replies.get(i));
        }
        return true;
    }

    /**
     * After MULTI itself failed, the queued commands and EXEC still owe replies: read
     * them.
     */
    private void drain(Connection connection) {
        for (int i = 0; i <= this.queued.size(); i++) {
            connection.read();
        }
    }

}
