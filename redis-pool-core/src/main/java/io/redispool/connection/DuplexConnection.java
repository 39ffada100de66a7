package io.redispool.connection;

import io.redispool.RedisException;
import io.redispool.RedisProtocolException;
import io.redispool.protocol.RespReply;
import java.io.IOException;

/**
 * A set-up connection taken over for full-duplex use: one thread writes commands while
 * another reads replies, for a connection that many callers share.
 *
 * <p>
 * Why a view and not {@link Connection} itself: a pooled connection is used by one thread
 * at a time and counts its owed replies in a plain field, which two threads cannot share.
 * Here the writing side and the reading side touch disjoint state (the writer's buffer,
 * the reader's buffer), and the one who pairs replies with commands is the caller of this
 * class. Any failure closes the connection, as it does for a pooled one.
 */
public final class DuplexConnection {

    private final Connection connection;

    private DuplexConnection(Connection connection) {
        this.connection = connection;
    }

    /**
     * Takes over a connection that is set up and owes no reply.
     * @param connection the connection; it must not be used on its own afterwards
     * @return the full-duplex view
     * @throws IllegalStateException if the connection owes a reply or is closed
     */
    public static DuplexConnection of(Connection connection) {
        if (!connection.isReusable()) {
            throw new IllegalStateException(connection + " cannot be shared: it is closed or owes a reply");
        }
        return new DuplexConnection(connection);
    }

    /**
     * Appends one command to the write buffer; for the writing thread only.
     * @param arguments the command name and its arguments
     * @throws RedisException if the buffer had to be drained and the socket failed
     */
    public void write(byte[][] arguments) {
        try {
            this.connection.writer().write(arguments);
        }
        catch (IOException ex) {
            throw this.connection.failure(ex, "sending a command");
        }
    }

    /**
     * Sends everything written; for the writing thread only.
     * @throws RedisException if the socket failed or the write timed out
     */
    public void flush() {
        try {
            this.connection.writer().flush();
        }
        catch (IOException ex) {
            throw this.connection.failure(ex, "sending a command");
        }
    }

    /**
     * Reads the next reply; for the reading thread only, and only when a reply is owed,
     * since the socket timeout bounds each read.
     * @return the reply; an error reply is returned, not thrown
     * @throws RedisException if the socket failed, the read timed out or the reply broke
     * the protocol
     */
    public RespReply read() {
        try {
            return this.connection.reader().read();
        }
        catch (IOException ex) {
            throw this.connection.failure(ex, "reading a reply");
        }
        catch (RedisProtocolException ex) {
            this.connection.breakOff();
            throw ex;
        }
    }

    /**
     * Closes the connection; any thread may call it, and a thread blocked on it fails at
     * once. Idempotent, never throws.
     */
    public void disconnect() {
        this.connection.disconnect();
    }

    /**
     * Whether the connection has been closed by anyone.
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return this.connection.isClosed();
    }

    @Override
    public String toString() {
        return this.connection.toString();
    }

}
