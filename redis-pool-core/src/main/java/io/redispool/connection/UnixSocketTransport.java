package io.redispool.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * A unix domain socket connection.
 *
 * <p>The JDK offers unix sockets only as a {@link SocketChannel}, and a blocking channel has no
 * read timeout, so the channel is non-blocking and each read or write that cannot proceed at
 * once waits on a {@link Selector} bounded by the socket timeout.
 */
final class UnixSocketTransport implements Transport {

    private static final System.Logger logger = System.getLogger(UnixSocketTransport.class.getName());

    private final SocketChannel channel;

    private final Selector selector;

    private final long timeoutMillis;

    private final InputStream input = new ChannelInput();

    private final OutputStream output = new ChannelOutput();

    private UnixSocketTransport(SocketChannel channel, Selector selector, Duration socketTimeout) {
        this.channel = channel;
        this.selector = selector;
        this.timeoutMillis = socketTimeout.toMillis();
    }

    static UnixSocketTransport connect(Endpoint.UnixSocket endpoint, ConnectionConfig config) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(endpoint.path()));
            channel.configureBlocking(false);
            Selector selector = Selector.open();
            return new UnixSocketTransport(channel, selector, config.socketTimeout());
        }
        catch (IOException | RuntimeException ex) {
            channel.close();
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
    public void close() {
        try {
            if (this.channel.isOpen()) {
                this.channel.shutdownOutput();
                this.channel.shutdownInput();
            }
        }
        catch (IOException ex) {
            // Already closed by the peer; closing below is all that is left to do.
        }
        try {
            this.channel.close();
            this.selector.close();
        }
        catch (IOException ex) {
            logger.log(Level.DEBUG, "Ignoring failure to close a unix socket", ex);
        }
    }

    private void await(int operation, String what) throws IOException {
        SelectionKey key = this.channel.register(this.selector, operation);
        try {
            long deadline = System.nanoTime() + this.timeoutMillis * 1_000_000L;
            while (this.selector.select(remainingMillis(deadline)) == 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException(what + " interrupted");
                }
                if (this.timeoutMillis > 0 && System.nanoTime() - deadline >= 0) {
                    throw new SocketTimeoutException(what + " timed out");
                }
            }
            this.selector.selectedKeys().clear();
        }
        finally {
            key.interestOps(0);
        }
    }

    private long remainingMillis(long deadline) {
        if (this.timeoutMillis == 0) {
            return 0;
        }
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
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
            int read = UnixSocketTransport.this.channel.read(buffer);
            while (read == 0) {
                await(SelectionKey.OP_READ, "Read");
                read = UnixSocketTransport.this.channel.read(buffer);
            }
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
            while (buffer.hasRemaining()) {
                if (UnixSocketTransport.this.channel.write(buffer) == 0) {
                    await(SelectionKey.OP_WRITE, "Write");
                }
            }
        }
    }
}
