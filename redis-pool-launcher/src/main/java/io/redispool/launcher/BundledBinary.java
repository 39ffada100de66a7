package io.redispool.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/**
 * The redis-server binaries that embedded-redis packs as root resources of its jar, and
 * their extraction to a file that can be run.
 *
 * <p>
 * The resource names are listed rather than discovered: listing a jar's entries fails
 * when the jar is nested inside an executable Spring Boot jar, while loading a named
 * resource works with every class loader. The names belong to embedded-redis 1.4.4;
 * {@code RedisServerBinaryTests} fails on this platform if an upgrade renames them.
 */
final class BundledBinary {

    private static final Map<String, String> RESOURCES = Map.of("linux-amd64", "redis-server-6.2.6-v5-linux-amd64",
            "linux-arm64", "redis-server-6.2.7-linux-arm64", "linux-386", "redis-server-6.2.7-linux-386",
            "darwin-amd64", "redis-server-6.2.6-v5-darwin-amd64", "darwin-arm64", "redis-server-6.2.6-v5-darwin-arm64",
            "windows-amd64", "redis-server-5.0.14.1-windows-amd64.exe");

    // Guarded by BundledBinary.class; extracted once per JVM, and only when first asked
    // for.
    private static Path extracted;

    private BundledBinary() {
    }

    /**
     * Extracts the binary for this platform, or returns the one extracted before.
     * @return the executable file, deleted when the JVM exits
     */
    static synchronized Path extract() {
        if (extracted == null) {
            extracted = extract(resourceName());
        }
        return extracted;
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static String resourceName() {
        String platform = operatingSystem() + "-" + architecture();
        String name = RESOURCES.get(platform);
        if (name == null) {
            throw new IllegalStateException(
                    "embedded-redis bundles no redis-server for os.name=" + System.getProperty("os.name") + ", os.arch="
                            + System.getProperty("os.arch") + " (it has " + RESOURCES.keySet() + ")");
        }
        return name;
    }

    private static Path extract(String resource) {
        try (InputStream in = BundledBinary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource '" + resource
                        + "' is not on the class path (is com.github.codemonstur:embedded-redis missing?)");
            }
            Path directory = Files.createTempDirectory("redis-pool-bin-");
            // Keeping the resource's name makes the server recognisable in a process
            // list.
            Path binary = directory.resolve(resource);
            Files.copy(in, binary, StandardCopyOption.REPLACE_EXISTING);
            if (!binary.toFile().setExecutable(true, true)) {
                throw new IllegalStateException("Could not make " + binary + " executable");
            }
            // Files registered later are deleted first, so the directory is empty by its
            // turn.
            directory.toFile().deleteOnExit();
            binary.toFile().deleteOnExit();
            return binary;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not extract " + resource + " from embedded-redis", ex);
        }
    }

    private static String operatingSystem() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return "linux";
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return "darwin";
        }
        return isWindows() ? "windows" : name;
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64", "x64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i486", "i586", "i686" -> "386";
            default -> arch;
        };
    }

}
