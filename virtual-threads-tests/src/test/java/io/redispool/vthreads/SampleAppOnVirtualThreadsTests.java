package io.redispool.vthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.redispool.testing.RedisServerExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the packaged sample app on this JDK with
 * {@code spring.threads.virtual.enabled=true}, where Tomcat serves each request on a
 * virtual thread of its own, under a JFR recording: many concurrent page views on a pool
 * of four connections must each get their own count, every request must have run on a
 * virtual thread, and after the first request (which initializes the classes on the path;
 * a virtual thread waiting for another to initialize a class is pinned) none may have
 * pinned its carrier in redis-pool.
 *
 * <p>
 * The jar's path comes in as {@code sample.jar}; Maven builds the sample first.
 */
class SampleAppOnVirtualThreadsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final int REQUESTS = 300;

    private static final String TOMCAT_VIRTUAL_THREADS = "tomcat-handler-";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern VIEWS = Pattern.compile("\"views\":(\\d+)");

    private final Path directory = Path.of("target", "virtual-threads");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private int port;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void concurrentRequestsRunOnVirtualThreadsGetTheirOwnCountsAndPinNothingInRedisPool() throws Exception {
        Path jar = Path.of(System.getProperty("sample.jar", "../sample-app/target/redis-pool-sample-app.jar"));
        assertThat(jar).as("the packaged sample; 'mvn verify' builds it first").isRegularFile();
        Files.createDirectories(this.directory);
        Path log = this.directory.resolve("sample-app.log");
        Path recording = this.directory.resolve("sample-app.jfr");
        Files.deleteIfExists(recording);
        this.port = freePort();
        // A long socket timeout: 300 requests on a cold JVM keep both carriers busy, and
        // the wait
        // for a carrier counts against it (docs/virtual-threads.md, "Socket timeouts").
        Process app = new ProcessBuilder(javaExecutable(),
                "-XX:StartFlightRecording=filename=" + recording + ",dumponexit=true,"
                        + "+jdk.VirtualThreadStart#enabled=true,jdk.VirtualThreadPinned#threshold=0ms",
                "-XX:FlightRecorderOptions:stackdepth=256", "-jar", jar.toString(),
                "--spring.threads.virtual.enabled=true", "--server.port=" + this.port, "--redis.pool.host=127.0.0.1",
                "--redis.pool.port=" + redis.server().port(), "--redis.pool.dev-server.enabled=false",
                "--redis.pool.max-connections=4", "--redis.pool.max-wait=10s", "--redis.pool.socket-timeout=10s")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        Instant warmedUp;
        try {
            awaitHealthy(app, log);
            assertThat(view("warm-up", "first-visitor").statusCode()).isEqualTo(200);
            // A first burst too: the pool's wait for a hand-off initializes JDK classes
            // on first use.
            assertThat(concurrentViews("warm-up-burst")).hasSize(REQUESTS);
            warmedUp = Instant.now();
            assertThat(concurrentViews("virtual")).as("the counts the concurrent views got back")
                .isEqualTo(LongStream.rangeClosed(1, REQUESTS).boxed().collect(Collectors.toSet()));
            assertThat(get("/pages/virtual").body()).contains("\"views\":" + REQUESTS)
                .contains("\"uniqueVisitors\":" + REQUESTS);
        }
        finally {
            stop(app);
        }
        long tomcatVirtualThreads = RecordingFile.readAllEvents(recording)
            .stream()
            .filter((event) -> event.getEventType().getName().equals("jdk.VirtualThreadStart"))
            .filter((event) -> event.getThread().getJavaName().startsWith(TOMCAT_VIRTUAL_THREADS))
            .count();
        PinnedEvents all = PinnedEvents.read(recording);
        PinnedEvents pinned = all.since(warmedUp);
        System.out.println("Sample app on virtual threads: " + tomcatVirtualThreads + " Tomcat virtual threads; "
                + all.all().size() + " pinning events (" + all.inRedisPool().size() + " in redis-pool), "
                + pinned.all().size() + " after the first request (" + pinned.inRedisPool().size() + " in redis-pool)");
        if (!all.all().isEmpty()) {
            System.out.println(all.describe(all.all()));
        }
        assertThat(tomcatVirtualThreads).as("virtual threads Tomcat started, one per request")
            .isGreaterThanOrEqualTo(REQUESTS);
        assertThat(pinned.causedByRedisPool())
            .as("pinning caused by redis-pool:%n%s", pinned.describe(pinned.inRedisPool()))
            .isEmpty();
    }

    /**
     * Every visitor views the same page at once; each answer carries the count its INCR
     * returned.
     */
    private Set<Long> concurrentViews(String page) {
        List<CompletableFuture<HttpResponse<String>>> views = IntStream.range(0, REQUESTS)
            .mapToObj((visitor) -> this.http.sendAsync(viewRequest(page, "visitor-" + visitor),
                    HttpResponse.BodyHandlers.ofString()))
            .toList();
        return views.stream().map(CompletableFuture::join).map((response) -> {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            Matcher count = VIEWS.matcher(response.body());
            assertThat(count.find()).as(response.body()).isTrue();
            return Long.parseLong(count.group(1));
        }).collect(Collectors.toSet());
    }

    private HttpResponse<String> view(String page, String visitor) throws IOException, InterruptedException {
        return this.http.send(viewRequest(page, visitor), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest viewRequest(String page, String visitor) {
        return request("/pages/" + page + "/views").header("X-Client-Id", visitor)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    }

    private void awaitHealthy(Process app, Path log) throws Exception {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!app.isAlive()) {
                fail("The sample exited with code %d before it was healthy; its log:%n%s", app.exitValue(),
                        Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    return;
                }
            }
            catch (IOException ex) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        fail("The sample was not healthy within %s; its log:%n%s", STARTUP_TIMEOUT,
                Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * SIGTERM, so that the JVM exits normally and JFR writes the recording on the way
     * out.
     */
    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(20, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("The sample did not stop within 20s of SIGTERM; killed it");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
            .timeout(Duration.ofSeconds(30));
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
