package io.redispool.spring.autoconfigure.clientcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.cache.ClientSideCache;
import io.redispool.cache.ClientSideCacheConfig;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.metrics.ClientSideCacheMeters;
import io.redispool.spring.metrics.ClientSideCacheMetrics;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClientSideCacheAutoConfigurationTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(
                AutoConfigurations.of(RedisPoolAutoConfiguration.class, ClientSideCacheAutoConfiguration.class))
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("redis.pool.host=" + redis.server().host(), "redis.pool.port=" + redis.server().port());

    @Test
    void noCacheUnlessEnabled() {
        this.runner.withPropertyValues("redis.pool.protocol=3")
            .run((context) -> assertThat(context).hasSingleBean(RedisClient.class)
                .doesNotHaveBean(ClientSideCache.class));
    }

    @Test
    void enabledOnResp3StartsACacheFromThePropertiesAndMetersIt() {
        this.runner
            .withPropertyValues("redis.pool.protocol=3", "redis.pool.client-side-cache.enabled=true",
                    "redis.pool.client-side-cache.max-entries=500", "redis.pool.client-side-cache.time-to-live=30s",
                    "redis.pool.client-side-cache.mode=broadcast", "redis.pool.client-side-cache.prefixes=user:")
            .run((context) -> {
                ClientSideCache cache = context.getBean(ClientSideCache.class);
                ClientSideCacheConfig config = cache.config();
                assertThat(config.maxEntries()).isEqualTo(500);
                assertThat(config.timeToLive()).isEqualTo(Duration.ofSeconds(30));
                assertThat(config.mode()).isEqualTo(ClientSideCacheConfig.TrackingMode.BROADCAST);
                assertThat(config.prefixes()).containsExactly("user:");
                waitUntilTracking(cache);
                RedisCommands<String, String> cached = cache.commands();
                cached.set("user:1", "ada");
                // Broadcast mode invalidates this client's own write too: let it arrive.
                waitUntil(() -> cache.stats().invalidations() >= 1);
                cached.get("user:1");
                cached.get("user:1");
                // Boot's metrics auto-configuration binds MeterBinder beans; here by
                // hand.
                MeterRegistry registry = new SimpleMeterRegistry();
                context.getBean(ClientSideCacheMetrics.class).bindTo(registry);
                assertThat(registry.get(ClientSideCacheMeters.HITS.getName())
                    .tag("pool", "redisClient")
                    .functionCounter()
                    .count()).isEqualTo(1);
                assertThat(registry.get(ClientSideCacheMeters.MISSES.getName()).functionCounter().count()).isEqualTo(1);
                assertThat(registry.get(ClientSideCacheMeters.SIZE.getName()).gauge().value()).isEqualTo(1);
                for (ClientSideCacheMeters meter : ClientSideCacheMeters.values()) {
                    assertThat(registry.get(meter.getName()).meter().getId().getDescription())
                        .isEqualTo(meter.getDescription());
                }
            });
    }

    @Test
    void enabledOnResp2FailsTheStartupNamingTheProtocol() {
        this.runner.withPropertyValues("redis.pool.client-side-cache.enabled=true")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("'client-side-cache' needs 'protocol' 3 (RESP3)"));
    }

    private static void waitUntilTracking(ClientSideCache cache) throws InterruptedException {
        waitUntil(() -> cache.stats().tracking());
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

}
