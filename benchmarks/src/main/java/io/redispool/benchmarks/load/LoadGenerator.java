package io.redispool.benchmarks.load;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.benchmarks.CommandLineOptions;
import io.redispool.commands.Commands;
import io.redispool.execution.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Puts this client, Jedis, Lettuce and redis-benchmark under the same load against one
 * server, taking turns (A B C A B C) on each workload so that every ratio is measured
 * side by side.
 *
 * <p>
 * Usage: {@code LoadGenerator --port 6379 --out load.tsv [LoadPlan options]}. Every
 * client gets a fresh client object per measurement, its pool sized to the number of
 * threads (or to {@code -Dbench.pool-connections=N}, fewer connections than threads), and
 * the same key and value. Before anything is measured, each client runs once on every
 * kind of workload. With {@code --cluster-nodes host:port,...} the clients are the
 * cluster clients (redis-pool, Jedis's {@code JedisCluster} with and without a shared
 * pipeline executor, Lettuce's cluster client) and the keys spread over every master.
 */
public final class LoadGenerator {

    private final LoadPlan plan;

    private final PrintStream progress;

    /**
     * Prepares a run.
     * @param plan what to run
     * @param progress where a line per measurement goes as it completes
     */
    public LoadGenerator(LoadPlan plan, PrintStream progress) {
        this.plan = plan;
        this.progress = progress;
    }

    public static void main(String[] arguments) throws IOException {
        CommandLineOptions options = CommandLineOptions.parse(arguments);
        Path out = Path.of(options.text("out", "load.tsv"));
        LoadPlan plan = LoadPlan.from(options);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            writer.println(Measurement.HEADER);
            new LoadGenerator(plan, System.err).run((measurement) -> {
                writer.println(measurement.toLine());
                writer.flush();
            });
        }
    }

    /**
     * Runs every workload, round and client of the plan.
     * @param results receives each measurement as it completes
     * @return every measurement, in order
     */
    public List<Measurement> run(Consumer<Measurement> results) {
        RedisBenchmarkRunner redisBenchmark = new RedisBenchmarkRunner(this.plan.redisBenchmark(), this.plan.host(),
                this.plan.port());
        List<String> clients = new ArrayList<>(this.plan.clients());
        if (clients.contains("redis-benchmark") && !redisBenchmark.isAvailable()) {
            this.progress.println("redis-benchmark (" + this.plan.redisBenchmark() + ") does not run here; "
                    + "measuring without it");
            clients.remove("redis-benchmark");
        }
        prime(clients);
        List<Measurement> all = new ArrayList<>();
        for (Workload workload : this.plan.workloads()) {
            storeValue(workload);
            for (int round = 1; round <= this.plan.rounds(); round++) {
                for (String client : clients) {
                    Measurement measurement = client.equals("redis-benchmark")
                            ? redisBenchmark.measure(workload, this.plan.warmup(), this.plan.duration(), round)
                            : measure(client, workload, round);
                    report(measurement);
                    results.accept(measurement);
                    all.add(measurement);
                }
            }
        }
        return all;
    }

    /**
     * Runs each Java client once on every kind of workload before anything is measured,
     * so that the first client measured is not the one that pays for the JIT compiler's
     * work.
     */
    private void prime(List<String> clients) {
        Map<String, Workload> kinds = new LinkedHashMap<>();
        for (Workload workload : this.plan.workloads()) {
            kinds.putIfAbsent(workload.command() + workload.pipelined(),
                    new Workload(workload.command(), workload.valueSize(), 1, workload.pipeline(), workload.keys()));
        }
        for (String client : clients) {
            if (!client.equals("redis-benchmark")) {
                for (Workload kind : kinds.values()) {
                    storeValue(kind);
                    try (ClientDriver driver = driver(client, kind)) {
                        LoadRun.measure(client, driver, kind, this.plan.warmup(), Duration.ofMillis(1), 0);
                    }
                }
            }
        }
    }

    private Measurement measure(String client, Workload workload, int round) {
        try (ClientDriver driver = driver(client, workload)) {
            return LoadRun.measure(client, driver, workload, this.plan.warmup(), this.plan.duration(), round);
        }
        catch (RuntimeException ex) {
            return Measurement.failed(client, workload, round, Runtime.getRuntime().availableProcessors(), ex);
        }
    }

    private ClientDriver driver(String client, Workload workload) {
        if (this.plan.cluster()) {
            return new ClusterLoadDriver(client, this.plan.clusterNodes(), workload.threads());
        }
        String host = this.plan.host();
        int port = this.plan.port();
        // The pooled clients get a connection per thread unless an experiment asks for
        // fewer, as an application's default pool behind many threads has.
        int poolSize = Integer.getInteger("bench.pool-connections", workload.threads());
        return switch (client) {
            case "redis-pool" -> new RedisPoolDriver(host, port, poolSize, false);
            case "redis-pool+metrics" -> new RedisPoolDriver(host, port, poolSize, true);
            case "jedis" -> new JedisDriver(host, port, poolSize);
            case "lettuce" -> new LettuceDriver(host, port);
            case "redis-pool-pipelined" -> new MultiplexedDriver(host, port, false);
            case "redis-pool-async" -> new MultiplexedDriver(host, port, true);
            default -> throw new IllegalArgumentException("No driver for client " + client);
        };
    }

    /**
     * GET reads what SET would have written, so every client reads a value of the same
     * size.
     */
    private void storeValue(Workload workload) {
        if (this.plan.cluster()) {
            ClusterLoadDriver.storeValues(this.plan.clusterNodes(), workload);
            return;
        }
        try (RedisClient client = RedisClient
            .create(RedisClientConfig.builder().host(this.plan.host()).port(this.plan.port()).build())) {
            Commands<String, String> builders = client.commands().builders();
            Pipeline pipeline = client.pipeline();
            for (String key : workload.keys().all()) {
                pipeline.add(builders.strings().set(key, workload.value()));
                if (pipeline.size() == 1000) {
                    pipeline.sync();
                }
            }
            pipeline.sync();
        }
    }

    private void report(Measurement measurement) {
        String figures = measurement.succeeded()
                ? String.format(Locale.ROOT, "%,10.0f ops/s  p50 %7.1f us  p99 %7.1f us", measurement.opsPerSecond(),
                        measurement.p50Micros(), measurement.p99Micros())
                : "FAILED: " + measurement.error();
        this.progress.printf(Locale.ROOT, "%-32s %-19s round %d  %s%n", measurement.workload(), measurement.client(),
                measurement.round(), figures);
    }

}
