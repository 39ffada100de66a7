package io.redispool.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The temporary directory one {@link RedisServer} runs in, and the files it keeps there:
 * the log, the unix socket, sentinel.conf.
 */
final class ServerDirectory {

    private static final String LOG_FILE = "redis.log";

    private static final String SOCKET_FILE = "redis.sock";

    private static final String SENTINEL_CONFIG_FILE = "sentinel.conf";

    // sun_path holds 104 bytes on macOS and 108 on Linux, terminating NUL included.
    private static final int MAX_SOCKET_PATH_BYTES = 103;

    private final Path path;

    private final boolean unixSocket;

    private ServerDirectory(Path path, boolean unixSocket) {
        this.path = path;
        this.unixSocket = unixSocket;
    }

    /**
     * Creates a fresh temporary directory.
     * @param unixSocket whether the server will listen on a unix socket in it
     * @return the directory
     * @throws IllegalStateException if the socket's path would be too long for the
     * operating system
     * @throws UncheckedIOException if the directory cannot be created
     */
    static ServerDirectory create(boolean unixSocket) {
        try {
            Path created = Files.createTempDirectory("redis-pool-");
            int socketPathBytes = created.resolve(SOCKET_FILE).toString().getBytes(StandardCharsets.UTF_8).length;
            if (unixSocket && socketPathBytes > MAX_SOCKET_PATH_BYTES) {
                Files.delete(created);
                throw new IllegalStateException(
                        "Unix socket path in " + created + " would be " + socketPathBytes + " bytes, over the limit of "
                                + MAX_SOCKET_PATH_BYTES + "; set java.io.tmpdir to a shorter path");
            }
            return new ServerDirectory(created, unixSocket);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not create a temporary directory for redis-server", ex);
        }
    }

    /**
     * Returns the directory, the server's working directory and {@code dir}.
     * @return the directory's path
     */
    Path path() {
        return this.path;
    }

    /**
     * Returns the file that receives the server's output.
     * @return the log file
     */
    Path logFile() {
        return this.path.resolve(LOG_FILE);
    }

    /**
     * Returns the unix socket's path, if the server listens on one.
     * @return the socket's path, or empty
     */
    Optional<Path> unixSocket() {
        return this.unixSocket ? Optional.of(this.path.resolve(SOCKET_FILE)) : Optional.empty();
    }

    /**
     * Writes sentinel.conf, if the server is to run as a sentinel.
     * <p>
     * Sentinel rewrites its configuration file as it learns the topology, so the file
     * lives in the server's own directory and survives a restart, as sentinel.conf does.
     * @param lines the file's lines, or {@code null} for a server that is no sentinel
     * @return the file written, or empty if {@code lines} is {@code null}
     * @throws UncheckedIOException if the file cannot be written
     */
    Optional<Path> writeSentinelConfig(List<String> lines) {
        if (lines == null) {
            return Optional.empty();
        }
        Path file = this.path.resolve(SENTINEL_CONFIG_FILE);
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
            return Optional.of(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write " + file, ex);
        }
    }

    /**
     * Deletes the directory and everything in it, as far as it can; what is left behind
     * is left to the operating system's temporary file cleanup.
     */
    void delete() {
        try (Stream<Path> paths = Files.walk(this.path)) {
            paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
        }
        catch (IOException | UncheckedIOException ex) {
            // Closing a server must not fail for a file it could not delete.
        }
    }

}
