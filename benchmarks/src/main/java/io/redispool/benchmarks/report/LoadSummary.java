package io.redispool.benchmarks.report;

import io.redispool.benchmarks.load.Measurement;
import io.redispool.benchmarks.load.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Load measurements folded over their rounds: the median of each figure per client and
 * workload.
 */
final class LoadSummary {

    private final Map<Workload, Map<String, List<Measurement>>> byWorkload = new LinkedHashMap<>();

    private final Set<String> clients = new LinkedHashSet<>();

    LoadSummary(List<Measurement> measurements) {
        for (Measurement measurement : measurements) {
            this.byWorkload.computeIfAbsent(measurement.workload(), (workload) -> new LinkedHashMap<>())
                .computeIfAbsent(measurement.client(), (client) -> new ArrayList<>())
                .add(measurement);
            this.clients.add(measurement.client());
        }
    }

    /**
     * The workloads, in the order they were first measured.
     * @return the workloads
     */
    List<Workload> workloads() {
        return List.copyOf(this.byWorkload.keySet());
    }

    /**
     * Whether a client was measured at all.
     * @param client the client
     * @return {@code true} if any measurement names it
     */
    boolean has(String client) {
        return this.clients.contains(client);
    }

    /**
     * Whether the workload ran with its clients pinned to one CPU.
     * @param workload the workload
     * @return {@code true} if every measurement of it had one CPU
     */
    boolean pinned(Workload workload) {
        return this.byWorkload.get(workload)
            .values()
            .stream()
            .flatMap(List::stream)
            .allMatch((measurement) -> measurement.cpus() == 1);
    }

    /**
     * One client's figures on one workload.
     * @param workload the workload
     * @param client the client
     * @return the medians over the successful rounds, or {@code null} if none succeeded
     */
    Figures figures(Workload workload, String client) {
        List<Measurement> rounds = this.byWorkload.getOrDefault(workload, Map.of())
            .getOrDefault(client, List.of())
            .stream()
            .filter(Measurement::succeeded)
            .toList();
        if (rounds.isEmpty()) {
            return null;
        }
        return new Figures(median(rounds, Measurement::opsPerSecond), median(rounds, Measurement::p50Micros),
                median(rounds, Measurement::p99Micros), rounds.size());
    }

    /**
     * The errors of a client's failed rounds on a workload.
     * @param workload the workload
     * @param client the client
     * @return the error messages, empty if none failed
     */
    List<String> errors(Workload workload, String client) {
        return this.byWorkload.getOrDefault(workload, Map.of())
            .getOrDefault(client, List.of())
            .stream()
            .filter((measurement) -> !measurement.succeeded())
            .map(Measurement::error)
            .toList();
    }

    /**
     * A ratio of two clients' throughput on a workload.
     * @param workload the workload
     * @param client the numerator
     * @param baseline the denominator
     * @return the ratio, or NaN when either was not measured
     */
    double ratio(Workload workload, String client, String baseline) {
        Figures figures = figures(workload, client);
        Figures base = figures(workload, baseline);
        return (figures == null || base == null) ? Double.NaN : figures.opsPerSecond() / base.opsPerSecond();
    }

    private static double median(List<Measurement> rounds, ToDoubleFunction<Measurement> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        int middle = values.length / 2;
        return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /**
     * Medians over rounds.
     *
     * @param opsPerSecond throughput
     * @param p50Micros median latency
     * @param p99Micros 99th percentile latency
     * @param rounds how many rounds succeeded
     */
    record Figures(double opsPerSecond, double p50Micros, double p99Micros, int rounds) {
    }

}
