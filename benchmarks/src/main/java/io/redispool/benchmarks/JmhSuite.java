package io.redispool.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every JMH benchmark of this module with the gc profiler and keeps one line per
 * result.
 *
 * <p>
 * Usage:
 * {@code JmhSuite --out jmh.tsv [--mode full|quick] [--include REGEX] [--redis-host H]
 * [--redis-port P] [--cluster-nodes HOST:PORT,...]}. {@code full} forks a JVM per
 * benchmark and measures for seconds; {@code quick} runs each for 100 ms in this JVM,
 * only to show that it runs. Without a port the benchmarks that need a server are left
 * out; the cluster benchmarks run only when {@code --include} names them, on the cluster
 * given or else on one each trial starts.
 */
public final class JmhSuite {

    private JmhSuite() {
    }

    public static void main(String[] arguments) throws IOException, RunnerException {
        CommandLineOptions options = CommandLineOptions.parse(arguments);
        List<JmhResult> results = run(options.text("mode", "full").equals("quick"),
                options.text("include", "io\\.redispool\\.benchmarks\\..*"), options.text("redis-host", "127.0.0.1"),
                options.number("redis-port", 0), options.text("cluster-nodes", ""));
        write(results, Path.of(options.text("out", "jmh.tsv")));
    }

    /**
     * Runs the benchmarks.
     * @param quick whether to run each for 100 ms in this JVM rather than properly
     * @param include a regular expression for the benchmarks to run
     * @param redisHost the server for benchmarks that need one
     * @param redisPort its port; 0 leaves those benchmarks out
     * @return one result per benchmark and parameter combination
     * @throws RunnerException if a benchmark failed
     */
    public static List<JmhResult> run(boolean quick, String include, String redisHost, int redisPort)
            throws RunnerException {
        return run(quick, include, redisHost, redisPort, "");
    }

    /**
     * Runs the benchmarks, the cluster ones on a given cluster.
     * @param quick whether to run each for 100 ms in this JVM rather than properly
     * @param include a regular expression for the benchmarks to run; the cluster
     * benchmarks run only if it contains {@code Cluster}
     * @param redisHost the server for benchmarks that need one
     * @param redisPort its port; 0 leaves those benchmarks out
     * @param clusterNodes {@code host:port} seeds of a running cluster, comma-separated;
     * empty lets each cluster trial start a local cluster of its own
     * @return one result per benchmark and parameter combination
     * @throws RunnerException if a benchmark failed
     */
    public static List<JmhResult> run(boolean quick, String include, String redisHost, int redisPort,
            String clusterNodes) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().include(include)
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true);
        if (redisPort > 0) {
            options.param("host", redisHost).param("port", Integer.toString(redisPort));
        }
        else {
            options.exclude("ClientGetBenchmark");
        }
        if (!include.contains("Cluster")) {
            // They need a cluster, or start one per trial: run on demand with
            // --include Cluster.
            options.exclude("Cluster\\w+Benchmark");
        }
        else if (!clusterNodes.isBlank()) {
            options.param("nodes", clusterNodes);
        }
        if (quick) {
            options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(100));
        }
        else {
            options.forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xms1g", "-Xmx1g");
        }
        Collection<RunResult> runs = new Runner(options.build()).run();
        List<JmhResult> results = new ArrayList<>();
        for (RunResult run : runs) {
            results.add(JmhResult.of(run));
        }
        return results;
    }

    private static void write(List<JmhResult> results, Path out) throws IOException {
        Path directory = out.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            writer.println(JmhResult.HEADER);
            results.forEach((result) -> writer.println(result.toLine()));
        }
    }

    /**
     * One benchmark's figures.
     *
     * @param benchmark the class's simple name and the method, such as
     * {@code PoolBenchmark.threads04}
     * @param params its parameters, such as {@code pool=redis-pool}, or empty
     * @param threads how many threads ran it
     * @param score the average time per operation
     * @param error the score's 99.9% confidence half-width, NaN with too few samples
     * @param unit the score's unit, such as {@code ns/op}
     * @param allocatedBytes bytes allocated per operation, NaN where the profiler had
     * none
     */
    public record JmhResult(String benchmark, String params, int threads, double score, double error, String unit,
            double allocatedBytes) {

        /** The column names of {@link #toLine()}. */
        public static final String HEADER = "benchmark\tparams\tthreads\tscore\terror\tunit\talloc_bytes_per_op";

        static JmhResult of(RunResult run) {
            BenchmarkParams params = run.getParams();
            String name = params.getBenchmark();
            String[] parts = name.split("\\.");
            Map<String, String> values = new TreeMap<>();
            for (String key : params.getParamsKeys()) {
                if (!key.equals("host") && !key.equals("port") && !key.equals("nodes")) {
                    values.put(key, params.getParam(key));
                }
            }
            StringBuilder joined = new StringBuilder();
            values.forEach(
                    (key, value) -> joined.append(joined.isEmpty() ? "" : ";").append(key).append('=').append(value));
            Result<?> primary = run.getPrimaryResult();
            Result<?> allocation = run.getSecondaryResults().get("gc.alloc.rate.norm");
            return new JmhResult(parts[parts.length - 2] + "." + parts[parts.length - 1], joined.toString(),
                    params.getThreads(), primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                    (allocation != null) ? allocation.getScore() : Double.NaN);
        }

        /**
         * Reads a line written by {@link #toLine()}.
         * @param line the line
         * @return the result
         */
        public static JmhResult parse(String line) {
            String[] fields = line.split("\t", -1);
            return new JmhResult(fields[0], fields[1], Integer.parseInt(fields[2]), Double.parseDouble(fields[3]),
                    Double.parseDouble(fields[4]), fields[5], Double.parseDouble(fields[6]));
        }

        /**
         * The value of one parameter.
         * @param key the parameter's name
         * @return its value, or an empty string
         */
        public String param(String key) {
            for (String pair : this.params.split(";")) {
                if (pair.startsWith(key + "=")) {
                    return pair.substring(key.length() + 1);
                }
            }
            return "";
        }

        /**
         * One tab-separated line.
         * @return the line
         */
        public String toLine() {
            return String.join("\t", this.benchmark, this.params, Integer.toString(this.threads),
                    String.format(Locale.ROOT, "%.3f", this.score), String.format(Locale.ROOT, "%.3f", this.error),
                    this.unit, String.format(Locale.ROOT, "%.1f", this.allocatedBytes));
        }
    }

}
