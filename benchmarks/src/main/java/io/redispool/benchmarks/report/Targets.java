package io.redispool.benchmarks.report;

import io.redispool.benchmarks.JmhSuite.JmhResult;
import io.redispool.benchmarks.load.Workload;
import io.redispool.benchmarks.report.LoadSummary.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The performance targets of the benchmarks issue, each judged met or missed from one
 * run's figures, with the figures that decided it.
 */
final class Targets {

    static final String POOL = "redis-pool";

    static final String JEDIS = "jedis";

    static final String BENCHMARK = "redis-benchmark";

    static final String METRICS = "redis-pool+metrics";

    private final LoadSummary load;

    private final List<JmhResult> jmh;

    Targets(LoadSummary load, List<JmhResult> jmh) {
        this.load = load;
        this.jmh = jmh;
    }

    /**
     * Judges every target.
     * @return one verdict per target, in the order
     */
    List<Verdict> judge() {
        Predicate<Workload> multiThreaded = (workload) -> !workload.pipelined() && workload.threads() > 1;
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(ratioTarget("Throughput >= 1.1x Jedis at 8 and 64 threads", multiThreaded, JEDIS, 1.1));
        verdicts
            .add(ratioTarget("Throughput >= 0.9x redis-benchmark at 8 and 64 threads", multiThreaded, BENCHMARK, 0.9));
        verdicts.add(ratioTarget("Throughput >= Jedis at 1 thread", (workload) -> workload.threads() == 1, JEDIS, 1.0));
        verdicts.add(p99Target());
        verdicts.add(ratioTarget("Pipelined throughput >= 1.2x Jedis's pipeline", Workload::pipelined, JEDIS, 1.2));
        verdicts.add(uncontendedPoolTarget());
        verdicts.add(contendedPoolTarget());
        verdicts.add(allocationTarget());
        verdicts.add(metricsTarget());
        return verdicts;
    }

    private Verdict ratioTarget(String goal, Predicate<Workload> which, String baseline, double minimum) {
        List<String> evidence = new ArrayList<>();
        double worst = Double.POSITIVE_INFINITY;
        for (Workload workload : this.load.workloads()) {
            double ratio = which.test(workload) ? this.load.ratio(workload, POOL, baseline) : Double.NaN;
            if (!Double.isNaN(ratio)) {
                evidence.add(Format.workload(workload, false) + " " + Format.ratio(ratio));
                worst = Math.min(worst, ratio);
            }
        }
        if (evidence.isEmpty()) {
            return Verdict.notMeasured(goal);
        }
        return new Verdict(goal, worst >= minimum ? Status.MET : Status.MISSED,
                "lowest " + Format.ratio(worst) + "; " + String.join(", ", evidence));
    }

    private Verdict p99Target() {
        String goal = "p99 no worse than Jedis anywhere";
        List<String> worse = new ArrayList<>();
        int compared = 0;
        for (Workload workload : this.load.workloads()) {
            Figures pool = this.load.figures(workload, POOL);
            Figures jedis = this.load.figures(workload, JEDIS);
            if (pool != null && jedis != null) {
                compared++;
                if (pool.p99Micros() > jedis.p99Micros()) {
                    worse.add(Format.workload(workload, false) + " " + Format.micros(pool.p99Micros()) + " vs "
                            + Format.micros(jedis.p99Micros()) + " us");
                }
            }
        }
        if (compared == 0) {
            return Verdict.notMeasured(goal);
        }
        return new Verdict(goal, worse.isEmpty() ? Status.MET : Status.MISSED,
                worse.isEmpty() ? "p99 at or below Jedis's in all " + compared + " workloads"
                        : "worse in " + worse.size() + " of " + compared + ": " + String.join(", ", worse));
    }

    private Verdict uncontendedPoolTarget() {
        String goal = "Pool borrow + release <= 40 ns uncontended";
        return poolScore("threads01", POOL)
            .map((score) -> new Verdict(goal, score <= 40 ? Status.MET : Status.MISSED,
                    Format.amount(score) + " ns at 1 thread (commons-pool2: "
                            + poolScore("threads01", "commons-pool2").map(Format::amount).orElse("n/a") + " ns)"))
            .orElse(Verdict.notMeasured(goal));
    }

