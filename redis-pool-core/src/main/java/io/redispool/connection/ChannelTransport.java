package io.redispool.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * A connected TCP or unix domain socket, non-blocking underneath and blocking to its caller.
 *
 * <p>Why non-blocking: a read first tries the socket directly (a reply usually arrives before
 * the client asks for it) and only waits on a {@link Selector}, bounded by the socket timeout,
 * when nothing is there yet; that costs no more system calls than a {@code java.net.Socket}
 * with a timeout. In exchange, {@link #isAlive()} can peek without blocking, which is how the
 * pool notices at checkout that the server closed an idle connection, and an interrupt or a
 * close from another thread ends a wait at once.
 */
final class ChannelTransport implements Transport {

    private static final System.Logger logger = System.getLogger(ChannelTransport.class.getName());

    private final SocketChannel channel;

    private final Selector selector;

    private final SelectionKey key;

    private final long timeoutNanos;

    private final ByteBuffer peek = ByteBuffer.allocate(1);

    private final InputStream input = new ChannelInput();

    private final OutputStream output = new ChannelOutput();

    private ChannelTransport(SocketChannel channel, Selector selector, Duration socketTimeout) throws IOException {
        this.channel = channel;
        this.selector = selector;
        this.key = channel.register(selector, SelectionKey.OP_READ);
        this.timeoutNanos = socketTimeout.toNanos();
    }

    /**
     * Takes over a connected channel.
     * @param channel a connected channel, in blocking mode
     * @param socketTimeout how long a read or write may wait; zero waits forever
     * @return the transport
     * @throws IOException if the channel cannot be made non-blocking; it is then closed
     */
    static ChannelTransport of(SocketChannel channel, Duration socketTimeout) throws IOException {
        Selector selector = null;
        try {
            channel.configureBlocking(false);
            selector = Selector.open();
            return new ChannelTransport(channel, selector, socketTimeout);
        }
        catch (IOException | RuntimeException ex) {
            channel.close();
            if (selector != null) {
                selector.close();
            }
            throw ex;
        }
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
            this.peek.clear();
            // Zero bytes: open and quiet. End of stream: closed by the server. Any byte: a reply
            // nobody asked for, so this connection cannot be trusted either.
            return this.channel.read(this.peek) == 0;
        }
        catch (IOException ex) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            if (this.channel.isOpen()) {
                this.channel.shutdownOutput();
                this.channel.shutdownInput();
            }
        }
        catch (IOException ex) {
            // Already reset or half closed by the peer; closing below is all that is left to do.
        }
        try {
            this.channel.close();
            this.selector.close();
        }
        catch (IOException ex) {
            logger.log(Level.DEBUG, "Ignoring failure to close a socket", ex);
        }
    }

    private void await(int operation, long deadline) throws IOException {
        if (operation != SelectionKey.OP_READ) {
            this.key.interestOps(operation);
        }
        try {
            while (true) {
                int ready = (this.timeoutNanos == 0) ? this.selector.select()
                        : this.selector.select(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                this.selector.selectedKeys().clear();
                if (ready > 0) {
                    return;
                }
                if (!this.channel.isOpen()) {
                    throw new AsynchronousCloseException();
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("Interrupted while waiting for the server");
                }
                if (this.timeoutNanos != 0 && System.nanoTime() - deadline >= 0) {
                    throw new SocketTimeoutException("Timed out waiting for the server");
                }
            }
        }
        catch (ClosedSelectorException ex) {
            // Another thread closed this transport while this one waited.
            throw new AsynchronousCloseException();
        }
        finally {
            if (operation != SelectionKey.OP_READ && this.key.isValid()) {
                this.key.interestOps(SelectionKey.OP_READ);
            }
        }
    }

    private long deadline() {
        return System.nanoTime() + this.timeoutNanos;
    }

    private final class ChannelInput extends InputStream {

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xFF);
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
            int read = ChannelTransport.this.channel.read(buffer);
            if (read != 0) {
                return read;
            }
            long deadline = deadline();
            do {
                await(SelectionKey.OP_READ, deadline);
                read = ChannelTransport.this.channel.read(buffer);
            }
            while (read == 0);
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
            long deadline = 0;
            while (true) {
                ChannelTransport.this.channel.write(buffer);
                if (!buffer.hasRemaining()) {
                    return;
                }
                if (deadline == 0) {
                    deadline = deadline();
                }
                await(SelectionKey.OP_WRITE, deadline);
            }
        }
    }
}
