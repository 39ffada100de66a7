package io.redispool.execution;

import io.redispool.RedisException;
import io.redispool.RedisServerException;
import io.redispool.command.Command;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ErrorReply;

/**
 * The future reply of one command queued in a {@link Pipeline}, available after
 * {@link Pipeline#sync()}.
 *
 * @param <T> the decoded type
 */
public final class Response<T> {

    private final Command<T> command;

    private RespReply reply;

    private RedisException failure;

    Response(Command<T> command) {
        this.command = command;
    }

    /**
     * The command this response belongs to.
     * @return the command
     */
    public Command<T> command() {
        return this.command;
    }

    /**
     * Whether the server's reply to this command arrived (a value or an error reply).
     * @return {@code false} before sync, or when the pipeline failed before this reply
     */
    public boolean hasReply() {
        return this.reply != null;
    }

    /**
     * The decoded reply.
     * @return the value
     * @throws RedisServerException if the server replied to this command with an error
     * @throws RedisException if the pipeline failed before this command's reply arrived
     * @throws IllegalStateException if the pipeline has not been synced yet
     */
    public T get() {
        if (this.reply == null) {
            if (this.failure != null) {
                throw this.failure;
            }
            throw new IllegalStateException(this.command.name() + " has no reply yet: call sync() on its pipeline");
        }
        if (this.reply instanceof ErrorReply error) {
            throw RedisServerException.of(error.message());
        }
        return this.command.decoder().decode(this.reply);
    }

    /**
     * The reply as it was read, before decoding, for senders that act on it: a cluster
     * follows a {@code MOVED} or {@code ASK} error reply to another node.
     * @return the reply, or {@code null} when none arrived
     */
    public RespReply reply() {
        return this.reply;
    }

    void complete(RespReply reply) {
        this.reply = reply;
        this.failure = null;
    }

    /** Records why no reply came; the first reason stands, being the most specific. */
    void fail(RedisException failure) {
        if (this.failure == null) {
            this.failure = failure;
        }
    }

}
