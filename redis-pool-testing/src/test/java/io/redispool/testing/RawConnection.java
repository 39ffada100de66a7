package io.redispool.testing;

import io.redispool.launcher.RedisServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A bare connection that sends inline commands and reads the first line of each reply, so
 * the tests of this module need no Redis client.
 */
final class RawConnection implements Closeable {

    private final Closeable socket;

    private final InputStream in;

    private final OutputStream out;

    private RawConnection(Closeable socket, InputStream in, OutputStream out) {
        this.socket = socket;
        this.in = in;
        this.out = out;
    }

    static RawConnection tcp(RedisServer server) {
        return tcp(server, 2000);
    }

    static RawConnection tcp(RedisServer server, int readTimeoutMillis) {
        return tcp(server.host(), server.port(), readTimeoutMillis);
    }

    static RawConnection tcp(String host, int port, int readTimeoutMillis) {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), 2000);
            socket.setSoTimeout(readTimeoutMillis);
            return new RawConnection(socket, socket.getInputStream(), socket.getOutputStream());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static RawConnection unix(Path path) {
        try {
            SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(path));
            return new RawConnection(channel, Channels.newInputStream(channel), Channels.newOutputStream(channel));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Sends one inline command and returns the first line of the reply.
     */
    String send(String command) throws IOException {
        this.out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
        this.out.flush();
        return readLine();
    }

    /** Reads exactly {@code count} bytes, or fewer if the stream ends first. */
    byte[] readBytes(int count) throws IOException {
        return this.in.readNBytes(count);
    }

    /** Sends bytes as they are, without waiting for a reply. */
    void write(byte[] bytes) throws IOException {
        this.out.write(bytes);
        this.out.flush();
    }

    String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int next = this.in.read();
        while (next != '\r') {
            if (next == -1) {
                throw new IOException("Connection closed after '" + line + "'");
            }
            line.append((char) next);
            next = this.in.read();
        }
        this.in.read();
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        this.socket.close();
    }

}