    private Verdict contendedPoolTarget() {
        String goal = "Pool throughput >= 10x GenericObjectPool's and >= 0.5x a locked ArrayDeque's at 4 and 16 "
                + "threads";
        List<String> evidence = new ArrayList<>();
        boolean met = true;
        for (String method : List.of("threads04", "threads16")) {
            Optional<Double> ours = poolScore(method, POOL);
            Optional<Double> commons = poolScore(method, "commons-pool2");
            Optional<Double> deque = poolScore(method, "locked-deque");
            if (ours.isPresent() && commons.isPresent() && deque.isPresent()) {
                double versusCommons = commons.get() / ours.get();
                double versusDeque = deque.get() / ours.get();
                met &= versusCommons >= 10 && versusDeque >= 0.5;
                evidence.add(method.substring("threads".length()) + " threads " + Format.ratio(versusCommons)
                        + "x commons-pool2, " + Format.ratio(versusDeque) + "x ArrayDeque (" + Format.amount(ours.get())
                        + " vs " + Format.amount(commons.get()) + " and " + Format.amount(deque.get()) + " ns)");
            }
        }
        if (evidence.isEmpty()) {
            return Verdict.notMeasured(goal);
        }
        return new Verdict(goal, met ? Status.MET : Status.MISSED, String.join(", ", evidence));
    }

    private Verdict allocationTarget() {
        String goal = "Allocation per GET of a 100-byte value below Jedis's";
        Optional<Double> ours = allocation(POOL);
        Optional<Double> jedis = allocation(JEDIS);
        if (ours.isEmpty() || jedis.isEmpty()) {
            return Verdict.notMeasured(goal);
        }
        return new Verdict(goal, ours.get() < jedis.get() ? Status.MET : Status.MISSED,
                Format.amount(ours.get()) + " B/op vs Jedis " + Format.amount(jedis.get()) + " B/op (Lettuce "
                        + allocation("lettuce").map(Format::amount).orElse("n/a") + " B/op)");
    }

    private Verdict metricsTarget() {
        String goal = "The starter's metrics switched on cost <= 3% of throughput";
        List<Double> costs = new ArrayList<>();
        for (Workload workload : this.load.workloads()) {
            double ratio = this.load.ratio(workload, METRICS, POOL);
            if (!Double.isNaN(ratio)) {
                costs.add(1 - ratio);
            }
        }
        if (costs.isEmpty()) {
            return Verdict.notMeasured(goal);
        }
        double mean = costs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double min = costs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = costs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return new Verdict(goal, mean <= 0.03 ? Status.MET : Status.MISSED,
                "mean cost " + Format.percent(mean) + " over " + costs.size() + " workloads (from "
                        + Format.percent(min) + " to " + Format.percent(max)
                        + "; negative is noise in favour of metrics)");
    }

    private Optional<Double> poolScore(String method, String pool) {
        return this.jmh.stream()
            .filter((result) -> result.benchmark().equals("PoolBenchmark." + method)
                    && result.param("pool").equals(pool))
            .map(JmhResult::score)
            .findFirst();
    }

    private Optional<Double> allocation(String client) {
        return this.jmh.stream()
            .filter((result) -> result.benchmark().equals("ClientGetBenchmark.get")
                    && result.param("client").equals(client))
            .map(JmhResult::allocatedBytes)
            .filter((bytes) -> !bytes.isNaN())
            .findFirst();
    }

    /** Whether a target was met. */
    enum Status {

        MET("met"), MISSED("**missed**"), NOT_MEASURED("not measured");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return this.label;
        }

    }

    /**
     * A target's verdict.
     *
     * @param goal the target
     * @param status met, missed or not measured
     * @param evidence the figures that decided it
     */
    record Verdict(String goal, Status status, String evidence) {

        static Verdict notMeasured(String goal) {
            return new Verdict(goal, Status.NOT_MEASURED, "no figures in this run");
        }
    }

}
