package io.redispool.benchmarks.cluster;

import io.redispool.benchmarks.JmhSuite.JmhResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns rounds of cluster benchmark results into a Markdown table of throughput ratios,
 * redis-pool's over each other client's, taken within each round: clients measured in the
 * same round meet the same load on a shared machine, so their ratio holds where their
 * absolute times do not.
 */
public final class ClusterRatios {

    /** The client every other is compared with. */
    static final String BASELINE = "redis-pool";

    private ClusterRatios() {
    }

    /**
     * Builds the table: one row per benchmark and parameters, redis-pool's median time,
     * then per other client each round's ratio and their median.
     * @param rounds the results of each round, in order
     * @return the table, in Markdown
     */
    public static String table(List<List<JmhResult>> rounds) {
        Map<String, Map<String, List<Double>>> times = new LinkedHashMap<>();
        List<String> clients = new ArrayList<>();
        for (List<JmhResult> round : rounds) {
            for (JmhResult result : round) {
                String client = result.param("client");
                if (!clients.contains(client)) {
                    clients.add(client);
                }
                times.computeIfAbsent(row(result), (key) -> new LinkedHashMap<>())
                    .computeIfAbsent(client, (key) -> new ArrayList<>())
                    .add(result.score());
            }
        }
        clients.remove(BASELINE);
        StringBuilder table = new StringBuilder("| Benchmark | redis-pool µs (median) |");
        clients.forEach((client) -> table.append(" redis-pool / ").append(client).append(" |"));
        table.append("\n|---|---|").append("---|".repeat(clients.size())).append('\n');
        times.forEach((row, byClient) -> {
            List<Double> baseline = byClient.getOrDefault(BASELINE, List.of());
            table.append("| ").append(row).append(" | ").append(format(median(baseline), "%.1f")).append(" |");
            for (String client : clients) {
                table.append(' ').append(ratios(baseline, byClient.getOrDefault(client, List.of()))).append(" |");
            }
            table.append('\n');
        });
        return table.toString();
    }

    private static String row(JmhResult result) {
        String others = Arrays.stream(result.params().split(";"))
            .filter((pair) -> !pair.isEmpty() && !pair.startsWith("client="))
            .collect(Collectors.joining(" "));
        return others.isEmpty() ? result.benchmark() : result.benchmark() + " " + others;
    }

    private static String ratios(List<Double> baseline, List<Double> other) {
        int rounds = Math.min(baseline.size(), other.size());
        if (rounds == 0) {
            return "-";
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            // Throughput ratio: the other client's time over redis-pool's.
            ratios.add(other.get(i) / baseline.get(i));
        }
        String each = ratios.stream().map((ratio) -> format(ratio, "%.2f")).collect(Collectors.joining(", "));
        return "**" + format(median(ratios), "%.2f") + "** (" + each + ")";
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String format(double value, String pattern) {
        return String.format(Locale.ROOT, pattern, value);
    }

}
