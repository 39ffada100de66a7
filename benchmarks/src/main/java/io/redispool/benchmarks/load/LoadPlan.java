package io.redispool.benchmarks.load;

import io.redispool.benchmarks.CommandLineOptions;
import io.redispool.benchmarks.cluster.ClusterPipelineClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a load run covers: the server, the workloads, the clients, and for how long.
 *
 * @param host the server's host
 * @param port the server's port
 * @param workloads the cells of the matrix, in order
 * @param clients the clients, in the order they take turns on each workload
 * @param warmup how long each client runs before it is measured
 * @param duration how long each client is measured
 * @param rounds how many times the clients take turns on each workload
 * @param redisBenchmark the redis-benchmark executable
 * @param clusterNodes {@code host:port} seeds of a cluster to run against instead of
 * {@code host} and {@code port}; empty for one server
 */
public record LoadPlan(String host, int port, List<Workload> workloads, List<String> clients, Duration warmup,
        Duration duration, int rounds, String redisBenchmark, List<String> clusterNodes) {

    /** Every client, in the order they take turns. */
    public static final List<String> ALL_CLIENTS = List.of("redis-pool", "jedis", "lettuce", "redis-benchmark",
            "redis-pool+metrics", "redis-pool-pipelined", "redis-pool-async");

    /** The clients that run against a cluster, in the order they take turns. */
    public static final List<String> CLUSTER_CLIENTS = ClusterPipelineClient.NAMES;

    public LoadPlan {
        workloads = List.copyOf(workloads);
        clients = List.copyOf(clients);
        clusterNodes = List.copyOf(clusterNodes);
        List<String> known = clusterNodes.isEmpty() ? ALL_CLIENTS : CLUSTER_CLIENTS;
        for (String client : clients) {
            if (!known.contains(client)) {
                throw new IllegalArgumentException("'clients' must be among " + known
                        + (clusterNodes.isEmpty() ? "" : " with 'cluster-nodes'") + " but held " + client);
            }
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("'rounds' must be at least 1 but was " + rounds);
        }
    }

    /**
     * Reads a plan from command-line options; every option has a default.
     * @param options {@code --host}, {@code --port}, {@code --commands}, {@code --sizes},
     * {@code --threads}, {@code --pipelines}, {@code --pipeline-threads},
     * {@code --pipeline-sizes}, {@code --clients}, {@code --warmup}, {@code --duration},
     * {@code --rounds}, {@code --redis-benchmark}, {@code --keyspace} (1, the default, is
     * redis-benchmark's one key), {@code --cluster-nodes}
     * @return the plan
     */
    public static LoadPlan from(CommandLineOptions options) {
        List<String> commands = options.list("commands", "GET,SET");
        KeySpace keys = KeySpace.of(options.number("keyspace", 1));
        List<Workload> workloads = new ArrayList<>();
        for (int threads : options.numbers("threads", "1,8,64")) {
            for (int size : options.numbers("sizes", "3,100")) {
                for (String command : commands) {
                    workloads.add(new Workload(command, size, threads, 1, keys));
                }
            }
        }
        int pipelineThreads = options.number("pipeline-threads", 8);
        for (int depth : options.numbers("pipelines", "16,100")) {
            for (int size : options.numbers("pipeline-sizes", "3")) {
                for (String command : commands) {
                    workloads.add(new Workload(command, size, pipelineThreads, depth, keys));
                }
            }
        }
        List<String> clusterNodes = options.list("cluster-nodes", "");
        List<String> clients = clusterNodes.isEmpty() ? ALL_CLIENTS : CLUSTER_CLIENTS;
        return new LoadPlan(options.text("host", "127.0.0.1"), options.number("port", 6379), workloads,
                options.list("clients", String.join(",", clients)), options.duration("warmup", "1s"),
                options.duration("duration", "2s"), options.number("rounds", 2),
                options.text("redis-benchmark", "redis-benchmark"), clusterNodes);
    }

    /**
     * Whether the run is against a cluster.
     * @return {@code true} if cluster nodes are given
     */
    public boolean cluster() {
        return !this.clusterNodes.isEmpty();
    }

}
