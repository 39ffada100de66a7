package io.redispool.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.redispool.launcher.RedisServer;
import io.redispool.testing.RedisCluster;
import io.redispool.testing.RedisClusterExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample, unchanged, on a Redis Cluster of 3 masters with a replica each: only
 * {@code redis.pool.cluster.nodes} is set instead of host and port. Its own endpoints and
 * its load generator run while {@code redis-cli --cluster reshard} moves slots (callers
 * see no error) and while a master is killed (callers fail fast, then succeed again on
 * the promoted replica), and Actuator shows the cluster: state, slot coverage, the nodes,
 * the per-node meters and the redirect and refresh counters.
 *
 * <p>
 * The methods run in order on one application and one cluster. Run by Failsafe, beside
 * the packaged-jar test, though it runs the application in this JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "redis.pool.dev-server.enabled=false", "redis.pool.cluster.topology-refresh-period=1s",
                "sample.rate-limit.requests=1000000", "server.address=127.0.0.1" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SampleClusterEndToEndTests {

    private static final int CALLERS = 4;

    /** What redis-cli moves: the first slots of the master of slot 0. */
    private static final int RESHARDED_SLOTS = 1000;

    @RegisterExtension
    static final RedisClusterExtension extension = RedisClusterExtension
        .create((builder) -> builder.masters(3).replicasPerMaster(1));

    @DynamicPropertySource
    static void clusterNodes(DynamicPropertyRegistry registry) {
        registry.add("redis.pool.cluster.nodes", () -> String.join(",", extension.cluster().nodeAddresses()));
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @LocalServerPort
    private int port;

    @Test
    @Order(1)
    void endpointsWorkAndHealthShowsTheCluster() throws Exception {
        for (int i = 1; i <= 3; i++) {
            assertThat(json(post("/pages/home/views", "visitor-" + (i % 2))).read("$.views", Integer.class))
                .isEqualTo(i);
        }
        assertThat(post("/pages/pricing/views", "visitor-0").statusCode()).isEqualTo(200);
        DocumentContext home = json(get("/pages/home"));
        assertThat(home.read("$.views", Integer.class)).isEqualTo(3);
        assertThat(home.read("$.uniqueVisitors", Integer.class)).isEqualTo(2);
        assertThat(json(get("/leaderboard?limit=5")).read("$[*].page", List.class)).containsExactly("home", "pricing");
        assertThat(json(get("/leaderboard/summary")).read("$.topPage", String.class)).isEqualTo("home");
        assertClusterHealthy(6);
    }

    @Test
    @Order(2)
    void reshardingUnderLoadCostsCallersNoError(RedisCluster cluster) throws Exception {
        RedisServer source = cluster.masterOf(0);
        RedisServer target = cluster.masterOf(16383);
        double redirectsBefore = counter("redis.pool.cluster.redirects");
        CompletableFuture<HttpResponse<String>> load = CompletableFuture
            .supplyAsync(() -> send(postRequest("/load?threads=4&seconds=6", "load")));
        Callers callers = Callers.start(this, movedPages(cluster));
        long start = System.nanoTime();
        Process reshard = new ProcessBuilder("redis-cli", "--cluster", "reshard", source.host() + ":" + source.port(),
                "--cluster-from", nodeId(source), "--cluster-to", nodeId(target), "--cluster-slots",
                Integer.toString(RESHARDED_SLOTS), "--cluster-yes")
            .redirectErrorStream(true)
            .start();
        String output = new String(reshard.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(reshard.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long reshardMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Thread.sleep(300);
        callers.stop();
        DocumentContext report = json(load.get(20, TimeUnit.SECONDS));
        double redirects = counter("redis.pool.cluster.redirects") - redirectsBefore;
        System.out.printf(
                "Resharding %d slots took %d ms; the sample answered %d page-view requests with %d failures,"
                        + " its load run made %d operations with %d errors; %.0f redirects followed%n",
                RESHARDED_SLOTS, reshardMillis, callers.succeeded(), callers.failures.size(),
                report.read("$.operations", Long.class), report.read("$.errors", Long.class), redirects);
        assertThat(reshard.exitValue()).as(output).isZero();
        assertThat(cluster.masterOf(0)).isEqualTo(target);
        assertThat(callers.failures).isEmpty();
        assertThat(callers.miscounts).isEmpty();
        assertThat(callers.succeeded()).isPositive();
        assertThat(report.read("$.operations", Long.class)).isPositive();
        assertThat(report.read("$.errorsByType", Map.class)).isEmpty();
        assertThat(redirects).as("MOVED and ASK followed").isPositive();
        assertClusterHealthy(6);
    }

    @Test
    @Order(3)
    void killedMasterIsSurvivedAndTheAppServesAgain(RedisCluster cluster) throws Exception {
        List<String> pages = movedPages(cluster);
        double refreshesBefore = counter("redis.pool.cluster.topology.refreshes");
        Callers callers = Callers.start(this, pages);
        Thread.sleep(300);
        RedisServer victim = cluster.masterOf(cluster.slotOf("{" + pages.get(0) + "}"));
        long killedAt = System.nanoTime();
        cluster.killMasterAndAwaitFailover(victim);
        long failoverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
        Thread.sleep(1500);
        callers.stop();
        long recoveredMillis = TimeUnit.NANOSECONDS.toMillis(callers.lastRecovery() - killedAt);
        System.out.printf(
                "Master killed: the cluster failed over in %d ms; the sample answered %d page-view requests with 200"
                        + " and %d with 503 meanwhile, every caller succeeded again %d ms after the kill; %d counts"
                        + " were not one more than the caller's last (acknowledged views the replica never got)%n",
                failoverMillis, callers.succeeded(), callers.failures.size(), Math.max(0, recoveredMillis),
                callers.miscounts.size());
        assertThat(callers.failures).allMatch((failure) -> failure.contains(": 503 "));
        assertThat(callers.lastSucceeded()).as("every caller's last request succeeded").isTrue();
        for (String page : pages) {
            assertThat(post("/pages/" + page + "/views", "after-failover").statusCode()).as(page).isEqualTo(200);
        }
        assertThat(counter("redis.pool.cluster.topology.refreshes")).isGreaterThan(refreshesBefore);
        // The killed master is still known to the cluster, flagged as failing.
        assertClusterHealthy(6);
    }

    @Test
    @Order(4)
    void metricsShowEveryNodesPoolAndTheClusterCounters() throws Exception {
        DocumentContext nodeConnections = json(get("/actuator/metrics/redis.pool.cluster.node.connections"));
        List<String> nodes = nodeConnections.read("$.availableTags[?(@.tag == 'node')].values[*]");
        assertThat(nodes).as("nodes with a pool meter").hasSizeGreaterThanOrEqualTo(3);
        assertThat(
                json(get("/actuator/metrics/redis.pool.cluster.redirects")).read("$.availableTags[*].tag", List.class))
            .contains("type");
        assertThat(counter("redis.pool.cluster.redirects")).isPositive();
        assertThat(counter("redis.pool.cluster.topology.refreshes")).isPositive();
        assertThat(json(get("/actuator/metrics/redis.pool.cluster.slots.covered")).read("$.measurements[0].value",
                Double.class))
            .isEqualTo(16384.0);
    }

    private void assertClusterHealthy(int knownNodes) throws Exception {
        DocumentContext health = json(get("/actuator/health"));
        assertThat(health.read("$.components.redisPool.status", String.class)).isEqualTo("UP");
        assertThat(health.read("$.components.redisPool.details.clusterState", String.class)).isEqualTo("ok");
        assertThat(health.read("$.components.redisPool.details.slotsOk", Integer.class)).isEqualTo(16384);
        assertThat(health.read("$.components.redisPool.details.slotsCovered", Integer.class)).isEqualTo(16384);
        assertThat(health.read("$.components.redisPool.details.masters", Integer.class)).isEqualTo(3);
        assertThat(health.read("$.components.redisPool.details.knownNodes", Integer.class)).isEqualTo(knownNodes);
        Map<String, Object> nodes = health.read("$.components.redisPool.details.nodes");
        assertThat(nodes).isNotEmpty().allSatisfy((node, pool) -> assertThat(node).startsWith("127.0.0.1:"));
    }

    /**
     * Pages whose counters live in the slots that resharding moves, so that callers meet
     * MOVED and ASK: the first slots of the master of slot 0.
     */
    private static List<String> movedPages(RedisCluster cluster) {
        List<String> pages = new ArrayList<>();
        for (int i = 0; pages.size() < CALLERS; i++) {
            String page = "moving-" + i;
            if (cluster.slotOf(page) < RESHARDED_SLOTS) {
                pages.add(page);
            }
        }
        return pages;
    }

    private double counter(String name) throws Exception {
        DocumentContext meter = json(get("/actuator/metrics/" + name));
        return meter.read("$.measurements[?(@.statistic == 'COUNT')].value", List.class)
            .stream()
            .mapToDouble((value) -> ((Number) value).doubleValue())
            .sum();
    }

    private static String nodeId(RedisServer node) {
        return (String) RedisCluster.call(node, "CLUSTER", "MYID");
    }

    HttpResponse<String> post(String path, String clientId) {
        return send(postRequest(path, clientId));
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    private HttpRequest postRequest(String path, String clientId) {
        return HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(20))
            .header("X-Client-Id", clientId)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + this.port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return this.http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException(request + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request + " interrupted", ex);
        }
    }

    private static DocumentContext json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    /**
     * HTTP callers, one per page, each recording views of its own page: every answer must
     * count one view more than the caller's previous successful one.
     */
    private static final class Callers {

        /** Answers other than 200, such as 503 while a master is down. */
        final Queue<String> failures = new ConcurrentLinkedQueue<>();

        /** Counts that are not one more than the caller's previous one. */
        final Queue<String> miscounts = new ConcurrentLinkedQueue<>();

        private final AtomicBoolean running = new AtomicBoolean(true);

        private final List<Caller> callers = new ArrayList<>();

        private final List<Thread> threads = new ArrayList<>();

        static Callers start(SampleClusterEndToEndTests test, List<String> pages) {
            Callers callers = new Callers();
            for (String page : pages) {
                Caller caller = new Caller(test, page, callers);
                callers.callers.add(caller);
                Thread thread = new Thread(caller, "caller-" + page);
                callers.threads.add(thread);
                thread.start();
            }
            return callers;
        }

        void stop() throws InterruptedException {
            this.running.set(false);
            for (Thread thread : this.threads) {
                thread.join();
            }
        }

        long succeeded() {
            return this.callers.stream().mapToLong((caller) -> caller.succeeded).sum();
        }

        boolean lastSucceeded() {
            return this.callers.stream().allMatch((caller) -> caller.lastSucceeded);
        }

        long lastRecovery() {
            return this.callers.stream().mapToLong((caller) -> caller.recoveredAt).max().orElse(0);
        }

    }

    private static final class Caller implements Runnable {

        private final SampleClusterEndToEndTests test;

        private final String page;

        private final Callers owner;

        long succeeded;

        boolean lastSucceeded;

        long recoveredAt;

        Caller(SampleClusterEndToEndTests test, String page, Callers owner) {
            this.test = test;
            this.page = page;
            this.owner = owner;
        }

        @Override
        public void run() {
            long lastViews = -1;
            boolean failing = false;
            for (int i = 0; this.owner.running.get(); i++) {
                HttpResponse<String> response = this.test.post("/pages/" + this.page + "/views", "visitor-" + i);
                if (response.statusCode() != 200) {
                    this.owner.failures.add(this.page + ": " + response.statusCode() + " " + response.body());
                    this.lastSucceeded = false;
                    failing = true;
                    pause();
                    continue;
                }
                long views = JsonPath.parse(response.body()).read("$.views", Long.class);
                // After a failed request the view may have been counted or not.
                if (lastViews >= 0 && !failing && views != lastViews + 1) {
                    this.owner.miscounts.add(this.page + ": " + views + " views after " + lastViews);
                }
                if (failing) {
                    this.recoveredAt = System.nanoTime();
                }
                failing = false;
                lastViews = views;
                this.succeeded++;
                this.lastSucceeded = true;
            }
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
