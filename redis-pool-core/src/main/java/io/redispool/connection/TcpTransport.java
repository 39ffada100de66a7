package io.redispool.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketOption;
import java.time.Duration;
import jdk.net.ExtendedSocketOptions;

/**
 * A TCP connection to one of the addresses a host name resolves to.
 *
 * <p>Follows redis-py's {@code _connect}: every resolved address is tried in turn, each with the
 * connect timeout, and only then is the socket (read) timeout set. TCP_NODELAY matters because a
 * command is one small write that must not wait for Nagle's algorithm.
 */
final class TcpTransport implements Transport {

    private static final System.Logger logger = System.getLogger(TcpTransport.class.getName());

    private final Socket socket;

    private final InputStream input;

    private final OutputStream output;

    private TcpTransport(Socket socket) throws IOException {
        this.socket = socket;
        this.input = socket.getInputStream();
        this.output = socket.getOutputStream();
    }

    /**
     * Connects to the first address of the endpoint's host that accepts.
     * @param endpoint the host and port
     * @param config timeouts and socket options
     * @return the connected transport
     * @throws IOException the last address's failure, with the earlier ones suppressed
     */
    static TcpTransport connect(Endpoint.Tcp endpoint, ConnectionConfig config) throws IOException {
        IOException failure = null;
        for (InetAddress address : InetAddress.getAllByName(endpoint.host())) {
            Socket socket = new Socket();
            try {
                configure(socket, config);
                socket.connect(new InetSocketAddress(address, endpoint.port()), millis(config.connectTimeout()));
                socket.setSoTimeout(millis(config.socketTimeout()));
                return new TcpTransport(socket);
            }
            catch (IOException ex) {
                closeQuietly(socket);
                if (failure != null) {
                    ex.addSuppressed(failure);
                }
                failure = ex;
            }
        }
        throw failure;
    }

    private static void configure(Socket socket, ConnectionConfig config) throws IOException {
        socket.setTcpNoDelay(config.tcpNoDelay());
        KeepAlive keepAlive = config.keepAlive();
        socket.setKeepAlive(keepAlive.enabled());
        if (keepAlive.idle() != null) {
            setIfSupported(socket, ExtendedSocketOptions.TCP_KEEPIDLE, (int) keepAlive.idle().toSeconds());
        }
        if (keepAlive.interval() != null) {
            setIfSupported(socket, ExtendedSocketOptions.TCP_KEEPINTERVAL, (int) keepAlive.interval().toSeconds());
        }
        if (keepAlive.count() != null) {
            setIfSupported(socket, ExtendedSocketOptions.TCP_KEEPCOUNT, keepAlive.count());
        }
    }

    private static void setIfSupported(Socket socket, SocketOption<Integer> option, int value) throws IOException {
        if (socket.supportedOptions().contains(option)) {
            socket.setOption(option, value);
        }
        else {
            logger.log(Level.WARNING, "{0} is not supported on this platform; keepalive uses the system default",
                    option.name());
        }
    }

    private static int millis(Duration timeout) {
        return (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
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
        if (this.socket.isClosed()) {
            return;
        }
        try {
            this.socket.shutdownOutput();
            this.socket.shutdownInput();
        }
        catch (IOException ex) {
            // Already reset or half closed by the peer; closing below is all that is left to do.
        }
        closeQuietly(this.socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        }
        catch (IOException ex) {
            logger.log(Level.DEBUG, "Ignoring failure to close a socket", ex);
        }
    }
}
