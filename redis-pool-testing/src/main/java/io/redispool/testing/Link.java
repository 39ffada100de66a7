package io.redispool.testing;

import io.redispool.testing.FaultProxy.Direction;
import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client connection through a {@link FaultProxy} and the connection it opened to the
 * server, with a {@link Pump} for each direction.
 *
 * <p>
 * An end of stream on one side is passed on as a half close to the other, as TCP would,
 * and the link closes once both directions have ended; a failure on either side resets
 * both.
 */
final class Link {

    private final FaultProxy proxy;

    private final Socket client;

    private final Socket server;

    private final long index;

    private final AtomicBoolean closed = new AtomicBoolean();

    private final AtomicInteger openDirections = new AtomicInteger(2);

    Link(FaultProxy proxy, Socket client, Socket server, long index) {
        this.proxy = proxy;
        this.client = client;
        this.server = server;
        this.index = index;
    }

    /** Starts forwarding, on one daemon thread per direction. */
    void start(String name) {
        start(new Pump(this, Direction.TO_SERVER, this.client, this.server), name + "-to-server");
        start(new Pump(this, Direction.TO_CLIENT, this.server, this.client), name + "-to-client");
    }

    private static void start(Pump pump, String name) {
        Thread thread = new Thread(pump, name);
        thread.setDaemon(true);
        thread.start();
    }

    FaultProxy proxy() {
        return this.proxy;
    }

    /** The link's number within its proxy, counting from 1, which seeds its slices. */
    long index() {
        return this.index;
    }

    boolean isClosed() {
        return this.closed.get();
    }

    /**
     * Passes an end of stream on to the destination; closes the link once both ways
     * ended.
     */
    void endOfStream(Socket destination) {
        try {
            destination.shutdownOutput();
        }
        catch (IOException ex) {
            close();
            return;
        }
        if (this.openDirections.decrementAndGet() == 0) {
            close();
        }
    }

    /** Closes both sockets in the orderly way: the client reads an end of stream. */
    void close() {
        if (this.closed.compareAndSet(false, true)) {
            closeQuietly(this.client);
            closeQuietly(this.server);
            this.proxy.closed(this);
        }
    }

    /** Closes both sockets at once, the client's with an RST (SO_LINGER 0). */
    void abort() {
        if (this.closed.compareAndSet(false, true)) {
            abort(this.client);
            closeQuietly(this.server);
            this.proxy.closed(this);
        }
    }

    /** Closes a socket with an RST, discarding whatever it still had to send. */
    static void abort(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        }
        catch (IOException ex) {
            // Already closed: there is nothing left to reset.
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        }
        catch (IOException ex) {
            // Closing is all that was left to do.
        }
    }

}
