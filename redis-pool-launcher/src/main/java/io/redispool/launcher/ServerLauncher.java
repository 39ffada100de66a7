package io.redispool.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * The launcher of one {@link RedisServer}'s processes, one after the other on the
 * server's port: it runs redis-server, waits until it answers PING, moves to another port
 * or waits for a held one as {@link RedisServer#start()} promises, and when a process
 * does not come up says why, with its exit code, its command line and the last lines of
 * its log.
 */
final class ServerLauncher {

    private static final Duration PORT_RETRY = Duration.ofSeconds(5);

    private static final long PORT_RETRY_INTERVAL_MILLIS = 50;

    private static final int FREE_PORT_ATTEMPTS = 3;

    private static final int LOG_TAIL_LINES = 20;

    private static final String ADDRESS_IN_USE = "Address already in use";

    private final String host;

    private final RedisServerBinary binary;

    private final ServerCommand command;

    private final ServerDirectory directory;

    private final Duration startupTimeout;

    private final boolean portChosenFreely;

    private volatile int port;

    private volatile RedisProcess process;

    /**
     * Prepares the launches of one server.
     * @param host the address the server binds
     * @param port the port to start on
     * @param portChosenFreely whether the port came from {@link #freePort}, so that the
     * first start may move to another one
     * @param binary the binary the command runs
     * @param command the command line
     * @param directory the server's directory
     * @param startupTimeout how long each process may take to answer PING
     */
    ServerLauncher(String host, int port, boolean portChosenFreely, RedisServerBinary binary, ServerCommand command,
            ServerDirectory directory, Duration startupTimeout) {
        this.host = host;
        this.port = port;
        this.portChosenFreely = portChosenFreely;
        this.binary = binary;
        this.command = command;
        this.directory = directory;
        this.startupTimeout = startupTimeout;
    }

    /**
     * Returns the port the server starts on, or runs on; it changes only when the first
     * start finds a freely chosen port taken.
     * @return the port
     */
    int port() {
        return this.port;
    }

    /**
     * Returns the process launched last, alive or not.
     * @return the process, or {@code null} if none was launched yet
     */
    RedisProcess process() {
        return this.process;
    }

    /**
     * Launches a process and waits until it answers PING.
     * <p>
     * If the port is taken, the first start of a server whose port was chosen freely
     * moves to another free port, and the first start on a given port fails at once;
     * later starts keep the port, retrying for a few seconds while it is still held.
     * @throws RedisLaunchException if the process exits or does not answer in time
     */
    void start() {
        boolean firstStart = (this.process == null);
        long deadline = System.nanoTime() + PORT_RETRY.toNanos();
        for (int attempt = 1;; attempt++) {
            LaunchFailure failure = launch();
            if (failure == null) {
                return;
            }
            if (!failure.addressInUse()) {
                throw failure.exception();
            }
            if (firstStart && this.portChosenFreely && attempt < FREE_PORT_ATTEMPTS) {
                this.port = freePort(this.host);
            }
            else if (!firstStart && System.nanoTime() - deadline < 0) {
                sleep(PORT_RETRY_INTERVAL_MILLIS);
            }
            else {
                throw failure.exception();
            }
        }
    }

    private LaunchFailure launch() {
        RedisProcess launched;
        try {
            launched = RedisProcess.launch(this.command.arguments(this.port), this.directory.path(),
                    this.directory.logFile());
        }
        catch (IOException ex) {
            throw new RedisLaunchException(
                    "Could not run " + this.command.maskedLine(this.port) + ": " + ex.getMessage(), ex);
        }
        this.process = launched;
        try {
            return awaitReady(launched);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            launched.destroyNow();
            throw new RedisLaunchException("Interrupted while waiting for redis-server on redis://" + this.host + ":"
                    + this.port + " to start", ex);
        }
    }

    private LaunchFailure awaitReady(RedisProcess launched) throws InterruptedException {
        RedisProcess.Readiness readiness = launched.awaitReady(this.host, this.port, this.startupTimeout);
        if (readiness == RedisProcess.Readiness.READY) {
            return null;
        }
        String what = "exited with code %d before answering PING";
        if (readiness == RedisProcess.Readiness.TIMED_OUT) {
            launched.kill();
            what = "did not answer PING within " + this.startupTimeout.toMillis()
                    + "ms; killed, it exited with code %d";
        }
        return new LaunchFailure(failure(String.format(what, launched.exitCode()), launched),
                launched.logContains(ADDRESS_IN_USE));
    }

    private RedisLaunchException failure(String what, RedisProcess launched) {
        String tail = launched.logTail(LOG_TAIL_LINES)
            .stream()
            .map(this.command::redact)
            .collect(Collectors.joining(System.lineSeparator() + "    ", "    ", ""));
        return new RedisLaunchException("redis-server " + this.binary.version() + " on " + this.host + ":" + this.port
                + " " + what + System.lineSeparator() + "command: " + this.command.maskedLine(this.port)
                + System.lineSeparator() + "last lines of " + this.directory.logFile() + ":" + System.lineSeparator()
                + tail);
    }

    /**
     * Finds a port that is free now on {@code host}.
     * @param host the address to bind
     * @return the port
     * @throws UncheckedIOException if no port can be bound
     */
    static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not find a free port on " + host, ex);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new RedisLaunchException("Interrupted while waiting for a port to become free", ex);
        }
    }

    private record LaunchFailure(RedisLaunchException exception, boolean addressInUse) {
    }

}
