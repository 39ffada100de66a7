package io.redispool.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the packaged sample with {@code java -jar}, as a newcomer would, where no Redis
 * answers: it must start its own redis-server, serve its endpoints (one cached in Redis
 * with {@code @Cacheable}), show the pool's saturation in health, metrics and the
 * Prometheus scrape, and take the redis-server with it when it stops.
 *
 * <p>
 * Run by Failsafe after {@code package}; the jar's path comes in as {@code sample.jar}.
 */
class SampleAppEndToEndTests {

    private static final Pattern DEV_SERVER_STARTED = Pattern.compile(
            "Started a dev redis-server \\S+ on 127\\.0\\.0\\.1:(\\d+) \\(pid (\\d+)\\) because nothing answered at"
                    + " 127\\.0\\.0\\.1:(\\d+)");

    /** Generous: a loaded 2-core machine has taken 40 s to start the packaged jar. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path log = Path.of("target", "e2e", "sample-app.log");

    private int httpPort;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void packagedJarStartsItsOwnRedisServesEndpointsShowsThePoolAndLeavesNoRedisBehind() throws Exception {
        Path jar = Path.of(System.getProperty("sample.jar", "target/redis-pool-sample-app.jar"));
        assertThat(jar).as("the packaged sample; run 'mvn verify', which packages it first").isRegularFile();
        this.httpPort = freePort();
        int unusedRedisPort = freePort();
        Files.createDirectories(this.log.getParent());
        Process app = new ProcessBuilder(javaExecutable(), "-jar", jar.toString(), "--server.port=" + this.httpPort,
                "--redis.pool.host=127.0.0.1", "--redis.pool.port=" + unusedRedisPort, "--redis.pool.max-connections=4",
                "--redis.pool.max-wait=0", "--sample.rate-limit.requests=5", "--sample.rate-limit.window=1h")
            .redirectErrorStream(true)
            .redirectOutput(this.log.toFile())
            .start();
        long redisPid = -1;
        int redisPort = -1;
        try {
            awaitHealthy(app);
            Matcher started = DEV_SERVER_STARTED.matcher(logText());
            assertThat(started.find()).as("dev server line in %s", this.log).isTrue();
            redisPort = Integer.parseInt(started.group(1));
            redisPid = Long.parseLong(started.group(2));
            assertThat(Integer.parseInt(started.group(3))).isEqualTo(unusedRedisPort);
            assertThat(isAlive(redisPid)).isTrue();

            pageViewsCountLeadAndAreRateLimited();
            leaderboardSummaryIsCachedInRedis();
            long refusals = loadRunSaturatesThePool();
            healthShowsThePool(refusals);
            metricsShowThePool(refusals);
            prometheusScrapeShowsThePool();
        }
        finally {
            stop(app);
        }
        assertThat(app.exitValue()).as("exit code after SIGTERM").isIn(0, 143);
        try {
            assertThat(logText()).contains("Stopped the dev redis-server on 127.0.0.1:" + redisPort);
            assertThat(stillAliveAfterAMoment(redisPid)).as("redis-server pid %d alive after the app stopped", redisPid)
                .isFalse();
            assertThat(listens(redisPort)).as("something listens on %d after the app stopped", redisPort).isFalse();
        }
        finally {
            ProcessHandle.of(redisPid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private void pageViewsCountLeadAndAreRateLimited() throws Exception {
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> view = post("/pages/home/views", "e2e");
            assertThat(view.statusCode()).isEqualTo(200);
            assertThat(json(view).read("$.views", Integer.class)).isEqualTo(i);
            assertThat(view.headers().firstValue("X-RateLimit-Limit")).hasValue("5");
        }
        assertThat(post("/pages/pricing/views", "e2e").statusCode()).isEqualTo(200);
        DocumentContext home = json(get("/pages/home"));
        assertThat(home.read("$.views", Integer.class)).isEqualTo(3);
        assertThat(home.read("$.uniqueVisitors", Integer.class)).isEqualTo(1);
        DocumentContext leaderboard = json(get("/leaderboard?limit=5"));
        assertThat(leaderboard.read("$[*].page", List.class)).containsExactly("home", "pricing");
        // 5 per window: the next request or so is refused; a window that ends meanwhile
        // allows 5 more.
        HttpResponse<String> refused = post("/pages/home/views", "e2e");
        for (int i = 0; i < 10 && refused.statusCode() == 200; i++) {
            refused = post("/pages/home/views", "e2e");
        }
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(refused).read("$.error", String.class)).isEqualTo("rate limit exceeded");
        assertThat(post("/pages/home/views", "someone-else").statusCode()).isEqualTo(200);
    }

    private void leaderboardSummaryIsCachedInRedis() throws Exception {
        DocumentContext first = json(get("/leaderboard/summary"));
        assertThat(first.read("$.pages", Integer.class)).isEqualTo(2);
        assertThat(first.read("$.topPage", String.class)).isEqualTo("home");
        assertThat(post("/pages/about/views", "summary-check").statusCode()).isEqualTo(200);
        // Cached for redis.pool.cache.time-to-live (10s): the new page is not in it yet.
        DocumentContext second = json(get("/leaderboard/summary"));
        assertThat(second.read("$.pages", Integer.class)).isEqualTo(2);
        assertThat(second.read("$.computedAt", String.class)).isEqualTo(first.read("$.computedAt", String.class));
        DocumentContext hits = json(get("/actuator/metrics/cache.gets?tag=cache:leaderboard-summary&tag=result:hit"));
        assertThat(hits.read("$.measurements[0].value", Double.class)).isEqualTo(1.0);
    }

    private long loadRunSaturatesThePool() throws Exception {
        HttpResponse<String> response = post("/load?threads=32&seconds=3", "e2e");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        DocumentContext report = json(response);
        assertThat(report.read("$.operations", Long.class)).isPositive();
        assertThat(report.read("$.pool.maxConnections", Integer.class)).isEqualTo(4);
        assertThat(report.read("$.pool.peakInUse", Integer.class)).isEqualTo(4);
        long refusals = report.read("$.refusals", Long.class);
        assertThat(refusals).as("refusals with 32 callers, 4 connections and max-wait 0").isPositive();
        assertThat(report.read("$.errorsByType.TooManyConnectionsException", Long.class)).isEqualTo(refusals);
        assertThat(logText()).contains("Load run: 32 threads for 3.");
        return refusals;
    }

    private void healthShowsThePool(long refusals) throws Exception {
        DocumentContext health = json(get("/actuator/health"));
        assertThat(health.read("$.status", String.class)).isEqualTo("UP");
        assertThat(health.read("$.components.redisPool.status", String.class)).isEqualTo("UP");
        assertThat(health.read("$.components.redisPool.details.max", Integer.class)).isEqualTo(4);
        assertThat(health.read("$.components.redisPool.details.tooManyConnections", Long.class))
            .isGreaterThanOrEqualTo(refusals);
        assertThat(health.read("$.components.redisPool.details.version", String.class)).isNotBlank();
    }

    private void metricsShowThePool(long refusals) throws Exception {
        assertThat(metric("redis.pool.connections.max")).isEqualTo(4.0);
        assertThat(metric("redis.pool.too.many.connections")).isGreaterThanOrEqualTo(refusals);
        assertThat(metric("redis.pool.connections")).isBetween(1.0, 4.0);
        DocumentContext commands = json(get("/actuator/metrics/redis.pool.commands?tag=command:INCR"));
        assertThat(commands.read("$.measurements[?(@.statistic == 'COUNT')].value", List.class)).singleElement()
            .satisfies((count) -> assertThat(((Number) count).doubleValue()).isPositive());
    }

    private void prometheusScrapeShowsThePool() throws Exception {
        HttpResponse<String> scrape = get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("redis_pool_connections_max_connections{pool=\"redisClient\"} 4.0")
            .contains("redis_pool_connections_in_use_connections{pool=\"redisClient\"}")
            .contains("redis_pool_connections_pending_threads{pool=\"redisClient\"}")
            .contains("redis_pool_too_many_connections_total{pool=\"redisClient\"}")
            .contains("redis_pool_acquire_seconds_bucket{")
            .contains("redis_pool_commands_seconds_bucket{command=\"INCR\"");
    }

    private double metric(String name) throws Exception {
        HttpResponse<String> response = get("/actuator/metrics/" + name);
        assertThat(response.statusCode()).as(name).isEqualTo(200);
        return json(response).read("$.measurements[0].value", Double.class);
    }

    private void awaitHealthy(Process app) throws Exception {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!app.isAlive()) {
                fail("The sample exited with code %d before it was healthy; its log:%n%s", app.exitValue(), logText());
            }
            Optional<HttpResponse<String>> health = tryGet("/actuator/health");
            if (health.isPresent() && health.get().statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        fail("The sample was not healthy within %s; its log:%n%s", STARTUP_TIMEOUT, logText());
    }

    private static void stop(Process app) throws InterruptedException {
        // SIGTERM, as Ctrl-C or a container stop would send: Spring closes its context on
        // the way out.
        app.destroy();
        if (!app.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            fail("The sample did not stop within %s of SIGTERM; killed it", STOP_TIMEOUT);
        }
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * The app waits for its redis-server to end; this allows the kernel a moment to reap
     * it.
     */
    private static boolean stillAliveAfterAMoment(long pid) throws InterruptedException {
        for (int i = 0; i < 20 && isAlive(pid); i++) {
            Thread.sleep(100);
        }
        return isAlive(pid);
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return this.http.send(request(path, null).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private Optional<HttpResponse<String>> tryGet(String path) throws InterruptedException {
        try {
            return Optional.of(get(path));
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }

    private HttpResponse<String> post(String path, String clientId) throws IOException, InterruptedException {
        return this.http.send(request(path, clientId).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String clientId) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + path))
            .timeout(Duration.ofSeconds(20));
        return (clientId != null) ? builder.header("X-Client-Id", clientId) : builder;
    }

    private static DocumentContext json(HttpResponse<String> response) {
        return JsonPath.parse(response.body());
    }

    private String logText() throws IOException {
        return Files.exists(this.log) ? Files.readString(this.log, StandardCharsets.UTF_8) : "(no log)";
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

}
