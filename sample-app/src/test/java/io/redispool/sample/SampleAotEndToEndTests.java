package io.redispool.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplicationAotProcessor;
import org.springframework.context.aot.AbstractAotProcessor;

/**
 * Processes the sample with Spring AOT, as {@code spring-boot:process-aot} does, compiles
 * what it generates, and runs the sample from it on the JVM with
 * {@code -Dspring.aot.enabled=true}: the bean definitions are then the generated code,
 * not the auto-configurations, so a hint or a generated registration that is missing
 * fails here. Not a native image: GraalVM is not installed here.
 */
class SampleAotEndToEndTests {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private final Path work = Path.of("target", "aot-e2e");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void theSampleProcessedWithSpringAotStartsInAotModeAndServesFromRedis() throws Exception {
        Path sources = this.work.resolve("sources");
        Path resources = this.work.resolve("resources");
        Path classes = this.work.resolve("classes");
        AbstractAotProcessor.Settings settings = AbstractAotProcessor.Settings.builder()
            .sourceOutput(sources)
            .resourceOutput(resources)
            .classOutput(classes)
            .groupId("io.redispool")
            .artifactId("redis-pool-sample-app")
            .build();
        new SpringApplicationAotProcessor(SampleApplication.class, settings, new String[0]).process();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        compile(sources, classes, classPath);

        int httpPort = freePort();
        Path log = this.work.resolve("sample-aot.log");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + AotDetector.AOT_ENABLED + "=true", "-cp",
                String.join(File.pathSeparator, classes.toString(), resources.toString(), classPath),
                SampleApplication.class.getName(), "--server.port=" + httpPort, "--redis.pool.host=127.0.0.1",
                "--redis.pool.port=" + freePort())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        try {
            awaitHealthy(app, httpPort, log);
            assertThat(Files.readString(log)).contains("Starting AOT-processed SampleApplication");
            HttpResponse<String> view = this.http
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/pages/aot/views"))
                    .header("X-Client-Id", "aot")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
            assertThat(view.body()).contains("\"views\":1");
            assertThat(get(httpPort, "/actuator/health/redisPool").body()).contains("\"status\":\"UP\"");
        }
        finally {
            app.destroy();
            if (!app.waitFor(15, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static void compile(Path sources, Path classes, String classPath) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(sources)) {
            paths.filter((path) -> path.toString().endsWith(".java")).forEach((path) -> files.add(path.toString()));
        }
        assertThat(files).as("sources Spring AOT generated").isNotEmpty();
        List<String> arguments = new ArrayList<>(
                List.of("-d", classes.toString(), "-cp", classPath, "-proc:none", "-nowarn", "--release", "17"));
        arguments.addAll(files);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit code").isZero();
    }

    private void awaitHealthy(Process app, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!app.isAlive()) {
                fail("The AOT-processed sample exited with code %d; its log:%n%s", app.exitValue(),
                        Files.readString(log));
            }
            try {
                if (get(port, "/actuator/health").statusCode() == 200) {
                    return;
                }
            }
            catch (IOException ex) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        fail("The AOT-processed sample was not healthy within %s; its log:%n%s", STARTUP_TIMEOUT,
                Files.readString(log));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(5))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

}
