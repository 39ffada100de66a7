package io.redispool.spring.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.redispool.RedisClient;
import io.redispool.TooManyConnectionsException;
import io.redispool.pool.PoolStats;
import io.redispool.spring.metrics.PrometheusNames;
import io.redispool.spring.metrics.RedisPoolMeters;
import io.redispool.testing.RedisServerExtension;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Boot application with the starter, Actuator and a Prometheus registry, against a real
 * redis-server with a password, read over HTTP.
 */
@SpringBootTest(classes = RedisPoolEndpointsIntegrationTests.TestApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "management.endpoints.web.exposure.include=health,metrics,prometheus,configprops,env",
                "management.endpoint.health.show-details=always", "management.endpoint.configprops.show-values=always",
                "management.endpoint.env.show-values=always",
                "redis.pool.max-connections=" + RedisPoolEndpointsIntegrationTests.MAX, "redis.pool.max-wait=0",
                "redis.pool.socket-timeout=5s", "logging.level.io.redispool=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
class RedisPoolEndpointsIntegrationTests {

    static final int MAX = 4;

    private static final int CALLERS = 12;

    private static final String PASSWORD = "http-S3cret-9f2";

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension
        .create((builder) -> builder.setting("requirepass", PASSWORD));

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private RedisClient client;

    @DynamicPropertySource
    static void redisProperties(DynamicPropertyRegistry registry) {
        registry.add("redis.pool.url",
                () -> "redis://:" + PASSWORD + "@" + redis.server().host() + ":" + redis.server().port());
        registry.add("redis.pool.password", () -> PASSWORD);
    }

    @Test
    void healthIsUpWithServerVersionAndPoolDetails() throws Exception {
        this.client.commands().set("greeting", "hello");
        String body = get("/actuator/health/redisPool");
        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("UP");
        Map<String, Object> details = JsonPath.read(body, "$.details");
        assertThat(details).containsOnlyKeys("version", "connections", "inUse", "idle", "pending", "max",
                "tooManyConnections");
        assertThat(details).containsEntry("version", redis.server().version()).containsEntry("max", MAX);
        assertThat(JsonPath.<String>read(get("/actuator/health"), "$.components.redisPool.status")).isEqualTo("UP");
    }

    @Test
    void metricsAndHealthMatchThePoolWhileConcurrentCallersAreRefused() throws Exception {
        double refusedBefore = metric("redis.pool.too.many.connections", "COUNT");
        ExecutorService executor = Executors.newFixedThreadPool(MAX + CALLERS);
        try {
            List<Future<Object>> holders = new ArrayList<>();
            for (int i = 0; i < MAX; i++) {
                holders.add(executor.submit(() -> this.client.execute("BLPOP", "never-pushed", "2")));
            }
            await().atMost(Duration.ofSeconds(2)).until(() -> this.client.pool().stats().inUse() == MAX);

            AtomicInteger refusals = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> callers = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                callers.add(executor.submit(() -> {
                    start.await();
                    try {
                        this.client.commands().get("greeting");
                    }
                    catch (TooManyConnectionsException ex) {
                        refusals.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> caller : callers) {
                caller.get(5, TimeUnit.SECONDS);
            }
            assertThat(refusals.get()).isEqualTo(CALLERS);

            // The holders still hold every connection.
            PoolStats stats = this.client.pool().stats();
            assertThat(stats.inUse()).isEqualTo(MAX);
            assertThat(metric("redis.pool.connections", "VALUE")).isEqualTo(stats.open()).isEqualTo(MAX);
            assertThat(metric("redis.pool.connections.in.use", "VALUE")).isEqualTo(stats.inUse());
            assertThat(metric("redis.pool.connections.idle", "VALUE")).isEqualTo(stats.idle()).isZero();
            assertThat(metric("redis.pool.connections.pending", "VALUE")).isEqualTo(stats.pending()).isZero();
            assertThat(metric("redis.pool.connections.max", "VALUE")).isEqualTo(MAX);
            assertThat(metric("redis.pool.too.many.connections", "COUNT")).isEqualTo(stats.tooManyConnections())
                .isEqualTo(refusedBefore + refusals.get());
            assertThat(metric("redis.pool.commands?tag=command:GET&tag=outcome:error", "COUNT"))
                .isGreaterThanOrEqualTo(refusals.get());

            String health = get("/actuator/health/redisPool");
            assertThat(JsonPath.<String>read(health, "$.status")).as("saturation is not an outage").isEqualTo("UP");
            assertThat(JsonPath.<Integer>read(health, "$.details.inUse")).isEqualTo(MAX);
            assertThat(JsonPath.<Integer>read(health, "$.details.idle")).isZero();
            assertThat(JsonPath.<Number>read(health, "$.details.tooManyConnections").longValue())
                .isEqualTo(stats.tooManyConnections());

            for (Future<Object> holder : holders) {
                holder.get(5, TimeUnit.SECONDS);
            }
            assertThat(metric("redis.pool.connections.in.use", "VALUE")).isZero();
            assertThat(metric("redis.pool.connections.idle", "VALUE")).isEqualTo(MAX);
            assertThat(metric("redis.pool.commands?tag=command:BLPOP&tag=outcome:success", "COUNT"))
                .isGreaterThanOrEqualTo(MAX);
        }
        finally {
            executor.shutdownNow();
        }
    }

    @Test
    void everyMeterIsServedWithItsDescriptionBaseUnitAndPoolTag() throws Exception {
        this.client.commands().get("greeting");
        for (RedisPoolMeters meter : RedisPoolMeters.values()) {
            String body = get("/actuator/metrics/" + meter.getName());
            assertThat(JsonPath.<String>read(body, "$.description")).isEqualTo(meter.getDescription());
            assertThat(JsonPath.<String>read(body, "$.baseUnit")).isEqualTo(meter.getBaseUnit());
            assertThat(JsonPath.<List<String>>read(body, "$.availableTags[?(@.tag == 'pool')].values[*]"))
                .containsExactly("redisClient");
        }
    }

    @Test
    void prometheusServesEveryMeterUnderItsDocumentedName() throws Exception {
        this.client.commands().get("greeting");
        String scrape = get("/actuator/prometheus");
        for (RedisPoolMeters meter : RedisPoolMeters.values()) {
            assertThat(scrape).contains(PrometheusNames.sample(meter) + "{");
        }
        assertThat(scrape).contains(
                "redis_pool_commands_seconds_count{command=\"GET\",outcome=\"success\"," + "pool=\"redisClient\"}");
    }

    @Test
    void thePasswordAppearsNowhere(CapturedOutput output) throws Exception {
        this.client.commands().ping();
        this.client.pool().reset();
        assertThat(this.client.toString()).doesNotContain(PASSWORD);
        assertThat(this.client.config().toString()).doesNotContain(PASSWORD);
        assertThat(get("/actuator/health")).doesNotContain(PASSWORD);
        String configprops = get("/actuator/configprops/redis.pool");
        assertThat(configprops).doesNotContain(PASSWORD);
        String properties = "$.contexts.*.beans['redis.pool-io.redispool.spring.autoconfigure.RedisPoolProperties']"
                + ".properties";
        assertThat(JsonPath.<List<String>>read(configprops, properties + ".password")).containsExactly("******");
        assertThat(JsonPath.<List<String>>read(configprops, properties + ".url"))
            .containsExactly("redis://****@" + redis.server().host() + ":" + redis.server().port());
        assertThat(JsonPath.<List<String>>read(configprops, properties + ".host")).containsExactly("localhost");
        String env = get("/actuator/env");
        assertThat(env).doesNotContain(PASSWORD).contains("redis://****@");
        assertThat(get("/actuator/env/redis.pool.password")).doesNotContain(PASSWORD);
        assertThat(output).contains("Started RedisPoolEndpointsIntegrationTests")
            .contains("Pool 'redisClient' closed")
            .doesNotContain(PASSWORD);
    }

    private double metric(String nameAndQuery, String statistic) throws IOException, InterruptedException {
        String separator = nameAndQuery.contains("?") ? "&" : "?";
        String body = get("/actuator/metrics/" + nameAndQuery + separator + "tag="
                + URLEncoder.encode("pool:redisClient", StandardCharsets.UTF_8));
        List<Number> values = JsonPath.read(body, "$.measurements[?(@.statistic == '" + statistic + "')].value");
        assertThat(values).as(nameAndQuery + " " + statistic).hasSize(1);
        return values.get(0).doubleValue();
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .timeout(Duration.ofSeconds(10))
            .build();
        HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return response.body();
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class TestApplication {

    }

}
