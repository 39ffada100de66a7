package io.redispool.pool;

import io.redispool.connection.Transport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An in-memory transport whose replies the test scripts, for pool logic that needs no
 * server.
 */
final class StubTransport implements Transport {

    private final LinkedBlockingQueue<byte[]> replies = new LinkedBlockingQueue<>();

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    private volatile boolean closed;

    private volatile boolean peerClosed;

    private final InputStream input = new InputStream() {

        private byte[] current = new byte[0];

        private int position;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return (read(one, 0, 1) < 0) ? -1 : one[0];
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (this.position == this.current.length) {
                if (StubTransport.this.closed || StubTransport.this.replies.isEmpty()) {
                    return -1;
                }
                this.current = StubTransport.this.replies.poll();
                this.position = 0;
            }
            int count = Math.min(length, this.current.length - this.position);
            System.arraycopy(this.current, this.position, bytes, offset, count);
            this.position += count;
            return count;
        }
    };

    private final OutputStream output = new OutputStream() {

        @Override
        public void write(int b) throws IOException {
            if (StubTransport.this.closed) {
                throw new IOException("closed");
            }
            StubTransport.this.written.write(b);
        }
    };

    /** Queues raw reply bytes, such as "+PONG\r\n". */
    StubTransport reply(String resp) {
        this.replies.add(resp.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    String written() {
        return this.written.toString(StandardCharsets.UTF_8);
    }

    boolean isClosed() {
        return this.closed;
    }

    /** Makes the transport look closed by the server, as after a restart. */
    void closeFromPeer() {
        this.peerClosed = true;
    }

    @Override
    public boolean isAlive() {
        return !this.closed && !this.peerClosed;
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
    public void extendTimeout(Duration extra) {
        // Stub replies never wait.
    }

    @Override
    public boolean isOpen() {
        return !this.closed;
    }

    @Override
    public void close() {
        this.closed = true;
    }

}
