package io.redispool.connection;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * The byte pipe under a connection: a TCP socket, a unix domain socket, and later TLS.
 *
 * <p>
 * Reads honour the socket timeout with a {@link java.net.SocketTimeoutException}. This is
 * the seam where TLS fits: a TLS transport wraps the connected TCP socket and nothing
 * above it changes.
 */
public interface Transport {

    /**
     * The stream replies are read from; unbuffered, {@code RespReader} buffers.
     * @return the input stream
     */
    InputStream input();

    /**
     * The stream commands are written to; unbuffered, {@code RespWriter} buffers.
     * @return the output stream
     */
    OutputStream output();

    /**
     * Checks, without blocking, that the peer has neither closed the transport nor sent
     * bytes nobody asked for; either makes it unfit for another command.
     * @return {@code true} if nothing is waiting to be read and the peer has not closed
     */
    boolean isAlive();

    /**
     * Lengthens the timeout of the reads and writes that follow, for a blocking command
     * whose wait the server may use in full before replying.
     * @param extra added to the socket timeout; {@link Duration#ZERO} lifts the bound
     * altogether (the command may wait for ever); {@code null} restores the socket
     * timeout
     */
    void extendTimeout(Duration extra);

    /**
     * Whether the transport is still open; a watchdog may have closed it after a timeout.
     * @return {@code false} once closed by anyone
     */
    boolean isOpen();

    /**
     * Shuts the transport down in both directions, then closes it. Idempotent, never
     * throws, and wakes a thread blocked reading it.
     */
    void close();

}
