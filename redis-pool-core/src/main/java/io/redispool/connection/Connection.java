package io.redispool.connection;

import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.RedisProtocolException;
import io.redispool.RedisServerException;
import io.redispool.RedisTimeoutException;
import io.redispool.command.Command;
import io.redispool.protocol.BulkSink;
import io.redispool.protocol.RespLimits;
import io.redispool.protocol.RespReader;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One connection to a Redis server: commands out, replies in, in order.
 *
 * <p>
 * It counts the replies it still owes, so the pool can tell whether it is safe to hand to
 * the next borrower: a connection with an unread reply would give that reply to the wrong
 * caller (redis-py's CVE-2023-28858). Any I/O failure, timeout or protocol violation
 * marks it broken and closes it at once; a broken connection is never reused.
 *
 * <p>
 * On RESP3 the server may send push frames (invalidations, pub/sub messages) ahead of a
 * reply; they are handed to the {@link #onPush(Consumer) push handler} and never taken
 * for the reply a caller is owed.
 *
 * <p>
 * Used by one thread at a time, except {@link #disconnect()}, which any thread may call.
 */
public final class Connection {

    private static final System.Logger logger = System.getLogger(Connection.class.getName());

    private static final AtomicLong ids = new AtomicLong();

    /** Pushes nobody asked for, on a connection that expects none: logged and dropped. */
    private static final Consumer<RespReply.PushReply> DROP = (push) -> logger.log(Level.DEBUG,
            "Dropped a push frame of kind ''{0}'' that no handler was set for", push.kind());

    private final long id = ids.incrementAndGet();

    private final Endpoint endpoint;

    private final Duration socketTimeout;

    private final Transport transport;

    private final RespReader reader;

    private final RespWriter writer;

    private final AtomicBoolean closed = new AtomicBoolean();

    private volatile boolean broken;

    private volatile Consumer<RespReply.PushReply> pushHandler = DROP;

    private int pendingReplies;

    /**
     * Set for a command that may have closed this connection on the server (CLIENT KILL).
     */
    private boolean retireAfterUse;

    /**
     * Wraps a connected transport.
     * @param transport the connected byte pipe
     * @param endpoint where it leads, for messages
     * @param socketTimeout the read timeout it was configured with, for messages
     * @param limits bounds on what a reply may claim
     */
    public Connection(Transport transport, Endpoint endpoint, Duration socketTimeout, RespLimits limits) {
        this.transport = transport;
        this.endpoint = endpoint;
        this.socketTimeout = socketTimeout;
        this.reader = new RespReader(transport.input(), limits);
        this.writer = new RespWriter(transport.output());
    }

    /**
     * Sends one command and flushes it; its reply is then owed until {@link #read()}.
     * @param arguments the command name and its arguments
     */
    public void send(byte[][] arguments) {
        write(arguments);
        flush();
    }

    /**
     * Queues one command without flushing, for pipelines; its reply is owed from now on.
     * @param arguments the command name and its arguments
     */
    public void write(byte[][] arguments) {
        ensureUsable();
        this.pendingReplies++;
        try {
            this.writer.write(arguments);
        }
        catch (IOException ex) {
            throw failure(ex, "sending a command");
        }
    }

    /** Sends everything queued by {@link #write(byte[][])}. */
    public void flush() {
        try {
            this.writer.flush();
        }
        catch (IOException ex) {
            throw failure(ex, "sending a command");
        }
    }

    /**
     * Reads the next owed reply.
     * @return the reply; an error reply is returned, not thrown
     */
    public RespReply read() {
        return readOwed(null);
    }

    /**
     * Reads the next owed reply of a blocking command, whose wait lengthens the socket
     * timeout for this read alone.
     * @param blockingWait the wait the command asked the server for;
     * {@link Duration#ZERO} waits for ever, {@code null} keeps the socket timeout
     * @return the reply; an error reply is returned, not thrown
     */
    public RespReply read(Duration blockingWait) {
        return read(blockingWait, null);
    }

    /**
     * Reads the next owed reply, handing a bulk string to {@code sink} where it lies in
     * the read buffer rather than building a reply object, see
     * {@link RespReader#read(BulkSink)}.
     * @param blockingWait as for {@link #read(Duration)}
     * @param sink takes a bulk string reply, or {@code null} to have every reply returned
     * @return the reply, or {@code null} when it was a bulk string handed to the sink
     */
    public RespReply read(Duration blockingWait, BulkSink sink) {
        if (blockingWait == null) {
            return readOwed(sink);
        }
        this.transport.extendTimeout(blockingWait);
        try {
            return readOwed(sink);
        }
        finally {
            this.transport.extendTimeout(null);
        }
    }

    private RespReply readOwed(BulkSink sink) {
        if (this.pendingReplies == 0) {
            throw new IllegalStateException("No reply is pending on " + this);
        }
        ensureUsable();
        try {
            RespReply reply = readFrame(sink);
            while (reply instanceof RespReply.PushReply push) {
                deliver(push);
                reply = readFrame(sink);
            }
            this.pendingReplies--;
            return reply;
        }
        catch (IOException ex) {
            throw failure(ex, "reading a reply");
        }
        catch (RedisProtocolException ex) {
            markBroken();
            throw ex;
        }
    }

    private RespReply readFrame(BulkSink sink) throws IOException {
        return (sink != null) ? this.reader.read(sink) : this.reader.read();
    }

    /**
     * Reads the next frame whether or not a reply is owed, for a subscribed connection,
     * whose messages come unasked: from the first call on, this connection's reads wait
     * without the socket timeout, since a quiet subscription is no failure; its owner
     * checks that the peer is alive (a heartbeat) and calls {@link #disconnect()} if not.
     * Unlike the other methods, it may run while one other thread writes: reading and
     * writing use separate buffers, this read leaves the count of owed replies alone, and
     * without a read deadline the two never contend for the transport's one.
     * @return the frame; an error reply is returned, not thrown
     */
    public RespReply readUnsolicited() {
        ensureUsable();
        this.transport.extendTimeout(Duration.ZERO);
        try {
            return this.reader.read();
        }
        catch (IOException ex) {
            throw failure(ex, "reading a pushed message");
        }
        catch (RedisProtocolException ex) {
            markBroken();
            throw ex;
        }
    }

    /**
     * Runs one command on this connection: sends it, reads its reply, decodes it. For the
     * lower layers (handshake, probes, health checks); pooled commands go through the
     * executor.
     * @param command the command
     * @param <T> the decoded type
     * @return the decoded reply
     * @throws io.redispool.RedisServerException if the server replied with an error
     */
    public <T> T execute(Command<T> command) {
        send(command.arguments());
        RespReply reply = read(command.blockingWait());
        if (reply instanceof RespReply.ErrorReply error) {
            throw RedisServerException.of(error.message());
        }
        return command.decoder().decode(reply);
    }

    /**
     * Sets what receives the push frames that arrive on this connection (RESP3 only);
     * without one they are logged at DEBUG and dropped. The handler runs on the thread
     * reading the connection, so it must be quick and must not use this connection.
     * @param handler receives each push frame
     */
    public void onPush(Consumer<RespReply.PushReply> handler) {
        this.pushHandler = (handler != null) ? handler : DROP;
    }

    private void deliver(RespReply.PushReply push) {
        try {
            this.pushHandler.accept(push);
        }
        catch (RuntimeException ex) {
            // The frame was read whole, so the stream is intact: the reply still comes.
            logger.log(Level.WARNING, "The push handler of " + this + " failed on a push of kind '" + push.kind() + "'",
                    ex);
        }
    }

    /**
     * Marks this connection as not to be reused once its current command is done, for
     * commands that may have changed it in ways the client cannot see.
     */
    public void retireAfterUse() {
        this.retireAfterUse = true;
    }

    /**
     * Whether this connection can serve another command: open, healthy and owing no
     * reply.
     * @return {@code true} if it may go back to the pool
     */
    public boolean isReusable() {
        return !this.broken && this.pendingReplies == 0 && !this.retireAfterUse && !this.closed.get()
                && this.transport.isOpen();
    }

    /**
     * Checks cheaply, without sending anything, that the server has not closed this idle
     * connection (a restart, its {@code timeout} setting, CLIENT KILL). Marks it broken
     * if so.
     * @return {@code true} if it still looks usable
     */
    public boolean isAlive() {
        if (!isReusable()) {
            return false;
        }
        if (!this.transport.isAlive()) {
            markBroken();
            return false;
        }
        return true;
    }

    /**
     * Whether {@link #disconnect()} has run.
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return this.closed.get();
    }

    /**
     * Shuts the connection down, then closes it. Idempotent; never throws; callable from
     * any thread, which makes a thread blocked on this connection fail at once.
     */
    public void disconnect() {
        if (this.closed.compareAndSet(false, true)) {
            this.transport.close();
        }
    }

    /**
     * A number unique to this connection within the JVM, for logs.
     * @return the connection's id
     */
    public long id() {
        return this.id;
    }

    private void ensureUsable() {
        if (this.broken || this.closed.get()) {
            throw new RedisConnectionException(this + " is closed", null, false);
        }
    }

    private void markBroken() {
        this.broken = true;
        disconnect();
    }

    RespReader reader() {
        return this.reader;
    }

    RespWriter writer() {
        return this.writer;
    }

    /**
     * Marks this connection broken after a protocol violation, for
     * {@link DuplexConnection}.
     */
    void breakOff() {
        markBroken();
    }

    RedisException failure(IOException ex, String action) {
        boolean closedByPool = this.closed.get();
        markBroken();
        if (ex instanceof SocketTimeoutException) {
            return new RedisTimeoutException("Timed out after " + this.socketTimeout.toMillis() + "ms (socket-timeout) "
                    + action + " on " + this, ex);
        }
        if (ex instanceof InterruptedIOException || ex instanceof ClosedByInterruptException) {
            return new RedisConnectionException("Interrupted while " + action + " on " + this, ex);
        }
        if (closedByPool) {
            return new RedisConnectionException(this + " was closed by the pool while " + action, ex);
        }
        return new RedisConnectionException("Failed " + action + " on " + this + ": " + ex.getMessage(), ex);
    }

    @Override
    public String toString() {
        return "connection #" + this.id + " to " + this.endpoint;
    }

}
