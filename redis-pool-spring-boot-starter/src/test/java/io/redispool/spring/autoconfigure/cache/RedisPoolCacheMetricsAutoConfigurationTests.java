package io.redispool.spring.autoconfigure.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redispool.RedisClient;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.autoconfigure.cache.RedisPoolCacheMetricsAutoConfiguration.RedisPoolCachesMeterBinder;
import io.redispool.spring.metrics.RedisPoolCacheMeterBinderProvider;
import io.redispool.testing.RedisServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration;
import org.springframework.boot.cache.autoconfigure.metrics.CacheMetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

class RedisPoolCacheMetricsAutoConfigurationTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(
                AutoConfigurations.of(RedisPoolAutoConfiguration.class, RedisPoolCacheAutoConfiguration.class,
                        RedisPoolCacheMetricsAutoConfiguration.class, MetricsAutoConfiguration.class))
        .withBean(SimpleMeterRegistry.class)
        .withUserConfiguration(CachingConfiguration.class)
        .withPropertyValues("redis.pool.url=" + redis.server().url(), "redis.pool.cache.cache-names=leaderboard",
                "redis.pool.cache.enable-statistics=true");

    @BeforeEach
    void emptyServer() {
        try (RedisClient client = RedisClient.create(redis.server().url())) {
            client.commands().flushdb();
        }
    }

    @Test
    void bootsCacheMetricsMeterOurCachesByResultPutsAndEvictions() {
        this.runner
            .withConfiguration(AutoConfigurations.of(CacheAutoConfiguration.class, CacheMetricsAutoConfiguration.class))
            .run((context) -> {
                assertThat(context).hasSingleBean(RedisPoolCacheMeterBinderProvider.class)
                    .doesNotHaveBean(RedisPoolCachesMeterBinder.class);
                useLeaderboard(context);
                assertMetered(context.getBean(MeterRegistry.class));
            });
    }

    @Test
    void withoutBootsCacheModuleOurBinderMetersTheCachesAlike() {
        this.runner
            .withClassLoader(
                    new FilteredClassLoader("org.springframework.boot.cache", "org.springframework.cache.transaction"))
            .run((context) -> {
                assertThat(context).hasSingleBean(RedisPoolCachesMeterBinder.class)
                    .doesNotHaveBean(RedisPoolCacheMeterBinderProvider.class);
                useLeaderboard(context);
                assertMetered(context.getBean(MeterRegistry.class));
            });
    }

    @Test
    void withoutStatisticsNoCacheIsMetered() {
        this.runner
            .withConfiguration(AutoConfigurations.of(CacheAutoConfiguration.class, CacheMetricsAutoConfiguration.class))
            .withPropertyValues("redis.pool.cache.enable-statistics=false")
            .run((context) -> {
                useLeaderboard(context);
                assertThat(context.getBean(MeterRegistry.class).find("cache.gets").meters()).isEmpty();
            });
    }

    @Test
    void withoutStatisticsOurBinderMetersNoCacheEither() {
        this.runner
            .withClassLoader(
                    new FilteredClassLoader("org.springframework.boot.cache", "org.springframework.cache.transaction"))
            .withPropertyValues("redis.pool.cache.enable-statistics=false")
            .run((context) -> {
                useLeaderboard(context);
                assertThat(context.getBean(MeterRegistry.class).find("cache.gets").meters()).isEmpty();
            });
    }

    @Test
    void cacheCreatedAfterStartupIsNotMeteredAsWithBoot() {
        this.runner
            .withConfiguration(AutoConfigurations.of(CacheAutoConfiguration.class, CacheMetricsAutoConfiguration.class))
            .run((context) -> {
                context.getBean(CacheManager.class).getCache("later").get("anything");
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                assertThat(registry.find("cache.gets").tag("cache", "leaderboard").meters()).hasSize(2);
                assertThat(registry.find("cache.gets").tag("cache", "later").meters()).isEmpty();
            });
    }

    private static void useLeaderboard(AssertableApplicationContext context) {
        Cache cache = context.getBean(CacheManager.class).getCache("leaderboard");
        cache.get("weekly");
        cache.put("weekly", "summary");
        cache.get("weekly");
        cache.get("weekly");
        cache.get("daily", () -> "computed");
        cache.evict("weekly");
    }

    private static void assertMetered(MeterRegistry registry) {
        assertThat(counter(registry, "cache.gets", "result", "hit").count()).isEqualTo(2);
        assertThat(counter(registry, "cache.gets", "result", "miss").count()).isEqualTo(2);
        assertThat(counter(registry, "cache.puts").count()).isEqualTo(2);
        assertThat(counter(registry, "cache.evictions").count()).isEqualTo(1);
        assertThat(registry.find("cache.size").meters()).isEmpty();
    }

    private static FunctionCounter counter(MeterRegistry registry, String name, String... tags) {
        return registry.get(name)
            .tag("cache", "leaderboard")
            .tag("name", "leaderboard")
            .tag("cache.manager", "cacheManager")
            .tags(tags)
            .functionCounter();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableCaching
    static class CachingConfiguration {

    }

}
