package io.redispool.benchmarks.report;

import io.redispool.benchmarks.CommandLineOptions;
import io.redispool.benchmarks.JmhSuite.JmhResult;
import io.redispool.benchmarks.load.Measurement;
import io.redispool.benchmarks.load.Workload;
import io.redispool.benchmarks.report.LoadSummary.Figures;
import io.redispool.benchmarks.report.Targets.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Turns the results of one run (load measurements and JMH results) into Markdown tables,
 * with a verdict on each target.
 *
 * <p>
 * Usage: {@code MarkdownReport --load a.tsv[,b.tsv] --jmh jmh.tsv --out report.md
 * [--machine TEXT]}.
 */
public final class MarkdownReport {

    private static final List<String> CLIENTS = List.of("redis-benchmark", "redis-pool", "jedis", "lettuce",
            "redis-pool+metrics", "redis-pool-pipelined", "redis-pool-async");

    private static final Map<String, String> LIBRARIES = Map.of("jedis", "redis.clients/jedis", "lettuce",
            "io.lettuce/lettuce-core", "commons-pool2", "org.apache.commons/commons-pool2");

    private final LoadSummary load;

    private final List<JmhResult> jmh;

    private final String machine;

    /**
     * Prepares a report.
     * @param load every load measurement, of every round
     * @param jmh every JMH result
     * @param machine a line on the machine it ran on
     */
    public MarkdownReport(List<Measurement> load, List<JmhResult> jmh, String machine) {
        this.load = new LoadSummary(load);
        this.jmh = List.copyOf(jmh);
        this.machine = machine;
    }

    public static void main(String[] arguments) throws IOException {
        CommandLineOptions options = CommandLineOptions.parse(arguments);
        List<Measurement> load = new ArrayList<>();
        for (String file : options.list("load", "")) {
            load.addAll(read(Path.of(file), Measurement::parse));
        }
        String jmhFile = options.text("jmh", "");
        List<JmhResult> jmh = jmhFile.isEmpty() ? List.of() : read(Path.of(jmhFile), JmhResult::parse);
        String report = new MarkdownReport(load, jmh, options.text("machine", "")).render();
        Files.writeString(Path.of(options.text("out", "report.md")), report, StandardCharsets.UTF_8);
    }

