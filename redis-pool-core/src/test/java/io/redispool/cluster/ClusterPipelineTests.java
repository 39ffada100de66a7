package io.redispool.cluster;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.commands.list.PoppedElement;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import io.redispool.launcher.RedisServer;
import io.redispool.testing.RedisCluster;
import io.redispool.testing.RedisClusterExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a pipeline over several masters is sent: every node's share written before any
 * reply is read, and connections taken in one order so that concurrent pipelines cannot
 * wait for each other.
 */
class ClusterPipelineTests {

    @RegisterExtension
    static final RedisClusterExtension extension = RedisClusterExtension.create((builder) -> builder.masters(3));

    private static RedisClient client;

    @BeforeAll
    static void connect(RedisCluster cluster) {
        client = RedisClient.create(RedisClientConfig.builder()
            .clusterNodes(cluster.nodeAddresses())
            .maxConnections(1)
            .maxWait(Duration.ofSeconds(5))
            .build());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void everyNodesShareIsWrittenBeforeAnyReplyIsRead(RedisCluster cluster) throws Exception {
        List<String> keys = keysOnEveryMaster(cluster, "written");
        String waiting = keys.get(0);
        String marker = keys.get(1);
        Pipeline pipeline = client.pipeline();
        Response<PoppedElement<String, String>> popped = pipeline
            .add(client.commands().builders().lists().blpop(List.of(waiting), Duration.ofSeconds(20)));
        Response<Long> pushed = pipeline.add(client.commands().builders().lists().rpush(marker, List.of("sent")));
        CompletableFuture<Void> sync = CompletableFuture.runAsync(pipeline::sync);
        // The marker reaches its node while the BLPOP waits only if the pipeline did not
        // wait
        // for the BLPOP's reply before writing the other node's share.
        RedisServer markerNode = cluster.masterOf(cluster.slotOf(marker));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Long.valueOf(1).equals(RedisCluster.call(markerNode, "EXISTS", marker))) {
            assertThat(System.nanoTime()).as("the marker was written while the BLPOP waited").isLessThan(deadline);
            Thread.sleep(10);
        }
        RedisCluster.call(cluster.masterOf(cluster.slotOf(waiting)), "RPUSH", waiting, "released");
        sync.get(10, TimeUnit.SECONDS);
        assertThat(popped.get()).isEqualTo(new PoppedElement<>(waiting, "released"));
        assertThat(pushed.get()).isEqualTo(1L);
    }

    @Test
    void concurrentPipelinesOverOneConnectionPerNodeNeitherWaitForEachOtherNorCrossReplies(RedisCluster cluster)
            throws Exception {
        int threads = 6;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                // Each thread queues the nodes' keys in an order of its own: taken in
                // queue
                // order, one node's only connection held while waiting for another's
                // would
                // deadlock until max-wait.
                List<String> keys = keysOnEveryMaster(cluster, "stress-" + t);
                Collections.shuffle(keys, new Random(t));
                results.add(executor.submit(() -> pipelineRepeatedly(keys)));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        }
        finally {
            executor.shutdownNow();
        }
    }

    private static int pipelineRepeatedly(List<String> keys) {
        int checked = 0;
        for (int round = 0; round < 200; round++) {
            Pipeline pipeline = client.pipeline();
            List<Response<String>> gets = new ArrayList<>();
            for (String key : keys) {
                pipeline.add(client.commands().builders().strings().set(key, key + "@" + round));
                gets.add(pipeline.add(client.commands().builders().strings().get(key)));
            }
            pipeline.sync();
            for (int i = 0; i < keys.size(); i++) {
                assertThat(gets.get(i).get()).isEqualTo(keys.get(i) + "@" + round);
            }
            checked++;
        }
        return checked;
    }

    /** One key per master, in the masters' order. */
    private static List<String> keysOnEveryMaster(RedisCluster cluster, String prefix) {
        List<String> keys = new ArrayList<>();
        for (RedisServer master : cluster.masters()) {
            int i = 0;
            while (!cluster.masterOf(cluster.slotOf(prefix + ":" + i)).equals(master)) {
                i++;
            }
            keys.add(prefix + ":" + i);
        }
        return keys;
    }

}
