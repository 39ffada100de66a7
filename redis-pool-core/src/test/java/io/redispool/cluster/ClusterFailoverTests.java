package io.redispool.cluster;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.RedisTimeoutException;
import io.redispool.testing.RedisCluster;
import io.redispool.testing.RedisClusterExtension;
import io.redispool.launcher.RedisServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cluster changing under load: resharding with {@code redis-cli --cluster reshard} and
 * a master killed, each with workers whose every reply is checked against its request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverTests {

    private static final int WORKERS = 4;

    @RegisterExtension
    static final RedisClusterExtension extension = RedisClusterExtension
        .create((builder) -> builder.masters(3).replicasPerMaster(1));

    private static RedisClient client;

    @BeforeAll
    static void connect(RedisCluster cluster) {
        client = RedisClient.create(RedisClientConfig.builder()
            .clusterNodes(cluster.nodeUrls())
            .clusterTopologyRefreshPeriod(Duration.ofSeconds(1))
            .build());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    @Order(1)
    void reshardingUnderLoadCostsCallersNoError(RedisCluster cluster) throws Exception {
        RedisServer source = cluster.masterOf(0);
        RedisServer target = cluster.masterOf(16383);
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong operations = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            workers.add(started(() -> {
                for (long i = 0; running.get(); i++) {
                    String key = "reshard:" + worker + ":" + (i % 500);
                    String value = worker + "-" + i;
                    try {
                        client.commands().set(key, value);
                        String read = client.commands().get(key);
                        if (!value.equals(read)) {
                            errors.add(key + " read " + read + " after writing " + value);
                        }
                        operations.incrementAndGet();
                    }
                    catch (RuntimeException ex) {
                        errors.add(key + ": " + ex);
                    }
                }
            }));
        }
        long start = System.nanoTime();
        Process reshard = new ProcessBuilder("redis-cli", "--cluster", "reshard", source.host() + ":" + source.port(),
                "--cluster-from", nodeId(source), "--cluster-to", nodeId(target), "--cluster-slots", "1000",
                "--cluster-yes")
            .redirectErrorStream(true)
            .start();
        String output = new String(reshard.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(reshard.waitFor(120, TimeUnit.SECONDS)).isTrue();
        long reshardMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Thread.sleep(300);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        assertThat(reshard.exitValue()).as(output).isZero();
        ClusterStats stats = client.cluster().get().stats();
        System.out.printf(
                "Resharding 1000 slots took %d ms; %d SET+GET pairs by %d workers, %d errors,"
                        + " %d MOVED and %d ASK followed, %d topology refreshes%n",
                reshardMillis, operations.get(), WORKERS, errors.size(), stats.movedRedirects(), stats.askRedirects(),
                stats.topologyRefreshes());
        assertThat(errors).isEmpty();
        assertThat(stats.movedRedirects() + stats.askRedirects()).isPositive();
        assertThat(cluster.masterOf(0)).isEqualTo(target);
    }

    @Test
    @Order(2)
    void killedMasterIsSurvivedAndNoWriteRunsTwice(RedisCluster cluster) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Counter> counters = new ArrayList<>();
        for (int w = 0; w < WORKERS * 2; w++) {
            counters.add(new Counter("incr:" + w));
        }
        List<Thread> workers = new ArrayList<>();
        for (Counter counter : counters) {
            workers.add(started(() -> counter.run(running)));
        }
        Thread.sleep(500);
        RedisServer victim = cluster.masterOf(cluster.slotOf(counters.get(0).key));
        long killedAt = System.nanoTime();
        cluster.killMasterAndAwaitFailover(victim);
        long failoverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
        Thread.sleep(1500);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        long failures = 0;
        long lost = 0;
        long slowestFailure = 0;
        long recovery = 0;
        for (Counter counter : counters) {
            Object value = client.execute("GET", counter.key);
            long stored = Long.parseLong((String) value);
            assertThat(counter.skips).as("%s: replies that skipped a value", counter.key).isEmpty();
            assertThat(stored).as(counter.key)
                .isBetween(counter.acked - counter.lost, counter.acked + counter.uncertain);
            lost += counter.lost;
            assertThat(counter.lastOutcomeSucceeded).as("%s's last INCR succeeded", counter.key).isTrue();
            failures += counter.failures;
            slowestFailure = Math.max(slowestFailure, counter.slowestFailureNanos);
            if (counter.firstFailureAt != 0) {
                recovery = Math.max(recovery, counter.recoveredAt - killedAt);
            }
        }
        System.out.printf("Master killed: the cluster failed over in %d ms; callers saw %d failures, the slowest"
                + " failing call took %d ms, every counter succeeded again %d ms after the kill; no INCR ran twice;"
                + " %d acknowledged INCR(s) had not reached the replica%n", failoverMillis, failures,
                TimeUnit.NANOSECONDS.toMillis(slowestFailure), TimeUnit.NANOSECONDS.toMillis(recovery), lost);
        assertThat(TimeUnit.NANOSECONDS.toMillis(slowestFailure)).isLessThan(2000);
        cluster.restart(victim);
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static String nodeId(RedisServer node) {
        return (String) RedisCluster.call(node, "CLUSTER", "MYID");
    }

    /** One worker's counter: every INCR reply must be one more than the last it saw. */
    private static final class Counter {

        final String key;

        final List<String> skips = new ArrayList<>();

        long acked;

        long uncertain;

        long lost;

        long failures;

        long slowestFailureNanos;

        long firstFailureAt;

        long recoveredAt;

        boolean lastOutcomeSucceeded;

        Counter(String key) {
            this.key = key;
        }

        void run(AtomicBoolean running) {
            client.commands().del(List.of(this.key));
            long expected = 1;
            while (running.get()) {
                long start = System.nanoTime();
                try {
                    long reply = client.commands().incr(this.key);
                    // After an INCR that may have run, the next reply may be one further;
                    // a
                    // reply below the expected one is a write the promoted replica never
                    // received (replication is asynchronous), not a client's doing.
                    if (reply > expected + this.uncertain) {
                        this.skips.add("expected " + expected + " but INCR replied " + reply);
                    }
                    this.lost += Math.max(0, expected - reply);
                    expected = reply + 1;
                    this.acked++;
                    if (this.firstFailureAt != 0 && this.recoveredAt == 0) {
                        this.recoveredAt = System.nanoTime();
                    }
                    this.lastOutcomeSucceeded = true;
                }
                catch (RedisException ex) {
                    long now = System.nanoTime();
                    this.failures++;
                    this.slowestFailureNanos = Math.max(this.slowestFailureNanos, now - start);
                    this.firstFailureAt = (this.firstFailureAt != 0) ? this.firstFailureAt : now;
                    this.recoveredAt = 0;
                    if (mayHaveRun(ex)) {
                        this.uncertain++;
                    }
                    this.lastOutcomeSucceeded = false;
                    pause();
                }
            }
        }

        private static boolean mayHaveRun(RedisException ex) {
            return ex instanceof RedisTimeoutException
                    || (ex instanceof RedisConnectionException connection && connection.mayHaveReachedServer());
        }

        private static void pause() {
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }

    }

}
