package io.redispool.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The listening half of a {@link FaultProxy}: accepts connections on one port of
 * {@code 127.0.0.1} on a daemon thread, and can stop listening so that connections are
 * refused, then listen again on the same port.
 */
final class Acceptor {

    private static final int BACKLOG = 64;

    private static final Duration REBIND_TIMEOUT = Duration.ofSeconds(5);

    private static final long WAKE_UP_MILLIS = 100;

    private static final long REBIND_INTERVAL_MILLIS = 50;

    private final int port;

    private final Consumer<Socket> onAccept;

    private final Thread thread;

    private volatile ServerSocket listener;

    /**
     * The socket the thread is blocked on in accept(), whose close the JDK defers until
     * it returns.
     */
    private volatile ServerSocket accepting;

    private volatile boolean closed;

    /**
     * Listens on a free port and starts accepting.
     * @param onAccept takes each accepted socket, on the accepting thread
     */
    Acceptor(Consumer<Socket> onAccept) {
        this.onAccept = onAccept;
        this.listener = bind(0);
        this.port = this.listener.getLocalPort();
        this.thread = new Thread(this::acceptLoop, "fault-proxy-" + this.port + "-acceptor");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    int port() {
        return this.port;
    }

    boolean isRefusing() {
        return this.listener == null;
    }

    /**
     * Stops listening: the kernel refuses new connections once this returns. A socket
     * closed while another thread accepts on it keeps listening until that thread
     * returns, so this waits, briefly, for the accepting thread to let go.
     */
    synchronized void refuse() {
        ServerSocket current = this.listener;
        this.listener = null;
        closeQuietly(current);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (current != null && this.accepting == current && System.nanoTime() - deadline < 0) {
            try {
                wait(1);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Listens again on the same port if refusing, retrying for a while if the port is
     * held.
     */
    synchronized void listen() {
        if (this.listener == null && !this.closed) {
            this.listener = rebind();
            notifyAll();
        }
    }

    /** Stops listening for good and waits briefly for the accepting thread to end. */
    void close() {
        synchronized (this) {
            this.closed = true;
            closeQuietly(this.listener);
            this.listener = null;
            notifyAll();
        }
        try {
            this.thread.join(1000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!this.closed) {
            ServerSocket current = this.listener;
            if (current == null) {
                pause();
                continue;
            }
            try {
                this.onAccept.accept(accept(current));
            }
            catch (IOException ex) {
                // Closed by refuse() or close(), which the next turn sees; otherwise
                // pause, not spin.
                if (this.listener == current) {
                    pause();
                }
            }
        }
    }

    private Socket accept(ServerSocket current) throws IOException {
        this.accepting = current;
        try {
            return current.accept();
        }
        finally {
            this.accepting = null;
        }
    }

    private synchronized void pause() {
        try {
            if (!this.closed) {
                wait(WAKE_UP_MILLIS);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            this.closed = true;
        }
    }

    private ServerSocket rebind() {
        long deadline = System.nanoTime() + REBIND_TIMEOUT.toNanos();
        while (true) {
            try {
                return bind(this.port);
            }
            catch (UncheckedIOException ex) {
                if (System.nanoTime() - deadline > 0) {
                    throw ex;
                }
                try {
                    Thread.sleep(REBIND_INTERVAL_MILLIS);
                }
                catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw ex;
                }
            }
        }
    }

    private static ServerSocket bind(int port) {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), BACKLOG);
            return socket;
        }
        catch (IOException ex) {
            closeQuietly(socket);
            throw new UncheckedIOException("Could not listen on 127.0.0.1:" + port, ex);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        if (socket != null) {
            try {
                socket.close();
            }
            catch (IOException ex) {
                // Nothing left to release.
            }
        }
    }

}
