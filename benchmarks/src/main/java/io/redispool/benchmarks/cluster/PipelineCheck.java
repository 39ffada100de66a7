package io.redispool.benchmarks.cluster;

import java.util.List;
import java.util.Locale;

/**
 * Checks, before anything is measured, that a client's cluster pipeline does the work the
 * benchmark claims: every SET acknowledged, every GET reading back its own key's value in
 * its own place, every master reached, and no more than one server write per node and
 * pipeline, that is, no round trip per command.
 */
public final class PipelineCheck {

    /**
     * The most server writes per master and pipeline that still count as pipelining: one,
     * with room for a batch that reached a server in two reads.
     */
    static final double MAX_WRITES_PER_MASTER = 2.0;

    private PipelineCheck() {
    }

    /**
     * Stores every key's value, then reads them back in pipelines while counting the
     * servers' writes.
     * @param name the client's name, for the messages
     * @param client the client
     * @param seed {@code host:port} of any node of the cluster
     * @param spread the keys and their batches
     * @return the servers' writes per pipeline, all masters together
     * @throws IllegalStateException if a reply is wrong, a master got nothing, or the
     * client did not pipeline
     */
    public static double verify(String name, ClusterPipelineClient client, String seed, KeySpread spread) {
        for (int batch = 0; batch < spread.batches(); batch++) {
            List<Boolean> acknowledged = client.setAll(spread.keys(batch), spread.values(batch));
            if (acknowledged.size() != spread.keys(batch).size() || acknowledged.contains(Boolean.FALSE)) {
                throw new IllegalStateException(
                        name + " did not acknowledge every SET of " + spread.keys(batch) + ": " + acknowledged);
            }
        }
        ServerWrites writes = ServerWrites.ofMasters(seed);
        long[] before = writes.read();
        for (int batch = 0; batch < spread.batches(); batch++) {
            List<String> values = client.getAll(spread.keys(batch));
            if (!values.equals(spread.values(batch))) {
                throw new IllegalStateException(name + " read " + values + " for " + spread.keys(batch)
                        + " but they hold " + spread.values(batch));
            }
        }
        long[] after = writes.read();
        long total = 0;
        for (int i = 0; i < after.length; i++) {
            // The first reading's own reply is one of the writes counted.
            long delta = after[i] - before[i] - 1;
            if (delta < 1) {
                throw new IllegalStateException(name + " sent nothing to master " + (i + 1) + " of " + writes.masters()
                        + ": the keys do not spread over the cluster");
            }
            total += delta;
        }
        double perPipeline = (double) total / spread.batches();
        if (perPipeline > MAX_WRITES_PER_MASTER * writes.masters()) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s made %.1f server writes per pipeline of %d GETs over %d masters, a pipeline makes about "
                            + "one per master: it sends a command at a time",
                    name, perPipeline, spread.keys(0).size(), writes.masters()));
        }
        return perPipeline;
    }

}
