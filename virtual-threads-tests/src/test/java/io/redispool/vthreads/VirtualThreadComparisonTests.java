package io.redispool.vthreads;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.testing.RedisServerExtension;
import io.redispool.vthreads.CallerRun.Result;
import io.redispool.vthreads.CallerRun.Threads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The figures of docs/virtual-threads.md: the same work by 10,000 callers on 10,000
 * virtual threads, on 200 platform threads, and on 200 virtual threads (to tell the kind
 * of thread from the number of callers), over one pool of 16 connections, side by side in
 * each of three rounds because the machine is noisy. Every reply is checked as in the
 * stress test.
 *
 * <p>
 * A measurement, not a check, so it runs only when asked:
 * {@code -Dredispool.vthreads.compare=true} (see the doc for the whole command); the
 * table goes to standard output and {@code target/virtual-threads/comparison.md}.
 */
@EnabledIfSystemProperty(named = "redispool.vthreads.compare", matches = "true")
class VirtualThreadComparisonTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final int REPEATS = Integer.getInteger("redispool.vthreads.compare.repeats", 3);

    private static final int ROUNDS = Integer.getInteger("redispool.vthreads.compare.rounds", 6);

    private static final int PLATFORM_THREADS = 200;

    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Test
    void tenThousandVirtualThreadsSideBySideWithTwoHundredPlatformThreads() throws Exception {
        String loadBefore = loadAverage();
        List<String> rows = new ArrayList<>();
        rows.add("| round | threads | round trips/s | vs platform | p50 ms | p99 ms | max ms | longest wait ms"
                + " | peak pending | pinning events |");
        rows.add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        run(Threads.VIRTUAL, VirtualThreadStressTests.CALLERS);
        for (int repeat = 1; repeat <= REPEATS; repeat++) {
            // Alternate the order, so that neither kind always runs on a warmer server.
            boolean platformFirst = repeat % 2 == 0;
            Measured platform = platformFirst ? run(Threads.PLATFORM, 0) : null;
            Measured virtual = run(Threads.VIRTUAL, VirtualThreadStressTests.CALLERS);
            Measured fewVirtual = run(Threads.VIRTUAL, PLATFORM_THREADS);
            if (!platformFirst) {
                platform = run(Threads.PLATFORM, 0);
            }
            for (Measured measured : List.of(virtual, platform, fewVirtual)) {
                rows.add(measured.row(repeat, platform.result.operationsPerSecond()));
            }
        }
        rows.add("");
        rows.add(String.format("%s, Java %s (%s), %d cores; load average (1, 5, 15 min) before: %s, after: %s.",
                Instant.now().truncatedTo(ChronoUnit.MINUTES), Runtime.version(), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage()));
        String table = String.join("\n", rows);
        System.out.println(table);
        Path out = Path.of("target", "virtual-threads", "comparison.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n", StandardCharsets.UTF_8);
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.isReadable(loadavg)) {
            return "unknown";
        }
        String[] fields = Files.readString(loadavg, StandardCharsets.US_ASCII).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    /**
     * One run on a fresh client and an empty server; {@code virtualCallers} 0 means
     * platform threads.
     */
    private static Measured run(Threads threads, int virtualCallers) throws Exception {
        try (RedisClient client = RedisClient.create(RedisClientConfig.builder()
            .url(redis.server().url())
            .maxConnections(VirtualThreadStressTests.CONNECTIONS)
            .maxWait(Duration.ofMinutes(2))
            .build())) {
            client.commands().flushdb();
            // The same work whatever runs it: 10,000 callers' worth of rounds.
            int callers = (threads == Threads.VIRTUAL) ? virtualCallers : VirtualThreadStressTests.CALLERS;
            int rounds = ROUNDS * VirtualThreadStressTests.CALLERS / callers;
            Recording recording = PinnedEvents.start();
            Result result = CallerRun.run(client, threads, PLATFORM_THREADS, callers, (round) -> round < rounds, LIMIT);
            int pinned = PinnedEvents.stop(recording, "comparison").all().size();
            System.out.println(result.summary() + "; " + pinned + " pinning events");
            assertThat(result.problems()).isEmpty();
            assertThat(result.typedFailures()).isZero();
            return new Measured(result, pinned);
        }
    }

    private record Measured(Result result, int pinned) {

        String row(int repeat, double platformPerSecond) {
            Result r = this.result;
            return String.format("| %d | %s | %.0f | %.2f | %.2f | %.1f | %.1f | %.1f | %d | %d |", repeat, r.threads(),
                    r.operationsPerSecond(), r.operationsPerSecond() / platformPerSecond, r.p50Nanos() / 1e6,
                    r.p99Nanos() / 1e6, r.maxNanos() / 1e6, r.maxBorrowWaitNanos() / 1e6, r.peakPending(), this.pinned);
        }
    }

}
