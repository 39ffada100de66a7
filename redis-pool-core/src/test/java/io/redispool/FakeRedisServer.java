package io.redispool;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback socket that speaks just enough RESP to misbehave on demand: replies that are
 * malformed, cut short, late or missing. Used only where a real server cannot be made to
 * misbehave.
 */
final class FakeRedisServer implements AutoCloseable {

    /**
     * Decides what the server does with the n-th command it receives (0-based, across
     * connections).
     */
    @FunctionalInterface
    interface Script {

        Action on(int index, List<String> command);

    }

    /** What to do with one command. */
    record Action(byte[] reply, long delayMillis, boolean closeAfter) {

        static Action reply(String resp) {
            return new Action(resp.getBytes(StandardCharsets.UTF_8), 0, false);
        }

        static Action replyLate(String resp, long delayMillis) {
            return new Action(resp.getBytes(StandardCharsets.UTF_8), delayMillis, false);
        }

        static Action replyThenClose(String resp) {
            return new Action(resp.getBytes(StandardCharsets.UTF_8), 0, true);
        }

        static Action close() {
            return new Action(new byte[0], 0, true);
        }
    }

    private final ServerSocket serverSocket;

    private final Script script;

    private final List<List<String>> received = new CopyOnWriteArrayList<>();

    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private final AtomicInteger connections = new AtomicInteger();

    FakeRedisServer(Script script) throws IOException {
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.script = script;
        Thread acceptor = new Thread(this::acceptLoop, "fake-redis-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return this.serverSocket.getLocalPort();
    }

    /** Every command received so far, each as its words. */
    List<List<String>> received() {
        return this.received;
    }

    /** How many received commands had this name. */
    long count(String name) {
        return this.received.stream().filter((command) -> command.get(0).equalsIgnoreCase(name)).count();
    }

    int connections() {
        return this.connections.get();
    }

    private void acceptLoop() {
        while (!this.serverSocket.isClosed()) {
            try {
                Socket socket = this.serverSocket.accept();
                this.sockets.add(socket);
                this.connections.incrementAndGet();
                Thread handler = new Thread(() -> serve(socket), "fake-redis-connection");
                handler.setDaemon(true);
                handler.start();
            }
            catch (IOException ex) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            List<String> command;
            while ((command = readCommand(in)) != null) {
                int index;
                synchronized (this.received) {
                    index = this.received.size();
                    this.received.add(command);
                }
                Action action = this.script.on(index, command);
                if (action.delayMillis() > 0) {
                    Thread.sleep(action.delayMillis());
                }
                out.write(action.reply());
                out.flush();
                if (action.closeAfter()) {
                    return;
                }
            }
        }
        catch (IOException | InterruptedException ex) {
            // The client went away; nothing to serve.
        }
    }

    private static List<String> readCommand(InputStream in) throws IOException {
        String header = readLine(in);
        if (header == null) {
            return null;
        }
        int count = Integer.parseInt(header.substring(1));
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = Integer.parseInt(readLine(in).substring(1));
            byte[] word = in.readNBytes(length);
            in.readNBytes(2);
            words.add(new String(word, StandardCharsets.UTF_8));
        }
        return words;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\r') {
            if (b < 0) {
                return null;
            }
            line.append((char) b);
        }
        in.read();
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        this.serverSocket.close();
        for (Socket socket : this.sockets) {
            socket.close();
        }
    }

}
