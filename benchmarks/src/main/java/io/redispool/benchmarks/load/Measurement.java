package io.redispool.benchmarks.load;

import java.util.List;
import java.util.Locale;

/**
 * What one client did on one workload in one round, or why it failed.
 *
 * <p>
 * Stored one per line, tab-separated, so that separate runs (the pinned 1-thread run and
 * the rest) can be merged into one report.
 *
 * @param client the client's name: {@code redis-pool}, {@code jedis},
 * {@code redis-benchmark}...
 * @param workload what it sent
 * @param round which repetition, from 1
 * @param cpus how many CPUs the client could run on (1 when pinned)
 * @param opsPerSecond commands completed per second, pipelined ones counted one by one
 * @param p50Micros median latency of one call (of one batch when pipelined), in
 * microseconds
 * @param p99Micros 99th percentile of the same, in microseconds
 * @param cpuMicrosPerOp the client process's CPU time (all its threads, user and system)
 * per command in the measured window, in microseconds: unlike throughput, it hardly moves
 * when other processes compete for the machine; NaN when not measured
 * @param error why the measurement failed, or an empty string
 */
public record Measurement(String client, Workload workload, int round, int cpus, double opsPerSecond, double p50Micros,
        double p99Micros, double cpuMicrosPerOp, String error) {

    /** The column names of {@link #toLine()}, as the first line of a results file. */
    public static final String HEADER = "client\tcommand\tvalue_size\tthreads\tpipeline\tround\tcpus\tops_per_s"
            + "\tp50_us\tp99_us\tcpu_us_per_op\terror";

    /**
     * A failed measurement.
     * @param client the client
     * @param workload the workload
     * @param round the round
     * @param cpus the CPUs it had
     * @param failure what went wrong
     * @return a measurement with no figures
     */
    public static Measurement failed(String client, Workload workload, int round, int cpus, Throwable failure) {
        String message = (failure.getMessage() != null) ? failure.getMessage() : failure.getClass().getName();
        return new Measurement(client, workload, round, cpus, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                message.replaceAll("\\s+", " "));
    }

    /**
     * Whether figures were measured.
     * @return {@code true} unless it failed
     */
    public boolean succeeded() {
        return this.error.isEmpty();
    }

    /**
     * One tab-separated line.
     * @return the line, without a line break
     */
    public String toLine() {
        return String.join("\t", this.client, this.workload.command(), Integer.toString(this.workload.valueSize()),
                Integer.toString(this.workload.threads()), Integer.toString(this.workload.pipeline()),
                Integer.toString(this.round), Integer.toString(this.cpus), format(this.opsPerSecond),
                format(this.p50Micros), format(this.p99Micros), formatFine(this.cpuMicrosPerOp), this.error);
    }

    /**
     * Reads a line written by {@link #toLine()}.
     * @param line the line
     * @return the measurement
     */
    public static Measurement parse(String line) {
        List<String> fields = List.of(line.split("\t", -1));
        if (fields.size() != 12) {
            throw new IllegalArgumentException(
                    "Expected 12 tab-separated fields but got " + fields.size() + ": " + line);
        }
        Workload workload = new Workload(fields.get(1), Integer.parseInt(fields.get(2)),
                Integer.parseInt(fields.get(3)), Integer.parseInt(fields.get(4)));
        return new Measurement(fields.get(0), workload, Integer.parseInt(fields.get(5)),
                Integer.parseInt(fields.get(6)), Double.parseDouble(fields.get(7)), Double.parseDouble(fields.get(8)),
                Double.parseDouble(fields.get(9)), Double.parseDouble(fields.get(10)), fields.get(11));
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String formatFine(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.3f", value);
    }
}