    private static <T> List<T> read(Path file, Function<String, T> parser) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8)
            .stream()
            .skip(1)
            .filter((line) -> !line.isBlank())
            .map(parser)
            .toList();
    }

    /**
     * Renders the report.
     * @return Markdown, starting with a level-3 heading
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("### Run\n\n");
        if (!this.machine.isBlank()) {
            out.append(this.machine.strip()).append("\n\n");
        }
        out.append("Clients: redis-pool (this build), Jedis ")
            .append(version("jedis"))
            .append(", Lettuce ")
            .append(version("lettuce"))
            .append(", commons-pool2 ")
            .append(version("commons-pool2"))
            .append(".\n\n");
        if (!this.load.workloads().isEmpty()) {
            throughput(out);
            latency(out);
        }
        pool(out);
        resp(out);
        allocation(out);
        targets(out);
        return out.toString();
    }

    private void throughput(StringBuilder out) {
        out.append("### Load: throughput\n\nOperations per second, median of the rounds; in parentheses the ratio ")
            .append("to redis-benchmark at the same concurrency.\n\n");
        List<String> clients = measuredClients();
        header(out, "Workload", clients, "redis-pool / Jedis");
        for (Workload workload : this.load.workloads()) {
            out.append("| ").append(Format.workload(workload, this.load.pinned(workload)));
            for (String client : clients) {
                Figures figures = this.load.figures(workload, client);
                out.append(" | ")
                    .append((figures == null) ? failure(workload, client)
                            : Format.rate(figures.opsPerSecond()) + (client.equals("redis-benchmark") ? ""
                                    : " (" + Format.ratio(this.load.ratio(workload, client, "redis-benchmark")) + ")"));
            }
            out.append(" | ").append(Format.ratio(this.load.ratio(workload, "redis-pool", "jedis"))).append(" |\n");
        }
        out.append('\n');
    }

    private void latency(StringBuilder out) {
        out.append("### Load: latency\n\np50 / p99 in microseconds, of one call (of one batch when pipelined; ")
            .append("redis-benchmark reports per request), median of the rounds.\n\n");
        List<String> clients = measuredClients();
        header(out, "Workload", clients);
        for (Workload workload : this.load.workloads()) {
            out.append("| ").append(Format.workload(workload, this.load.pinned(workload)));
            for (String client : clients) {
                Figures figures = this.load.figures(workload, client);
                out.append(" | ")
                    .append((figures == null) ? failure(workload, client)
                            : Format.micros(figures.p50Micros()) + " / " + Format.micros(figures.p99Micros()));
            }
            out.append(" |\n");
        }
        out.append('\n');
    }

    private void pool(StringBuilder out) {
        List<JmhResult> results = results("PoolBenchmark.");
        if (results.isEmpty()) {
            return;
        }
        out.append("### Pool: borrow + release (JMH)\n\nNanoseconds per borrow+release as each thread sees it; ")
            .append("throughput ratio = the other pool's time / redis-pool's at the same thread count; ")
            .append("+listener is redis-pool with a listener attached, as metrics attach one.\n\n");
        header(out, "Threads",
                List.of("redis-pool ns/op", "redis-pool+listener ns/op", "commons-pool2 ns/op",
                        "locked ArrayDeque ns/op", "redis-pool / commons-pool2 throughput",
                        "redis-pool / locked ArrayDeque throughput", "redis-pool B/op"));
        for (String method : List.of("threads01", "threads02", "threads04", "threads16")) {
            JmhResult ours = find(results, "PoolBenchmark." + method, "pool", "redis-pool");
            JmhResult listened = find(results, "PoolBenchmark." + method, "pool", "redis-pool+listener");
            JmhResult commons = find(results, "PoolBenchmark." + method, "pool", "commons-pool2");
            JmhResult deque = find(results, "PoolBenchmark." + method, "pool", "locked-deque");
            out.append("| ")
                .append(Integer.parseInt(method.substring("threads".length())))
                .append(" | ")
                .append(score(ours))
                .append(" | ")
                .append(score(listened))
                .append(" | ")
                .append(score(commons))
                .append(" | ")
                .append(score(deque))
                .append(" | ")
                .append(Format.ratio(ratio(commons, ours)))
                .append(" | ")
                .append(Format.ratio(ratio(deque, ours)))
                .append(" | ")
                .append((ours != null) ? Format.amount(ours.allocatedBytes()) : "n/a")
                .append(" |\n");
        }
        out.append('\n');
    }

    private static double ratio(JmhResult theirs, JmhResult ours) {
        return (ours != null && theirs != null) ? theirs.score() / ours.score() : Double.NaN;
    }

    private void resp(StringBuilder out) {
        List<JmhResult> results = results("RespBenchmark.");
        if (results.isEmpty()) {
            return;
        }
        out.append("### RESP (JMH, one thread)\n\n");
        header(out, "Benchmark", List.of("ns/op", "B/op"));
        for (JmhResult result : results) {
            out.append("| ")
                .append(result.benchmark().substring("RespBenchmark.".length()))
                .append(" | ")
                .append(score(result))
                .append(" | ")
                .append(Format.amount(result.allocatedBytes()))
                .append(" |\n");
        }
        out.append('\n');
    }

    private void allocation(StringBuilder out) {
        List<JmhResult> results = results("ClientGetBenchmark.");
        if (results.isEmpty()) {
            return;
        }
        out.append("### GET of a 100-byte value, one thread (JMH, gc profiler)\n\n");
        header(out, "Client", List.of("us/op", "B/op"));
        for (JmhResult result : results) {
            out.append("| ")
                .append(result.param("client"))
                .append(" | ")
                .append(Format.amount(result.score()))
                .append(" | ")
                .append(Format.amount(result.allocatedBytes()))
                .append(" |\n");
        }
        out.append('\n');
    }

    private void targets(StringBuilder out) {
        out.append("### Targets\n\n");
        header(out, "Target", List.of("Status", "Figures"));
        for (Verdict verdict : new Targets(this.load, this.jmh).judge()) {
            out.append("| ")
                .append(verdict.goal())
                .append(" | ")
                .append(verdict.status().label())
                .append(" | ")
                .append(verdict.evidence())
                .append(" |\n");
        }
        out.append('\n');
    }

    private List<String> measuredClients() {
        return CLIENTS.stream().filter(this.load::has).toList();
    }

    private String failure(Workload workload, String client) {
        List<String> errors = this.load.errors(workload, client);
        return errors.isEmpty() ? "n/a" : "failed: " + errors.get(0).replace("|", "/");
    }

    private List<JmhResult> results(String prefix) {
        return this.jmh.stream().filter((result) -> result.benchmark().startsWith(prefix)).toList();
    }

    private static JmhResult find(List<JmhResult> results, String benchmark, String key, String value) {
        return results.stream()
            .filter((result) -> result.benchmark().equals(benchmark) && result.param(key).equals(value))
            .findFirst()
            .orElse(null);
    }

    private static String score(JmhResult result) {
        if (result == null) {
            return "n/a";
        }
        return Double.isNaN(result.error()) ? Format.amount(result.score())
                : Format.amount(result.score()) + " ± " + Format.amount(result.error());
    }

    private static void header(StringBuilder out, String first, List<String> columns, String... more) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(columns);
        all.addAll(List.of(more));
        out.append("| ").append(String.join(" | ", all)).append(" |\n|");
        all.forEach((column) -> out.append(" --- |"));
        out.append('\n');
    }

    private static String version(String library) {
        String resource = "/META-INF/maven/" + LIBRARIES.get(library) + "/pom.properties";
        try (InputStream in = MarkdownReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "(version unknown)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(version unknown)");
        }
        catch (IOException ex) {
            return "(version unknown)";
        }
    }

}
