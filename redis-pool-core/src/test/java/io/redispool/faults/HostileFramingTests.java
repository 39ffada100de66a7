package io.redispool.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.faults.SmallHeapFramingChecks.Check;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Replies built to exhaust memory or stack (hiredis CVE-2021-32765's {@code *4294967295},
 * Jedis #4646's {@code $4294967296}, a 512 MB bulk string that trickles, deep nesting)
 * are refused with typed errors by a client on a 64 MB heap, in a JVM forked for the
 * purpose.
 */
class HostileFramingTests {

    private static final long FORK_TIMEOUT_SECONDS = 90;

    private static int exitCode;

    private static List<String> lines;

    @BeforeAll
    static void runChecksInASmallHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx64m", "-Xss512k", "-cp", System.getProperty("java.class.path"),
                SmallHeapFramingChecks.class.getName())
            .redirectErrorStream(true)
            .start();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                output.addAll(
                        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
            catch (IOException ex) {
                output.add("FAIL READING OUTPUT: " + ex);
            }
        });
        reader.start();
        if (!process.waitFor(FORK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        reader.join(5000);
        exitCode = process.isAlive() ? -1 : process.exitValue();
        lines = output;
    }

    @ParameterizedTest
    @EnumSource(Check.class)
    void hostileReplyIsRefusedWithATypedErrorAndItsConnectionClosed(Check check) {
        assertThat(lines).as("output of the 64 MB JVM").contains("PASS " + check.name());
    }

    @Test
    void checksRanInAHeapOf64MegabytesAndAllPassed() {
        assertThat(lines).as("output of the 64 MB JVM").noneMatch((line) -> line.startsWith("FAIL"));
        long maxHeap = lines.stream()
            .filter((line) -> line.startsWith("MAX_HEAP "))
            .mapToLong((line) -> Long.parseLong(line.substring("MAX_HEAP ".length())))
            .findFirst()
            .orElse(Long.MAX_VALUE);
        assertThat(maxHeap).isLessThanOrEqualTo(64L * 1024 * 1024);
        assertThat(exitCode).as("exit code of the 64 MB JVM, output: %s", lines).isZero();
    }

}
