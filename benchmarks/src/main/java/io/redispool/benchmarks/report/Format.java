package io.redispool.benchmarks.report;

import io.redispool.benchmarks.load.Workload;
import java.util.Locale;

/**
 * How numbers and workloads are written in the report.
 */
final class Format {

    private Format() {
    }

    /** Operations per second as {@code 81.3k} or {@code 1.07M}. */
    static String rate(double opsPerSecond) {
        if (Double.isNaN(opsPerSecond)) {
            return "n/a";
        }
        if (opsPerSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", opsPerSecond / 1e6);
        }
        return String.format(Locale.ROOT, "%.1fk", opsPerSecond / 1e3);
    }

    /** A ratio with two decimals, such as {@code 0.82}. */
    static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio);
    }

    /** Microseconds, with one decimal below 100. */
    static String micros(double micros) {
        if (Double.isNaN(micros)) {
            return "n/a";
        }
        return (micros < 100) ? String.format(Locale.ROOT, "%.1f", micros) : String.format(Locale.ROOT, "%.0f", micros);
    }

    /** Nanoseconds or bytes, with one decimal below 100. */
    static String amount(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return (value < 100) ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%,.0f", value);
    }

    /** A percentage with one decimal. */
    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** {@code GET 3 B, 8 threads, pipeline 16}. */
    static String workload(Workload workload, boolean pinned) {
        String threads = workload.threads() + ((workload.threads() == 1) ? " thread" : " threads")
                + (pinned ? " (1 core)" : "");
        return workload.command() + " " + workload.valueSize() + " B, " + threads
                + (workload.pipelined() ? ", pipeline " + workload.pipeline() : "");
    }

}
