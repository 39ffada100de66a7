package io.redispool.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the server's own redis-benchmark, the ceiling every client is compared with, on
 * the same workloads: {@code -c} connections for threads, {@code -P} for pipelines,
 * {@code -d} for the value size, and its default key.
 *
 * <p>
 * redis-benchmark runs a number of requests, not a time, so a short first run measures
 * its rate and later runs are sized to last the warm-up and the measured time.
 */
final class RedisBenchmarkRunner {

    private static final long CALIBRATION_REQUESTS = 20_000;

    private final String executable;

    private final String host;

    private final int port;

    private final Map<Workload, Double> rates = new HashMap<>();

    RedisBenchmarkRunner(String executable, String host, int port) {
        this.executable = executable;
        this.host = host;
        this.port = port;
    }

    /**
     * Whether the executable runs here.
     * @return {@code true} if {@code redis-benchmark --version} succeeded
     */
    boolean isAvailable() {
        try {
            Process process = new ProcessBuilder(this.executable, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Warms up for about {@code warmup}, then measures for about {@code duration}.
     * @param workload what to send
     * @param warmup the warm-up time
     * @param duration the measured time
     * @param round which repetition this is
     * @return redis-benchmark's own figures, or why it failed
     */
    Measurement measure(Workload workload, Duration warmup, Duration duration, int round) {
        int cpus = Runtime.getRuntime().availableProcessors();
        try {
            Double rate = this.rates.get(workload);
            if (rate == null) {
                rate = run(workload, CALIBRATION_REQUESTS * workload.pipeline(), round, cpus).opsPerSecond();
            }
            run(workload, requests(rate, warmup, workload), round, cpus);
            Measurement measured = run(workload, requests(rate, duration, workload), round, cpus);
            this.rates.put(workload, measured.opsPerSecond());
            return measured;
        }
        catch (IOException | RuntimeException ex) {
            return Measurement.failed("redis-benchmark", workload, round, cpus, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Measurement.failed("redis-benchmark", workload, round, cpus, ex);
        }
    }

    private static long requests(double rate, Duration time, Workload workload) {
        long wanted = (long) (rate * time.toMillis() / 1000);
        return Math.max(wanted, 1000L * workload.threads() * workload.pipeline());
    }

    private Measurement run(Workload workload, long requests, int round, int cpus)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(this.executable, "-h", this.host, "-p",
                Integer.toString(this.port), "-c", Integer.toString(workload.threads()), "-n", Long.toString(requests),
                "-P", Integer.toString(workload.pipeline()), "-d", Integer.toString(workload.valueSize()), "-t",
                workload.command().toLowerCase(Locale.ROOT), "--csv"));
        if (workload.keys().size() > 1) {
            command.addAll(List.of("-r", Integer.toString(workload.keys().size())));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
        }
        return parse(output, workload, round, cpus);
    }

    /**
     * Reads the {@code --csv} line: test, rps, avg, min, p50, p95, p99, max
     * (milliseconds).
     */
    static Measurement parse(String output, Workload workload, int round, int cpus) {
        String prefix = "\"" + workload.command() + "\",";
        for (String line : output.split("\\R")) {
            if (line.startsWith(prefix)) {
                String[] fields = line.replace("\"", "").split(",");
                return new Measurement("redis-benchmark", workload, round, cpus, Double.parseDouble(fields[1]),
                        Double.parseDouble(fields[4]) * 1000, Double.parseDouble(fields[6]) * 1000, Double.NaN, "");
            }
        }
        throw new IllegalStateException(
                "redis-benchmark printed no " + workload.command() + " line: " + output.strip());
    }

}
