package io.redispool.spring.autoconfigure.devserver;

import io.redispool.command.Command;
import io.redispool.commands.Commands;
import io.redispool.connection.Endpoint;
import io.redispool.protocol.RespWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends PING to an endpoint, within one deadline for every address it resolves to, to
 * learn whether a Redis answers there.
 *
 * <p>
 * Why not the client itself: creating a client creates a pool, and the question is asked
 * before the client exists. Any reply that a Redis would give counts, {@code -NOAUTH}
 * included: a server that wants a password is still the server the application was
 * configured for.
 */
final class PingProbe {

    private static final byte[] PING = encoded(Commands.utf8().server().ping());

    private PingProbe() {
    }

    /**
     * Pings the endpoint.
     * @param endpoint where to look
     * @param timeout how long all attempts may take together
     * @return {@code null} if a Redis answered, otherwise why not, such as "Connection
     * refused"
     */
    static String failure(Endpoint endpoint, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<SocketAddress> addresses;
        try {
            addresses = addresses(endpoint);
        }
        catch (IOException ex) {
            return "could not resolve it: " + ex.getMessage();
        }
        String failure = "it has no address";
        for (SocketAddress address : addresses) {
            try {
                failure = ping(address, deadline, timeout);
                if (failure == null) {
                    return null;
                }
            }
            catch (IOException ex) {
                failure = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
            }
        }
        return failure;
    }

    private static List<SocketAddress> addresses(Endpoint endpoint) throws IOException {
        if (endpoint instanceof Endpoint.UnixSocket socket) {
            return List.of(UnixDomainSocketAddress.of(socket.path()));
        }
        Endpoint.Tcp tcp = (Endpoint.Tcp) endpoint;
        List<SocketAddress> addresses = new ArrayList<>();
        for (InetAddress address : InetAddress.getAllByName(tcp.host())) {
            addresses.add(new InetSocketAddress(address, tcp.port()));
        }
        return addresses;
    }

    private static String ping(SocketAddress address, long deadline, Duration timeout) throws IOException {
        try (SocketChannel channel = SocketChannel.open(family(address)); Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, SelectionKey.OP_CONNECT);
            if (!channel.connect(address)) {
                if (!await(selector, deadline)) {
                    return "no connection within " + timeout.toMillis() + "ms";
                }
                channel.finishConnect();
            }
            ByteBuffer ping = ByteBuffer.wrap(PING);
            while (ping.hasRemaining()) {
                channel.write(ping);
            }
            key.interestOps(SelectionKey.OP_READ);
            ByteBuffer reply = ByteBuffer.allocate(1);
            while (reply.position() == 0) {
                if (!await(selector, deadline)) {
                    return "no reply to PING within " + timeout.toMillis() + "ms";
                }
                if (channel.read(reply) < 0) {
                    return "the connection was closed without a reply to PING";
                }
            }
            byte first = reply.get(0);
            return (first == '+' || first == '-') ? null : "the reply to PING was not Redis's";
        }
    }

    /** The command as RESP bytes, written by the client's own writer. */
    private static byte[] encoded(Command<?> command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            RespWriter writer = new RespWriter(bytes);
            writer.write(command.arguments());
            writer.flush();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    private static ProtocolFamily family(SocketAddress address) {
        if (address instanceof UnixDomainSocketAddress) {
            return StandardProtocolFamily.UNIX;
        }
        boolean inet6 = ((InetSocketAddress) address).getAddress() instanceof Inet6Address;
        return inet6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    /**
     * Waits for the one registered key to be ready; {@code false} once the deadline has
     * passed.
     */
    private static boolean await(Selector selector, long deadline) throws IOException {
        for (long left = millisLeft(deadline); left >= 1; left = millisLeft(deadline)) {
            if (selector.select(left) > 0) {
                selector.selectedKeys().clear();
                return true;
            }
        }
        return false;
    }

    private static long millisLeft(long deadline) {
        return (deadline - System.nanoTime()) / 1_000_000;
    }

}
