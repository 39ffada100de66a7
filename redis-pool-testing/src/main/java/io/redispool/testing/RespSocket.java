package io.redispool.testing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A bare RESP2 connection that sends a command and reads its whole reply as plain Java
 * values, so this module can talk to servers and sentinels without a Redis client.
 *
 * <p>
 * Replies become {@code String} (simple and bulk strings), {@code Long}, {@code List}, or
 * {@code null}; an error reply is thrown as {@link ErrorReplyException}.
 */
final class RespSocket implements Closeable {

    private final Socket socket;

    private final InputStream in;

    private final OutputStream out;

    private RespSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    /**
     * Connects to a server.
     * @param host its address
     * @param port its port
     * @param timeout the limit for connecting and for each read
     * @return the connection
     * @throws IOException if it cannot connect
     */
    static RespSocket connect(String host, int port, Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            return new RespSocket(socket);
        }
        catch (IOException ex) {
            socket.close();
            throw ex;
        }
    }

    /**
     * Sends one command and reads its reply.
     * @param arguments the command and its arguments
     * @return the reply as plain values
     * @throws IOException if the connection fails
     * @throws ErrorReplyException if the server answers with an error
     */
    Object call(String... arguments) throws IOException {
        StringBuilder command = new StringBuilder().append('*').append(arguments.length).append("\r\n");
        for (String argument : arguments) {
            byte[] bytes = argument.getBytes(StandardCharsets.UTF_8);
            command.append('$').append(bytes.length).append("\r\n").append(argument).append("\r\n");
        }
        this.out.write(command.toString().getBytes(StandardCharsets.UTF_8));
        this.out.flush();
        return read();
    }

    private Object read() throws IOException {
        int type = this.in.read();
        String line = readLine();
        switch (type) {
            case '+':
                return line;
            case '-':
                throw new ErrorReplyException(line);
            case ':':
                return Long.parseLong(line);
            case '$':
                int length = Integer.parseInt(line);
                if (length < 0) {
                    return null;
                }
                byte[] bytes = this.in.readNBytes(length + 2);
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            case '*':
                int count = Integer.parseInt(line);
                if (count < 0) {
                    return null;
                }
                List<Object> elements = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    elements.add(readElement());
                }
                return elements;
            case -1:
                throw new EOFException("The server closed the connection");
            default:
                throw new IOException("Unexpected reply type '" + (char) type + "' followed by '" + line + "'");
        }
    }

    private Object readElement() throws IOException {
        try {
            return read();
        }
        catch (ErrorReplyException ex) {
            return ex;
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int next = this.in.read();
        while (next != '\r') {
            if (next == -1) {
                throw new EOFException("The server closed the connection after '" + line + "'");
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

    /**
     * An error reply, such as {@code NOGOODSLAVE No suitable replica to promote}.
     */
    static final class ErrorReplyException extends IOException {

        private static final long serialVersionUID = 1L;

        ErrorReplyException(String message) {
            super(message);
        }

    }

}
