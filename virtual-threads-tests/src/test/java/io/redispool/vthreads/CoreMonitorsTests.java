package io.redispool.vthreads;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.MonitorInstruction;
import java.lang.reflect.AccessFlag;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Finds every {@code synchronized} method and block in redis-pool-core's bytecode.
 *
 * <p>
 * Why: on JDK 21 to 23 a virtual thread that blocks while it holds a monitor pins its
 * carrier (JDK 24 lifted that, JEP 491), and a JFR recording on JDK 25 can no longer show
 * it. So docs/virtual-threads.md names each monitor of the core and why no thread blocks
 * inside it, and this test keeps that list whole: a new {@code synchronized} fails it
 * until the doc names it.
 */
class CoreMonitorsTests {

    private static final Path DOC = Path.of("..", "docs", "virtual-threads.md");

    /**
     * Each monitor as the doc names it, and never blocking inside (see the doc for why).
     */
    private static final Set<String> KNOWN = Set.of("CoarseClock.exitIfStopped", "CoarseClock.wakeTicker",
            "ConnectionBag.add", "ConnectionBag.remove", "ConnectionPool.addListener", "ConnectionPool.nextGeneration",
            "ConnectionPool.removeListener", "ConnectionSlots.awaitAllFree", "ConnectionSlots.free",
            "IoDeadlines.start", "ClusterNodes.add", "ClusterNodes.addClusterListener", "ClusterNodes.addListener",
            "ClusterNodes.close", "ClusterNodes.observeCommands", "ClusterNodes.removeListener",
            "ClusterNodes.retainOnly", "LocalCache.begin", "LocalCache.complete", "LocalCache.connected",
            "LocalCache.disconnected", "LocalCache.flush", "LocalCache.get", "LocalCache.invalidate",
            "LocalCache.stats");

    @Test
    void everyMonitorInTheCoreIsOneTheDocNames() throws Exception {
        Set<String> found = monitors(coreClasses());
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        assertThat(found)
            .as("synchronized methods and blocks in redis-pool-core; a virtual thread that blocks"
                    + " inside one pins its carrier on JDK 21-23, so name each new one in %s", DOC)
            .containsExactlyInAnyOrderElementsOf(KNOWN);
        assertThat(KNOWN).allSatisfy((monitor) -> assertThat(doc).contains("`" + monitor + "`"));
    }

    private static Path coreClasses() throws URISyntaxException {
        return Path.of(RedisClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** {@code Class.method} for each method that is synchronized or enters a monitor. */
    private static Set<String> monitors(Path classes) throws IOException {
        if (Files.isDirectory(classes)) {
            return monitorsUnder(classes);
        }
        try (FileSystem jar = FileSystems.newFileSystem(classes)) {
            return monitorsUnder(jar.getPath("/"));
        }
    }

    private static Set<String> monitorsUnder(Path root) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter((file) -> file.toString().endsWith(".class")).forEach((file) -> {
                ClassModel model = ClassFile.of().parse(read(file));
                String type = model.thisClass().asInternalName();
                String simpleName = type.substring(type.lastIndexOf('/') + 1);
                for (MethodModel method : model.methods()) {
                    if (holdsAMonitor(method)) {
                        found.add(simpleName + "." + method.methodName().stringValue());
                    }
                }
            });
        }
        return found;
    }

    private static boolean holdsAMonitor(MethodModel method) {
        if (method.flags().has(AccessFlag.SYNCHRONIZED)) {
            return true;
        }
        return method.code()
            .stream()
            .flatMap((code) -> code.elementStream())
            .anyMatch((element) -> element instanceof MonitorInstruction monitor
                    && monitor.opcode() == Opcode.MONITORENTER);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
