package io.redispool.launcher;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bare RESP2 connection for setting servers up (CLUSTER MEET, ADDSLOTSRANGE,
 * REPLICATE...), so this module needs no Redis client of its own.
 *
 * <p>
 * Replies come back as plain values: String for simple and bulk strings, Long, List, or
 * {@code null}; an error reply becomes an {@link IllegalStateException} holding the
 * server's text and the command's name.
 */
final class AdminConnection implements Closeable {

    private static final int TIMEOUT_MILLIS = 5000;

    private final Socket socket;

    private final InputStream in;

    private final OutputStream out;

    private AdminConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /**
     * Connects to a server.
     * @param host its host
     * @param port its port
     * @return the connection
     * @throws UncheckedIOException if it cannot connect
     */
    static AdminConnection open(String host, int port) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            return new AdminConnection(socket);
        }
        catch (IOException ex) {
            closeQuietly(socket);
            throw new UncheckedIOException("Could not connect to " + host + ":" + port, ex);
        }
    }

    /**
     * Sends one command and reads its reply.
     * @param words the command's name and arguments
     * @return the reply as a plain value
     * @throws IllegalStateException if the server replied with an error
     */
    Object call(String... words) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            buffer.writeBytes(("*" + words.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            for (String word : words) {
                byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
                buffer.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.UTF_8));
                buffer.writeBytes(bytes);
                buffer.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            this.out.write(buffer.toByteArray());
            this.out.flush();
            Object reply = read();
            if (reply instanceof ServerError error) {
                throw new IllegalStateException(words[0] + " failed on " + this.socket.getPort() + ": " + error.text());
            }
            return reply;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(words[0] + " failed on " + this.socket.getPort(), ex);
        }
    }

    /**
     * Sends one command whose reply is a string.
     * @param words the command's name and arguments
     * @return the reply
     */
    String text(String... words) {
        return (String) call(words);
    }

    @Override
    public void close() {
        closeQuietly(this.socket);
    }

    private Object read() throws IOException {
        int type = this.in.read();
        String line = readLine();
        return switch (type) {
            case '+' -> line;
            case '-' -> new ServerError(line);
            case ':' -> Long.parseLong(line);
            case '$' -> bulk(Integer.parseInt(line));
            case '*' -> array(Integer.parseInt(line));
            default -> throw new IOException("Unexpected reply type '" + (char) type + "' before '" + line + "'");
        };
    }

    private String bulk(int length) throws IOException {
        if (length < 0) {
            return null;
        }
        byte[] bytes = this.in.readNBytes(length);
        readLine();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private List<Object> array(int count) throws IOException {
        if (count < 0) {
            return null;
        }
        List<Object> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Object item = read();
            items.add((item instanceof ServerError error) ? error.text() : item);
        }
        return items;
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = this.in.read(); next != '\r'; next = this.in.read()) {
            if (next == -1) {
                throw new IOException("Connection closed after '" + line + "'");
            }
            line.write(next);
        }
        this.in.read();
        return line.toString(StandardCharsets.UTF_8);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        }
        catch (IOException ex) {
            // Nothing was promised to the server; a failed close changes nothing.
        }
    }

    private record ServerError(String text) {
    }

}
