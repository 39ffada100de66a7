package io.redispool.benchmarks.cluster;

import io.redispool.benchmarks.CommandLineOptions;
import io.redispool.launcher.RedisServer;
import io.redispool.testing.FaultProxy;
import io.redispool.testing.FaultProxy.Direction;
import io.redispool.testing.RedisCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times cluster pipelines over a network with latency: a local 3-master cluster whose
 * masters are reached only through {@link FaultProxy}s that delay every chunk each way,
 * the masters announcing the proxies' ports so that the slot map leads every client
 * there.
 *
 * <p>
 * Why: on loopback a round trip costs tens of microseconds, so how a client sends a
 * pipeline's per-node parts (in series or overlapped) hides in the noise of a 2-core
 * machine; with a millisecond each way the count of round trips a pipeline costs shows in
 * its time.
 *
 * <p>
 * Usage: {@code ClusterPipelineLatency [--delay 1ms] [--depths 16,100] [--pipelines 200]
 * [--clients redis-pool,jedis-executor,lettuce]}. Prints, per client and depth, the
 * median and 90th percentile time of one pipeline of GETs, every reply checked.
 */
public final class ClusterPipelineLatency {

    private ClusterPipelineLatency() {
    }

    public static void main(String[] arguments) throws InterruptedException {
        CommandLineOptions options = CommandLineOptions.parse(arguments);
        Duration delay = options.duration("delay", "1ms");
        List<Integer> depths = options.numbers("depths", "16,100");
        int pipelines = options.number("pipelines", 200);
        List<String> clients = options.list("clients", "redis-pool,jedis-executor,lettuce");
        try (RedisCluster cluster = RedisCluster.builder().masters(3).start()) {
            List<FaultProxy> proxies = announceProxies(cluster, delay);
            try {
                String seed = "127.0.0.1:" + proxies.get(0).port();
                for (String client : clients) {
                    for (int depth : depths) {
                        System.out.println(measure(client, seed, depth, pipelines).line(delay));
                    }
                }
            }
            finally {
                proxies.forEach(FaultProxy::close);
            }
        }
    }

    /**
     * Puts a delaying proxy in front of every master and has each master announce the
     * proxy's port, then waits until the slot map shows only proxies.
     * @param cluster the cluster
     * @param delay the delay each way
     * @return the proxies, in the masters' order
     * @throws InterruptedException if interrupted while waiting
     */
    static List<FaultProxy> announceProxies(RedisCluster cluster, Duration delay) throws InterruptedException {
        List<FaultProxy> proxies = new ArrayList<>();
        for (RedisServer master : cluster.masters()) {
            FaultProxy proxy = FaultProxy.to(master)
                .latency(Direction.TO_SERVER, delay)
                .latency(Direction.TO_CLIENT, delay);
            proxies.add(proxy);
            RedisCluster.call(master, "CONFIG", "SET", "cluster-announce-port", Integer.toString(proxy.port()));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (RedisServer master : cluster.masters()) {
            while (!announcesOnly(master, proxies)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The masters did not announce the proxies' ports within 10 s");
                }
                Thread.sleep(50);
            }
        }
        return proxies;
    }

    private static boolean announcesOnly(RedisServer master, List<FaultProxy> proxies) {
        String slots = String.valueOf(RedisCluster.call(master, "CLUSTER", "SLOTS"));
        return proxies.stream().allMatch((proxy) -> slots.contains(Integer.toString(proxy.port())));
    }

    /**
     * Times pipelines of GETs through one client, after storing their keys and a warm-up.
     * @param client the client's name, one of {@link ClusterPipelineClient#NAMES}
     * @param seed the seed node
     * @param depth the commands per pipeline
     * @param pipelines how many pipelines to time
     * @return the times
     */
    static Timing measure(String client, String seed, int depth, int pipelines) {
        KeySpread spread = new KeySpread(depth);
        try (ClusterPipelineClient pipeline = ClusterPipelineClient.connect(client, List.of(seed))) {
            for (int batch = 0; batch < spread.batches(); batch++) {
                pipeline.setAll(spread.keys(batch), spread.values(batch));
            }
            long[] nanos = new long[pipelines];
            for (int i = -pipelines / 5; i < pipelines; i++) {
                int batch = Math.floorMod(i, spread.batches());
                long start = System.nanoTime();
                List<String> values = pipeline.getAll(spread.keys(batch));
                long took = System.nanoTime() - start;
                if (!values.equals(spread.values(batch))) {
                    throw new IllegalStateException(client + " answered a pipeline with values out of place");
                }
                if (i >= 0) {
                    nanos[i] = took;
                }
            }
            Arrays.sort(nanos);
            return new Timing(client, depth, nanos[pipelines / 2], nanos[pipelines * 9 / 10]);
        }
    }

    /**
     * What one client's pipelines took.
     *
     * @param client the client
     * @param depth the commands per pipeline
     * @param medianNanos the median time of one pipeline
     * @param p90Nanos the 90th percentile
     */
    record Timing(String client, int depth, long medianNanos, long p90Nanos) {

        String line(Duration delay) {
            return String.format(Locale.ROOT, "%s, %d GETs over 3 masters, %d ms each way: median %.2f ms, p90 %.2f ms",
                    this.client, this.depth, delay.toMillis(), this.medianNanos / 1e6, this.p90Nanos / 1e6);
        }

    }

}
