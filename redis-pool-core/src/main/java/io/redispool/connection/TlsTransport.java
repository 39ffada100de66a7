package io.redispool.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketException;
import java.time.Duration;
import java.lang.System.Logger.Level;
import javax.net.ssl.SSLSocket;

/**
 * A TLS connection: an {@link SSLSocket} layered over the connected TCP socket.
 *
 * <p>
 * Blocking, with the socket timeout as its read timeout. Unlike {@link ChannelTransport}
 * it cannot peek for a server-side close: the bytes waiting on the socket may be a TLS
 * record (a TLS 1.3 session ticket, say) that only the TLS engine may consume. A
 * connection the server closed while idle is found by the health check or by its first
 * read, which is retried when safe.
 */
final class TlsTransport implements Transport {

    private static final System.Logger logger = System.getLogger(TlsTransport.class.getName());

    private final SSLSocket socket;

    private final InputStream input;

    private final OutputStream output;

    private final int timeoutMillis;

    TlsTransport(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.timeoutMillis = socket.getSoTimeout();
        this.input = socket.getInputStream();
        this.output = socket.getOutputStream();
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
            // Decrypted bytes nobody asked for would be a stale reply.
            return !this.socket.isClosed() && this.input.available() == 0;
        }
        catch (IOException ex) {
            return false;
        }
    }

    @Override
    public void extendTimeout(Duration extra) {
        try {
            if (extra == null) {
                this.socket.setSoTimeout(this.timeoutMillis);
            }
            else if (extra.isZero() || this.timeoutMillis == 0) {
                this.socket.setSoTimeout(0);
            }
            else {
                long millis = Math.min(Integer.MAX_VALUE, this.timeoutMillis + extra.toMillis());
                this.socket.setSoTimeout((int) millis);
            }
        }
        catch (SocketException ex) {
            // A closed socket: the read that follows fails and says so.
        }
    }

    @Override
    public boolean isOpen() {
        return !this.socket.isClosed();
    }

    @Override
    public void close() {
        try {
            this.socket.close();
        }
        catch (IOException ex) {
            logger.log(Level.DEBUG, "Ignoring failure to close a TLS socket", ex);
        }
    }

}
