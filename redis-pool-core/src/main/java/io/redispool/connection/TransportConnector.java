package io.redispool.connection;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import jdk.net.ExtendedSocketOptions;

/**
 * Opens the socket under a connection, by TCP or unix domain socket.
 *
 * <p>
 * TCP follows redis-py's {@code _connect}: every address the host resolves to is tried in
 * turn, each with the connect timeout, and only the connected socket gets the read
 * timeout. TCP_NODELAY matters because a command is one small write that must not wait
 * for Nagle's algorithm. TLS, when it comes, wraps the connected socket here and nothing
 * above changes.
 */
final class TransportConnector {

    private static final System.Logger logger = System.getLogger(TransportConnector.class.getName());

    private TransportConnector() {
    }

    /**
     * Connects to the endpoint.
     * @param config the endpoint, timeouts and socket options
     * @return the connected transport
     * @throws IOException the failure; for TCP the last address's, the earlier ones
     * suppressed
     */
    static Transport connect(ConnectionConfig config) throws IOException {
        Endpoint endpoint = config.endpoint();
        if (endpoint instanceof Endpoint.UnixSocket unix) {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(unix.path()));
            }
            catch (IOException | RuntimeException ex) {
                channel.close();
                throw ex;
            }
            return ChannelTransport.of(channel, config.socketTimeout());
        }
        Endpoint.Tcp tcp = (Endpoint.Tcp) endpoint;
        SocketChannel channel = connectTcp(tcp, config);
        try {
            return (config.tls() != null) ? startTls(channel, tcp, config)
                    : ChannelTransport.of(channel, config.socketTimeout());
        }
        catch (IOException | RuntimeException ex) {
            channel.close();
            throw ex;
        }
    }

    private static SocketChannel connectTcp(Endpoint.Tcp endpoint, ConnectionConfig config) throws IOException {
        IOException failure = null;
        for (InetAddress address : InetAddress.getAllByName(endpoint.host())) {
            SocketChannel channel = SocketChannel.open();
            try {
                configure(channel, config);
                channel.socket()
                    .connect(new InetSocketAddress(address, endpoint.port()), millis(config.connectTimeout()));
                return channel;
            }
            catch (IOException ex) {
                channel.close();
                if (failure != null) {
                    ex.addSuppressed(failure);
                }
                failure = ex;
            }
        }
        throw failure;
    }

    /**
     * Layers TLS over the connected socket and completes the handshake within the connect
     * timeout; with hostname verification on, the certificate must name the host.
     */
    private static Transport startTls(SocketChannel channel, Endpoint.Tcp endpoint, ConnectionConfig config)
            throws IOException {
        TlsOptions tls = config.tls();
        SSLSocket socket = (SSLSocket) tls.context()
            .getSocketFactory()
            .createSocket(channel.socket(), endpoint.host(), endpoint.port(), true);
        if (tls.verifyHostname()) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
        }
        socket.setSoTimeout(millis(config.connectTimeout()));
        socket.startHandshake();
        socket.setSoTimeout(millis(config.socketTimeout()));
        return new TlsTransport(socket);
    }

    private static int millis(Duration timeout) {
        return (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }

    private static void configure(SocketChannel channel, ConnectionConfig config) throws IOException {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, config.tcpNoDelay());
        KeepAlive keepAlive = config.keepAlive();
        channel.setOption(StandardSocketOptions.SO_KEEPALIVE, keepAlive.enabled());
        if (keepAlive.idle() != null) {
            setIfSupported(channel, ExtendedSocketOptions.TCP_KEEPIDLE, (int) keepAlive.idle().toSeconds());
        }
        if (keepAlive.interval() != null) {
            setIfSupported(channel, ExtendedSocketOptions.TCP_KEEPINTERVAL, (int) keepAlive.interval().toSeconds());
        }
        if (keepAlive.count() != null) {
            setIfSupported(channel, ExtendedSocketOptions.TCP_KEEPCOUNT, keepAlive.count());
        }
    }

    private static void setIfSupported(SocketChannel channel, SocketOption<Integer> option, int value)
            throws IOException {
        if (channel.supportedOptions().contains(option)) {
            channel.setOption(option, value);
        }
        else {
            logger.log(Level.WARNING, "{0} is not supported on this platform; keepalive uses the system default",
                    option.name());
        }
    }

}
