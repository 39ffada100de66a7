package io.redispool.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * A connected TCP or unix domain socket channel, read and written in blocking mode.
 *
 * <p>
 * Blocking I/O is the cheapest there is: one system call per read, during which the
 * thread sleeps in the kernel. The socket timeout is enforced by {@link IoDeadlines},
 * which closes a transport whose read or write overran it, unless a read's reply has come
 * and only its reader has not run yet. Being a channel, it can also be peeked without
 * blocking, which is how {@link #isAlive()} notices that the server closed an idle
 * connection, and an interrupt or a close from another thread ends a blocked read at
 * once.
 */
final class ChannelTransport implements Transport {

    private static final System.Logger logger = System.getLogger(ChannelTransport.class.getName());

    private static final VarHandle READ_DEADLINE;

    private static final VarHandle WRITE_DEADLINE;

    static {
        try {
            READ_DEADLINE = MethodHandles.lookup().findVarHandle(ChannelTransport.class, "readDeadline", long.class);
            WRITE_DEADLINE = MethodHandles.lookup().findVarHandle(ChannelTransport.class, "writeDeadline", long.class);
        }
        catch (ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    /** No read or write is under way. */
    private static final long NONE = 0;

    private final SocketChannel channel;

    private final long timeoutNanos;

    private final ByteBuffer peek = ByteBuffer.allocate(1);

    private final InputStream input = new ChannelInput();

    private final OutputStream output = new ChannelOutput();

    /** Tells the watchdog whether a reply waits unread; see {@link #replyWaiting()}. */
    private final InputStream bufferedBytes;

    /**
     * When the read under way must end, or {@link #NONE}; set by the reading thread,
     * cleared by it or the watchdog. Reads and writes keep deadlines of their own, so
     * that one thread may read while another writes (a multiplexed connection).
     */
    @SuppressWarnings("unused")
    private volatile long readDeadline;

    /** When the write under way must end, or {@link #NONE}; as {@link #readDeadline}. */
    @SuppressWarnings("unused")
    private volatile long writeDeadline;

    private volatile boolean expired;

    /**
     * Added to the timeout for a blocking command's wait; {@link #FOREVER} lifts the
     * bound.
     */
    private long extensionNanos;

    private static final long FOREVER = -1;

    private ChannelTransport(SocketChannel channel, Duration socketTimeout) {
        this.channel = channel;
        this.timeoutNanos = socketTimeout.toNanos();
        this.bufferedBytes = (socketTimeout.isZero()) ? null : bufferedBytesOf(channel);
    }

    /**
     * The stream of the channel's socket adaptor, used only for its {@code available()};
     * {@code null} for a unix domain channel, which has no adaptor.
     */
    private static InputStream bufferedBytesOf(SocketChannel channel) {
        try {
            return channel.socket().getInputStream();
        }
        catch (UnsupportedOperationException | IOException ex) {
            return null;
        }
    }

    /**
     * Takes over a connected channel.
     * @param channel a connected channel in blocking mode
     * @param socketTimeout how long a read or write may block; zero blocks forever
     * @return the transport
     */
    static ChannelTransport of(SocketChannel channel, Duration socketTimeout) {
        ChannelTransport transport = new ChannelTransport(channel, socketTimeout);
        if (transport.timeoutNanos > 0) {
            IoDeadlines.INSTANCE.watch(transport);
        }
        return transport;
    }

    @Override
    public InputStream input() {
        return this.input;
    }

    @Override
    public OutputStream output() {
        return this.output;
    }

    @Override
    public boolean isAlive() {
        try {
            this.channel.configureBlocking(false);
            try {
                this.peek.clear();
                // Zero bytes: open and quiet. End of stream: closed by the server. Any
                // byte: a reply
                // nobody asked for, so this connection cannot be trusted either.
                return this.channel.read(this.peek) == 0;
            }
            finally {
                this.channel.configureBlocking(true);
            }
        }
        catch (IOException ex) {
            return false;
        }
    }

    @Override
    public void extendTimeout(Duration extra) {
        this.extensionNanos = (extra == null) ? 0 : extra.isZero() ? FOREVER : extra.toNanos();
    }

    @Override
    public boolean isOpen() {
        return this.channel.isOpen();
    }

    @Override
    public void close() {
        IoDeadlines.INSTANCE.unwatch(this);
        try {
            if (this.channel.isOpen()) {
                this.channel.shutdownOutput();
                this.channel.shutdownInput();
            }
        }
        catch (IOException ex) {
            // Already reset or half closed by the peer; closing below is all that is left
            // to do.
        }
        try {
            this.channel.close();
        }
        catch (IOException ex) {
            logger.log(Level.DEBUG, "Ignoring failure to close a socket", ex);
        }
    }

    /**
     * Called by {@link IoDeadlines}: closes the transport if the I/O under way overran.
     */
    void expireIfOverdue(long now) {
        if (overdue(READ_DEADLINE, now) || overdue(WRITE_DEADLINE, now)) {
            this.expired = true;
            close();
        }
    }

    private boolean overdue(VarHandle deadline, long now) {
        long due = (long) deadline.getVolatile(this);
        if (due == NONE || now - due <= 0) {
            return false;
        }
        // A reply that came in time but whose reader has not run yet (a virtual thread
        // waiting for a free carrier) is no timeout: java.net.Socket's SO_TIMEOUT, too,
        // reads what has arrived before it gives up.
        if (deadline == READ_DEADLINE && replyWaiting()) {
            return false;
        }
        return deadline.compareAndSet(this, due, NONE);
    }

    /**
     * Whether bytes wait unread in the socket's receive buffer. Asked of a TCP channel
     * only: the JDK answers it for those without taking the read lock a blocked reader
     * holds; a unix domain channel is treated as having nothing waiting.
     */
    boolean replyWaiting() {
        InputStream adaptor = this.bufferedBytes;
        if (adaptor == null) {
            return false;
        }
        try {
            return adaptor.available() > 0;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private long begin(VarHandle deadline) {
        if (this.timeoutNanos == 0 || this.extensionNanos == FOREVER) {
            return NONE;
        }
        long due = System.nanoTime() + this.timeoutNanos + this.extensionNanos;
        if (due == NONE) {
            due++;
        }
        deadline.setVolatile(this, due);
        return due;
    }

    /**
     * Clears the deadline after a write. The write timed out if the watchdog took the
     * deadline first, or if it completed after the deadline anyway (the watchdog may run
     * late on a starved machine).
     */
    private void endWrite(long due) throws SocketTimeoutException {
        if (due != NONE && (!WRITE_DEADLINE.compareAndSet(this, due, NONE) || System.nanoTime() - due > 0)) {
            throw new SocketTimeoutException("Write timed out");
        }
    }

    /**
     * Clears the deadline after a read that returned. Bytes that arrived are kept even
     * when they came late or the watchdog has just closed the channel: they may be the
     * whole reply to a command that already ran (a popped list element), and throwing
     * them away would lose it. The closed channel still keeps the connection from being
     * reused, and a read that needs more bytes fails as a timeout. A read that returned
     * nothing because the watchdog shut the channel down is a timeout, not the server's
     * end of stream.
     */
    private void endRead(long due, int read) throws SocketTimeoutException {
        if (due != NONE && !READ_DEADLINE.compareAndSet(this, due, NONE) && read < 0) {
            throw new SocketTimeoutException("Read timed out");
        }
    }

    long timeoutNanos() {
        return this.timeoutNanos;
    }

    private IOException timeoutOr(IOException failure, String what) {
        if (this.expired && failure instanceof AsynchronousCloseException) {
            SocketTimeoutException timeout = new SocketTimeoutException(what + " timed out");
            timeout.initCause(failure);
            return timeout;
        }
        return failure;
    }

    private final class ChannelInput extends InputStream {

        /**
         * The reader reads into the same array every time; wrapping it once saves a
         * buffer per read.
         */
        private ByteBuffer wrapped = ByteBuffer.allocate(0);

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xFF);
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer buffer = this.wrapped;
            if (!buffer.hasArray() || buffer.array() != bytes) {
                buffer = ByteBuffer.wrap(bytes);
                this.wrapped = buffer;
            }
            buffer.limit(offset + length).position(offset);
            long due = begin(READ_DEADLINE);
            int read;
            try {
                read = ChannelTransport.this.channel.read(buffer);
            }
            catch (IOException ex) {
                throw timeoutOr(ex, "Read");
            }
            endRead(due, read);
            return read;
        }

    }

    private final class ChannelOutput extends OutputStream {

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
            long due = begin(WRITE_DEADLINE);
            try {
                while (buffer.hasRemaining()) {
                    ChannelTransport.this.channel.write(buffer);
                }
            }
            catch (IOException ex) {
                throw timeoutOr(ex, "Write");
            }
            endWrite(due);
        }

    }

}
