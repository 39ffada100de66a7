package io.redispool.benchmarks.load;

import io.redispool.benchmarks.cluster.ClusterPipelineClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A client on a cluster, one object shared by every thread: each thread walks its own way
 * through {@value #KEYS} keys that spread over every master, one key per command or a run
 * of keys per pipeline, so that a pipeline reaches several nodes.
 */
final class ClusterLoadDriver implements ClientDriver {

    /** How many keys the threads walk through. */
    static final int KEYS = 400;

    private final ClusterPipelineClient client;

    ClusterLoadDriver(String client, List<String> seeds, int threads) {
        this.client = ClusterPipelineClient.connect(client, seeds, threads);
    }

    /**
     * The keys, in order.
     * @return every key
     */
    static List<String> keys() {
        List<String> keys = new ArrayList<>(KEYS);
        for (int i = 0; i < KEYS; i++) {
            keys.add("bench:load:" + i);
        }
        return keys;
    }

    /**
     * Stores a workload's value at every key, so that GET reads what SET would write.
     * @param seeds the cluster
     * @param workload the workload whose value to store
     */
    static void storeValues(List<String> seeds, Workload workload) {
        try (ClusterPipelineClient client = ClusterPipelineClient.connect("redis-pool", seeds)) {
            List<String> keys = keys();
            List<Boolean> acknowledged = client.setAll(keys, Collections.nCopies(keys.size(), workload.value()));
            if (acknowledged.contains(Boolean.FALSE)) {
                throw new IllegalStateException("Could not store the values of " + workload + ": " + acknowledged);
            }
        }
    }

    @Override
    public Operation operation(Workload workload) {
        List<String> keys = keys();
        // Threads start at different keys, so they do not all queue on one node at once.
        int[] next = { ThreadLocalRandom.current().nextInt(KEYS) };
        boolean get = workload.command().equals("GET");
        String value = workload.value();
        if (!workload.pipelined()) {
            return () -> {
                next[0] = (next[0] + 1) % KEYS;
                String key = keys.get(next[0]);
                ClientDriver.check(workload, get ? this.client.get(key) : this.client.set(key, value));
            };
        }
        List<String> batch = new ArrayList<>(workload.pipeline());
        List<String> values = Collections.nCopies(workload.pipeline(), value);
        return () -> {
            batch.clear();
            for (int i = 0; i < workload.pipeline(); i++) {
                next[0] = (next[0] + 1) % KEYS;
                batch.add(keys.get(next[0]));
            }
            List<?> replies = get ? this.client.getAll(batch) : this.client.setAll(batch, values);
            for (Object reply : replies) {
                ClientDriver.check(workload, reply);
            }
        };
    }

    @Override
    public void close() {
        this.client.close();
    }

}
