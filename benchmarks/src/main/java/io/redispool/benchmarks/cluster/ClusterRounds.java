package io.redispool.benchmarks.cluster;

import io.redispool.benchmarks.CommandLineOptions;
import io.redispool.benchmarks.JmhSuite;
import io.redispool.benchmarks.JmhSuite.JmhResult;
import io.redispool.testing.RedisCluster;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs the cluster benchmarks in rounds on one local 3-master cluster that every client
 * shares, and writes every result and the per-round ratios to redis-pool.
 *
 * <p>
 * Usage: {@code ClusterRounds [--rounds 3] [--include REGEX] [--nodes HOST:PORT,...]
 * [--out DIR]}. Each round is one JMH run (a fork per benchmark, 2 warm-up and 5 measured
 * iterations of a second) of every client; without {@code --nodes} a cluster is started
 * for the whole run. Writes {@code cluster-rounds.tsv} (the round and the load average
 * before and after it, then the JMH line) and {@code cluster-ratios.md}.
 */
public final class ClusterRounds {

    private ClusterRounds() {
    }

    public static void main(String[] arguments) throws IOException, RunnerException {
        CommandLineOptions options = CommandLineOptions.parse(arguments);
        int rounds = options.number("rounds", 3);
        String include = options.text("include", "Cluster(Pipeline|GetSet)Benchmark");
        Path out = Path.of(options.text("out", "cluster-rounds"));
        Files.createDirectories(out);
        String nodes = options.text("nodes", "");
        RedisCluster cluster = nodes.isBlank() ? RedisCluster.builder().masters(3).start() : null;
        try {
            String seeds = (cluster != null) ? String.join(",", cluster.nodeAddresses()) : nodes;
            run(rounds, include, seeds, out);
        }
        finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    private static void run(int rounds, String include, String seeds, Path out) throws IOException, RunnerException {
        List<List<JmhResult>> all = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        try (PrintWriter tsv = new PrintWriter(
                Files.newBufferedWriter(out.resolve("cluster-rounds.tsv"), StandardCharsets.UTF_8))) {
            tsv.println("round\tload_before\tload_after\t" + JmhResult.HEADER);
            for (int round = 1; round <= rounds; round++) {
                String before = loadAverage();
                List<JmhResult> results = JmhSuite.run(false, include, "127.0.0.1", 0, seeds);
                String after = loadAverage();
                loads.add("round " + round + ": " + before + " before, " + after + " after");
                for (JmhResult result : results) {
                    tsv.println(round + "\t" + before + "\t" + after + "\t" + result.toLine());
                }
                tsv.flush();
                all.add(results);
            }
        }
        String report = "Measured " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors()
                + " cores; load average (1, 5, 15 min) " + String.join("; ", loads) + ".\n\n"
                + ClusterRatios.table(all);
        Files.writeString(out.resolve("cluster-ratios.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        }
        catch (IOException ex) {
            return "unknown";
        }
    }

}
