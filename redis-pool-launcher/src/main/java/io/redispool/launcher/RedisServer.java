package io.redispool.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A real redis-server process on a port of its own, for tests and local development.
 *
 * <p>
 * Why a real server rather than a fake: timeouts, authentication errors, a server that
 * dies or freezes are what a connection pool must survive, and only the real thing
 * behaves the way production will. So the server can be {@linkplain #kill() killed},
 * {@linkplain #restart() restarted} on the same port, and {@linkplain #pause() frozen}.
 *
 * <pre>{@code
 * try (RedisServer redis = RedisServer.builder().setting("requirepass", "s3cret").start()) {
 *     connectTo(redis.host(), redis.port());
 * }
 * }</pre>
 *
 * <p>
 * The server binds {@code 127.0.0.1}, keeps no data on disk ({@code save ""},
 * {@code appendonly no}), runs in a fresh temporary directory that {@link #close()}
 * deletes, and has protected mode off; on Redis 7 and later the {@code DEBUG} command is
 * enabled, as it is by default before. {@linkplain Builder#setting Settings} come after
 * these and may override them. A shutdown hook closes every server that is still open
 * when the JVM exits. This class needs no JUnit.
 */
public final class RedisServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final RedisServerBinary binary;

    private final ServerDirectory directory;

    private final ServerCommand command;

    private final ServerLauncher launcher;

    private volatile boolean closed;

    private RedisServer(Builder builder) {
        this.binary = (builder.binary != null) ? builder.binary : RedisServerBinary.locate();
        boolean portChosenFreely = (builder.port == 0);
        int port = portChosenFreely ? ServerLauncher.freePort(HOST) : builder.port;
        this.directory = ServerDirectory.create(builder.unixSocket);
        this.command = new ServerCommand(this.binary, HOST, this.directory.path(), this.directory.unixSocket(),
                builder.settings, this.directory.writeSentinelConfig(builder.sentinelConfig));
        this.launcher = new ServerLauncher(HOST, port, portChosenFreely, this.binary, this.command, this.directory,
                builder.startupTimeout);
        LiveServers.track(this);
    }

    /**
     * Starts describing a server.
     * @return a builder with the defaults: a free port, no settings, no unix socket, the
     * binary {@link RedisServerBinary#locate()} finds
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Launches redis-server and waits until it answers PING.
     * <p>
     * If the port is taken, the first start of a server whose port was chosen freely
     * moves to another free port, and the first start on a port given to the builder
     * fails at once; later starts keep the port, retrying for a few seconds while it is
     * still held, as it may be right after a {@link #kill()}.
     * @return this server, running
     * @throws RedisLaunchException if the server exits or does not answer in time; the
     * message holds its exit code and last lines of output
     * @throws IllegalStateException if it is already running or has been closed
     */
    public synchronized RedisServer start() {
        requireOpen();
        if (isRunning()) {
            throw new IllegalStateException(this + " is already running; restart() stops it first");
        }
        this.launcher.start();
        return this;
    }

    /**
     * Stops the server if it runs and starts it again on the same port with the same
     * settings; data does not survive.
     * @return this server, running
     * @throws RedisLaunchException if the new process does not come up
     */
    public synchronized RedisServer restart() {
        stop();
        return start();
    }

    /**
     * Shuts the server down with SIGTERM, and kills it if it has not ended within a few
     * seconds. Does nothing if it is not running.
     */
    public synchronized void stop() {
        apply("stop", (running) -> running.stop(STOP_GRACE));
    }

    /**
     * Kills the server with SIGKILL, as a crash would, and waits for the process to end;
     * clients see their connections drop. Does nothing if it is not running.
     */
    public synchronized void kill() {
        apply("kill", RedisProcess::kill);
    }

    /**
     * Freezes the server with SIGSTOP: it keeps its connections and accepts new ones, but
     * answers nothing until {@link #resume()}. Linux and macOS only.
     * @throws UnsupportedOperationException on Windows
     * @throws IllegalStateException if the server is not running
     */
    public synchronized void pause() {
        requireSignals("pause()");
        apply("pause", RedisProcess::pause);
    }

    /**
     * Lets a {@linkplain #pause() paused} server run again with SIGCONT; it then answers
     * what was sent to it meanwhile. Linux and macOS only.
     * @throws UnsupportedOperationException on Windows
     * @throws IllegalStateException if the server is not running
     */
    public synchronized void resume() {
        requireSignals("resume()");
        apply("resume", RedisProcess::resume);
    }

    /**
     * Stops the server and deletes its temporary directory; it cannot be started again.
     */
    @Override
    public synchronized void close() {
        if (this.closed) {
            return;
        }
        try {
            stop();
        }
        finally {
            this.closed = true;
            this.directory.delete();
            LiveServers.forget(this);
        }
    }

    /**
     * Closes every server given, in order, going on past one that fails to close, and
     * then throws the first failure; for a set-up of several servers, such as a cluster.
     * @param servers the servers to close
     * @throws RuntimeException the first exception a server's {@link #close()} threw,
     * once every server has been closed
     */
    public static void closeAll(Iterable<RedisServer> servers) {
        RuntimeException failure = null;
        for (RedisServer server : servers) {
            try {
                server.close();
            }
            catch (RuntimeException ex) {
                failure = (failure != null) ? failure : ex;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Returns the address the server binds.
     * @return always {@code 127.0.0.1}
     */
    public String host() {
        return HOST;
    }

    /**
     * Returns the server's TCP port, known from {@link Builder#build()} on.
     * @return the port
     */
    public int port() {
        return this.launcher.port();
    }

    /**
     * Returns the server's address as a URL, without credentials.
     * @return {@code redis://127.0.0.1:<port>}
     */
    public String url() {
        return "redis://" + HOST + ":" + this.launcher.port();
    }

    /**
     * Returns the unix domain socket the server also listens on, if
     * {@linkplain Builder#unixSocket(boolean) asked to}; the path is known before the
     * start and stays the same across restarts.
     * @return the socket's path, or empty if the server listens on TCP alone
     */
    public Optional<Path> unixSocketPath() {
        return this.directory.unixSocket();
    }

    /**
     * Returns the file that receives the server's output, standard and error alike; each
     * start replaces it.
     * @return the log file
     */
    public Path logFile() {
        return this.directory.logFile();
    }

    /**
     * Returns the version of the server's binary, such as {@code 7.0.15}.
     * @return the version
     */
    public String version() {
        return this.binary.version();
    }

    /**
     * Returns the binary this server runs.
     * @return the binary
     */
    public RedisServerBinary binary() {
        return this.binary;
    }

    /**
     * Tells whether the process is alive; a {@linkplain #pause() paused} server is.
     * @return whether it runs
     */
    public boolean isRunning() {
        RedisProcess running = this.launcher.process();
        return (running != null) && running.isAlive();
    }

    /**
     * Returns the process id of the running server, for finding it among the system's
     * processes.
     * @return the pid, or empty if the server is not running
     */
    public OptionalLong pid() {
        RedisProcess running = this.launcher.process();
        return (running != null && running.isAlive()) ? OptionalLong.of(running.pid()) : OptionalLong.empty();
    }

    @Override
    public String toString() {
        return "RedisServer[" + url() + ", redis-server " + this.binary.path() + ", " + state() + ", settings="
                + this.command + "]";
    }

    private String state() {
        RedisProcess running = this.launcher.process();
        if (this.closed) {
            return "closed";
        }
        if (running == null) {
            return "not started";
        }
        if (running.isPaused()) {
            return "paused (pid " + running.pid() + ")";
        }
        return running.isAlive() ? "running (pid " + running.pid() + ")" : "stopped";
    }

    private void apply(String operation, ProcessAction action) {
        RedisProcess running = this.launcher.process();
        if (running == null) {
            return;
        }
        try {
            action.apply(running);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + operation + " of " + this, ex);
        }
    }

    private void requireSignals(String operation) {
        if (BundledBinary.isWindows()) {
            throw new UnsupportedOperationException(operation + " sends signals with kill, which needs Linux or macOS;"
                    + " os.name is " + System.getProperty("os.name"));
        }
        if (!isRunning()) {
            throw new IllegalStateException(operation + " needs a running server but " + this + " is not");
        }
    }

    private void requireOpen() {
        if (this.closed) {
            throw new IllegalStateException(this + " has been closed; build a new one");
        }
    }

    @FunctionalInterface
    private interface ProcessAction {

        void apply(RedisProcess process) throws InterruptedException;

    }

    /**
     * Describes a {@link RedisServer}: its port, its redis.conf settings, its binary.
     */
    public static final class Builder {

        private int port;

        private final List<Setting> settings = new ArrayList<>();

        private boolean unixSocket;

        private RedisServerBinary binary;

        private Duration startupTimeout = Duration.ofSeconds(10);

        private List<String> sentinelConfig;

        private Builder() {
        }

        /**
         * Sets the TCP port; by default a free one is chosen.
         * @param port the port
         * @return this builder
         * @throws IllegalArgumentException if {@code port} is not between 1 and 65535
         */
        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("'port' must be between 1 and 65535 but was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Adds a redis.conf directive, given to redis-server as {@code --name value...};
         * each value is one argument, so {@code setting("save", "900", "1")} and
         * {@code setting("requirepass", "pass with spaces")} both work. Directives that
         * may repeat ({@code save}, {@code rename-command}) can be added more than once.
         * The values of {@code requirepass} and {@code masterauth} and the passwords of
         * {@code user} are masked wherever this server shows its settings.
         * @param name the directive, such as {@code requirepass} or {@code maxmemory}
         * @param value its first argument
         * @param moreValues its further arguments, if it takes several
         * @return this builder
         * @throws IllegalArgumentException if the directive is one RedisServer sets
         * itself ({@code port}, {@code bind}, {@code dir}, {@code daemonize},
         * {@code unixsocket}, {@code logfile}) or a value starts with {@code --}
         */
        public Builder setting(String name, String value, String... moreValues) {
            List<String> values = new ArrayList<>();
            values.add(value);
            values.addAll(List.of(Objects.requireNonNull(moreValues, "'moreValues' must not be null")));
            this.settings.add(Setting.of(name, values));
            return this;
        }

        /**
         * Sets whether the server also listens on a unix domain socket in its temporary
         * directory; see {@link RedisServer#unixSocketPath()}.
         * @param unixSocket whether to listen on a unix socket too
         * @return this builder
         */
        public Builder unixSocket(boolean unixSocket) {
            this.unixSocket = unixSocket;
            return this;
        }

        /**
         * Sets the redis-server executable to run.
         * @param binary the executable
         * @return this builder
         * @throws IllegalArgumentException if it is not an executable file
         */
        public Builder binary(Path binary) {
            return binary(RedisServerBinary.of(binary));
        }

        /**
         * Sets the redis-server to run, such as {@link RedisServerBinary#embedded()}; by
         * default the one {@link RedisServerBinary#locate()} finds.
         * @param binary the binary
         * @return this builder
         */
        public Builder binary(RedisServerBinary binary) {
            this.binary = Objects.requireNonNull(binary, "'binary' must not be null");
            return this;
        }

        /**
         * Sets how long a start may take until the server answers PING; 10 seconds by
         * default.
         * @param startupTimeout the limit
         * @return this builder
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder startupTimeout(Duration startupTimeout) {
            Objects.requireNonNull(startupTimeout, "'startupTimeout' must not be null");
            if (startupTimeout.isZero() || startupTimeout.isNegative()) {
                throw new IllegalArgumentException("'startupTimeout' must be positive but was " + startupTimeout);
            }
            this.startupTimeout = startupTimeout;
            return this;
        }

        /**
         * Runs the server as a Redis Sentinel ({@code redis-server sentinel.conf
         * --sentinel}) whose configuration file, in the server's directory, starts with
         * these lines, such as {@code sentinel monitor mymaster 127.0.0.1 6379 2}; the
         * sentinel rewrites the file as it learns the topology.
         * @param configLines the lines of sentinel.conf
         * @return this builder
         */
        public Builder sentinel(List<String> configLines) {
            this.sentinelConfig = List.copyOf(Objects.requireNonNull(configLines, "'configLines' must not be null"));
            return this;
        }

        /**
         * Creates the server without starting it: its port and directory exist from here
         * on.
         * @return the server, not running
         */
        public RedisServer build() {
            return new RedisServer(this);
        }

        /**
         * Creates the server and {@linkplain RedisServer#start() starts} it.
         * @return the server, running
         * @throws RedisLaunchException if it does not come up
         */
        public RedisServer start() {
            RedisServer server = build();
            try {
                return server.start();
            }
            catch (RuntimeException ex) {
                server.close();
                throw ex;
            }
        }

    }

}
