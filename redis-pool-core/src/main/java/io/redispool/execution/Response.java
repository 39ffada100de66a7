package io.redispool.execution;

import io.redispool.RedisException;
import io.redispool.RedisServerException;
import io.redispool.command.BulkReplyDecoder;
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

    /** Set when the reply was a bulk string decoded as it was read. */
    private boolean decoded;

    private T value;

    /** Why decoding a reply read as bytes failed, thrown by {@link #get()}. */
    private RuntimeException decodeFailure;

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
        return this.decoded || this.reply != null;
    }

    /**
     * The decoded reply.
     * @return the value
     * @throws RedisServerException if the server replied to this command with an error
     * @throws RedisException if the pipeline failed before this command's reply arrived
     * @throws IllegalStateException if the pipeline has not been synced yet
     */
    public T get() {
        if (this.decoded) {
            if (this.decodeFailure != null) {
                throw this.decodeFailure;
            }
            return this.value;
        }
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
     * @return the reply, or {@code null} when none arrived or it was a bulk string
     * decoded as it was read
     */
    public RespReply reply() {
        return this.reply;
    }

    void complete(RespReply reply) {
        this.reply = reply;
        this.decoded = false;
        this.value = null;
        this.decodeFailure = null;
        this.failure = null;
    }

    /**
     * Whether this command's reply, a bulk string, can be decoded from the bytes where
     * the reader holds them.
     */
    boolean decodesBulk() {
        return this.command.decoder() instanceof BulkReplyDecoder;
    }

    /**
     * Decodes a bulk string reply from the bytes where they lie, for a command that
     * {@link #decodesBulk()}. A decoder's failure is kept for {@link #get()}, where it
     * would be thrown for a reply object too: the reply was read whole, so the connection
     * and the other replies are unharmed.
     */
    @SuppressWarnings("unchecked")
    void completeBulk(byte[] source, int offset, int length) {
        try {
            this.value = ((BulkReplyDecoder<T>) this.command.decoder()).decode(source, offset, length);
        }
        catch (RuntimeException ex) {
            this.decodeFailure = ex;
        }
        // A reply read before, a redirection its sender followed, no longer stands.
        this.reply = null;
        this.decoded = true;
        this.failure = null;
    }

    /** Records why no reply came; the first reason stands, being the most specific. */
    void fail(RedisException failure) {
        if (this.failure == null) {
            this.failure = failure;
        }
    }

}
