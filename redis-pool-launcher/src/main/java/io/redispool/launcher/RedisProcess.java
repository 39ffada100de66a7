package io.redispool.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One launched redis-server process: its readiness, its signals, its end, and the log its
 * output goes to.
 */
final class RedisProcess {

    /** How a wait for the server to answer ended. */
    enum Readiness {

        /** The server answered PING. */
        READY,
        /** The process ended first. */
        EXITED,
        /** Neither happened in time. */
        TIMED_OUT

    }

    private static final byte[] PING = "PING\r\n".getBytes(StandardCharsets.US_ASCII);

    private static final int CONNECT_TIMEOUT_MILLIS = 250;

    private static final int READ_TIMEOUT_MILLIS = 250;

    private static final long POLL_MILLIS = 10;

    private static final long SIGNAL_TIMEOUT_SECONDS = 5;

    private static final long KILL_TIMEOUT_SECONDS = 10;

    private final Process process;

    private final Path log;

    private volatile boolean paused;

    private RedisProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts redis-server with its output, standard and error alike, going to
     * {@code log}.
     * @param command the command line
     * @param directory the working directory
     * @param log the file the output replaces
     * @return the running process
     * @throws IOException if the command cannot be run
     */
    static RedisProcess launch(List<String> command, Path directory, Path log) throws IOException {
        // A file rather than a pipe: nobody has to drain it, and it survives for the
        // error message.
        Process process = new ProcessBuilder(command).directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        return new RedisProcess(process, log);
    }

    /**
     * Waits until the server answers a PING on {@code host:port}, the process ends, or
     * the timeout passes.
     * @param host the address the server binds
     * @param port its port
     * @param timeout how long to wait
     * @return how the wait ended
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    Readiness awaitReady(String host, int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!this.process.isAlive()) {
                return Readiness.EXITED;
            }
            // Checking that the process lives after the answer keeps a stranger on the
            // same port
            // from passing for this server while this one is failing to bind.
            if (answersPing(host, port) && this.process.isAlive()) {
                return Readiness.READY;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return this.process.isAlive() ? Readiness.TIMED_OUT : Readiness.EXITED;
    }

    long pid() {
        return this.process.pid();
    }

    boolean isAlive() {
        return this.process.isAlive();
    }

    boolean isPaused() {
        return this.paused && this.process.isAlive();
    }

    /**
     * Returns the exit code; only for a process that has ended.
     * @return the exit code
     */
    int exitCode() {
        return this.process.exitValue();
    }

    /**
     * Asks the server to shut down (SIGTERM) and kills it if it has not within
     * {@code grace}.
     * @param grace how long to wait for a clean shutdown
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void stop(Duration grace) throws InterruptedException {
        if (!this.process.isAlive()) {
            return;
        }
        if (this.paused) {
            // A stopped process holds SIGTERM pending until it runs again.
            resume();
        }
        this.process.destroy();
        if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
    }

    /**
     * Kills the server (SIGKILL) and waits for it to end.
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void kill() throws InterruptedException {
        this.process.destroyForcibly();
        if (!this.process.waitFor(KILL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("redis-server (pid " + pid() + ") was sent SIGKILL and has not ended after "
                    + KILL_TIMEOUT_SECONDS + "s");
        }
    }

    /**
     * Sends SIGKILL without waiting, for when waiting is no longer possible.
     */
    void destroyNow() {
        this.process.destroyForcibly();
    }

    /**
     * Freezes the process with SIGSTOP: it keeps its sockets but answers nothing.
     * @throws InterruptedException if the thread is interrupted while waiting for
     * {@code kill}
     */
    void pause() throws InterruptedException {
        signal("STOP");
        this.paused = true;
    }

    /**
     * Lets a frozen process run again with SIGCONT.
     * @throws InterruptedException if the thread is interrupted while waiting for
     * {@code kill}
     */
    void resume() throws InterruptedException {
        signal("CONT");
        this.paused = false;
    }

    /**
     * Tells whether the server's output so far contains {@code text}.
     * @param text the text to look for
     * @return whether it is there
     */
    boolean logContains(String text) {
        return readLog().contains(text);
    }

    /**
     * Returns the last lines of the server's output that are not blank.
     * @param count how many lines at most
     * @return the lines, oldest first
     */
    List<String> logTail(int count) {
        List<String> lines = Arrays.stream(readLog().split("\\R")).filter((line) -> !line.isBlank()).toList();
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }

    private String readLog() {
        try {
            return new String(Files.readAllBytes(this.log), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            return "(could not read " + this.log + ": " + ex.getMessage() + ")";
        }
    }

    private void signal(String signal) throws InterruptedException {
        List<String> command = List.of("kill", "-" + signal, Long.toString(pid()));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!kill.waitFor(SIGNAL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                throw new IllegalStateException(
                        String.join(" ", command) + " did not finish within " + SIGNAL_TIMEOUT_SECONDS + "s");
            }
            if (kill.exitValue() != 0) {
                String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                throw new IllegalStateException(
                        String.join(" ", command) + " exited with code " + kill.exitValue() + ": " + output);
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException("Could not run " + String.join(" ", command) + ": " + ex.getMessage(), ex);
        }
    }

    private static boolean answersPing(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(PING);
            out.flush();
            String reply = readLine(socket.getInputStream());
            // An error reply means a server that parses commands: with requirepass set,
            // PING gets
            // NOAUTH. Only LOADING says it is not ready yet.
            return reply.startsWith("+") || (reply.startsWith("-") && !reply.startsWith("-LOADING"));
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int next = in.read();
        while (next != -1 && next != '\r' && next != '\n' && line.length() < 256) {
            line.append((char) next);
            next = in.read();
        }
        return line.toString();
    }

}
