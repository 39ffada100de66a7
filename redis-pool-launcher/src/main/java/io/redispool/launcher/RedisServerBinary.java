package io.redispool.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A redis-server executable and the version it reports.
 *
 * <p>
 * Why three sources, tried in this order by {@link #locate()}: a path named in the system
 * property {@value #PROPERTY} lets a build pin the exact server it tests against; a
 * redis-server on the {@code PATH} is usually newer than any bundled one and closer to
 * production; and the binaries packed in {@code com.github.codemonstur:embedded-redis}
 * make the tests run on a machine with no Redis installed at all.
 */
public final class RedisServerBinary {

    /** The system property that names the redis-server executable to use. */
    public static final String PROPERTY = "redispool.redis-server";

    private static final Pattern VERSION = Pattern.compile("\\bv=(\\S+)");

    private static final long VERSION_TIMEOUT_SECONDS = 10;

    // Running "--version" costs a process start; a binary does not change under a running
    // JVM.
    private static final Map<Path, String> VERSIONS = new ConcurrentHashMap<>();

    private final Path path;

    private RedisServerBinary(Path path) {
        this.path = path.toAbsolutePath();
    }

    /**
     * Returns the redis-server executable at the given path.
     * @param path the executable
     * @return the binary
     * @throws IllegalArgumentException if {@code path} is not an executable file
     */
    public static RedisServerBinary of(Path path) {
        if (!isExecutableFile(path)) {
            throw new IllegalArgumentException("'binary' must be an executable file but was " + path);
        }
        return new RedisServerBinary(path);
    }

    /**
     * Finds a redis-server: the one named by {@value #PROPERTY}, else one on the
     * {@code PATH}, else the one bundled in embedded-redis for this platform.
     * @return the binary
     * @throws IllegalStateException if the system property names no executable file, or
     * if none of the three sources has a binary
     */
    public static RedisServerBinary locate() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            Path path = Path.of(explicit);
            if (!isExecutableFile(path)) {
                throw new IllegalStateException(
                        "System property '" + PROPERTY + "' names " + path + ", which is not an executable file");
            }
            return new RedisServerBinary(path);
        }
        Optional<RedisServerBinary> onPath = onPath();
        if (onPath.isPresent()) {
            return onPath.get();
        }
        try {
            return embedded();
        }
        catch (IllegalStateException ex) {
            throw new IllegalStateException("No redis-server found: system property '" + PROPERTY
                    + "' is not set, no executable redis-server is on the PATH (" + System.getenv("PATH") + "), and "
                    + ex.getMessage(), ex);
        }
    }

    /**
     * Finds an executable redis-server in one of the {@code PATH} directories.
     * @return the first one found, or empty if there is none
     */
    public static Optional<RedisServerBinary> onPath() {
        String searchPath = System.getenv("PATH");
        if (searchPath == null) {
            return Optional.empty();
        }
        String name = BundledBinary.isWindows() ? "redis-server.exe" : "redis-server";
        for (String directory : searchPath.split(Pattern.quote(File.pathSeparator))) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Path.of(directory, name);
            if (isExecutableFile(candidate)) {
                return Optional.of(new RedisServerBinary(candidate));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the redis-server bundled in embedded-redis for this operating system and
     * architecture, extracted to a temporary file the first time it is asked for.
     * @return the binary
     * @throws IllegalStateException if embedded-redis bundles no binary for this
     * platform, or if it is not on the class path
     */
    public static RedisServerBinary embedded() {
        return new RedisServerBinary(BundledBinary.extract());
    }

    /**
     * Returns the executable's absolute path.
     * @return the path
     */
    public Path path() {
        return this.path;
    }

    /**
     * Returns the version the server reports for {@code --version}, such as
     * {@code 7.0.15}.
     * @return the version
     * @throws IllegalStateException if the binary cannot be run or reports no version
     */
    public String version() {
        return VERSIONS.computeIfAbsent(this.path, RedisServerBinary::readVersion);
    }

    /**
     * Returns the major part of {@link #version()}, such as {@code 7} for {@code 7.0.15}.
     * @return the major version
     */
    public int majorVersion() {
        String version = version();
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt((dot < 0) ? version : version.substring(0, dot));
        }
        catch (NumberFormatException ex) {
            throw new IllegalStateException(
                    this.path + " reports version '" + version + "', which has no numeric major part", ex);
        }
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof RedisServerBinary binary) && this.path.equals(binary.path);
    }

    @Override
    public int hashCode() {
        return this.path.hashCode();
    }

    @Override
    public String toString() {
        return this.path.toString();
    }

    private static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    private static String readVersion(Path path) {
        String output;
        try {
            Process process = new ProcessBuilder(path.toString(), "--version").redirectErrorStream(true).start();
            // The output is one short line, far below a pipe's buffer, so waiting first
            // cannot block.
            if (!process.waitFor(VERSION_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        path + " --version did not finish within " + VERSION_TIMEOUT_SECONDS + "s");
            }
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        catch (IOException ex) {
            throw new IllegalStateException("Could not run " + path + " --version: " + ex.getMessage(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + path + " --version", ex);
        }
        Matcher matcher = VERSION.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException(path + " --version printed no 'v=<version>': " + output);
        }
        return matcher.group(1);
    }

}
