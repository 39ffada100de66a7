package io.redispool.spring.autoconfigure.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.spring.autoconfigure.InvalidRedisPoolPropertyException;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.cache.RedisPoolCache;
import io.redispool.spring.cache.RedisPoolCacheConfig;
import io.redispool.spring.cache.RedisPoolCacheManager;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizers;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class RedisPoolCacheAutoConfigurationTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final AutoConfigurations BOOT_CACHE = AutoConfigurations.of(CacheAutoConfiguration.class);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(
                AutoConfigurations.of(RedisPoolAutoConfiguration.class, RedisPoolCacheAutoConfiguration.class))
        .withPropertyValues("redis.pool.url=" + redis.server().url());

    @BeforeEach
    void emptyServer() {
        try (RedisClient client = RedisClient.create(redis.server().url())) {
            client.commands().flushdb();
        }
    }

    @Test
    void withEnableCachingTheCacheManagerIsOursAndBootsBacksOff() {
        this.runner.withConfiguration(BOOT_CACHE).withUserConfiguration(CachingConfiguration.class).run((context) -> {
            assertThat(context).hasNotFailed()
                .hasSingleBean(CacheManager.class)
                .hasSingleBean(RedisPoolCacheManager.class)
                .hasBean("cacheManager")
                .doesNotHaveBean(CacheManagerCustomizers.class);
            assertThat(context.getBean(RedisPoolCacheManager.class).getDefaultConfig())
                .isEqualTo(RedisPoolCacheConfig.defaults());
        });
    }

    @Test
    void cacheableMethodRunsOnceAndItsResultIsStoredInRedis() {
        this.runner.withUserConfiguration(LeaderboardConfiguration.class)
            .withPropertyValues("redis.pool.cache.time-to-live=1m")
            .run((context) -> {
                Leaderboard leaderboard = context.getBean(Leaderboard.class);
                assertThat(leaderboard.summary("weekly")).isEqualTo("weekly summary #1");
                assertThat(leaderboard.summary("weekly")).isEqualTo("weekly summary #1");
                assertThat(leaderboard.synchronizedSummary("daily")).isEqualTo("daily summary #2");
                assertThat(leaderboard.synchronizedSummary("daily")).isEqualTo("daily summary #2");
                assertThat(leaderboard.computations()).isEqualTo(2);
                RedisClient client = context.getBean(RedisClient.class);
                assertThat(keys(client)).containsExactlyInAnyOrder("leaderboard::weekly", "leaderboard::daily");
                assertThat((Long) client.execute("PTTL", "leaderboard::weekly")).isBetween(59_000L, 60_000L);
            });
    }

    @Test
    void withoutBootsCacheModuleTheCacheManagerIsStillProvided() {
        this.runner
            .withClassLoader(
                    new FilteredClassLoader("org.springframework.boot.cache", "org.springframework.cache.transaction"))
            .withUserConfiguration(LeaderboardConfiguration.class)
            .run((context) -> {
                assertThat(context).hasNotFailed().hasSingleBean(RedisPoolCacheManager.class);
                Leaderboard leaderboard = context.getBean(Leaderboard.class);
                leaderboard.summary("weekly");
                leaderboard.summary("weekly");
                assertThat(leaderboard.computations()).isEqualTo(1);
            });
    }

    @Test
    void withoutEnableCachingThereIsNoCacheManager() {
        this.runner.run((context) -> assertThat(context).hasNotFailed()
            .hasSingleBean(RedisClient.class)
            .doesNotHaveBean(CacheManager.class));
    }

    @Test
    void userCacheManagerMakesItBackOff() {
        this.runner.withConfiguration(BOOT_CACHE)
            .withUserConfiguration(UserCacheManagerConfiguration.class)
            .run((context) -> assertThat(context).hasSingleBean(CacheManager.class)
                .doesNotHaveBean(RedisPoolCacheManager.class)
                .getBean(CacheManager.class)
                .isInstanceOf(ConcurrentMapCacheManager.class));
    }

    @Test
    void springCacheTypeHandsTheChoiceToBoot() {
        this.runner.withConfiguration(BOOT_CACHE)
            .withUserConfiguration(CachingConfiguration.class)
            .withPropertyValues("spring.cache.type=simple")
            .run((context) -> assertThat(context).doesNotHaveBean(RedisPoolCacheManager.class)
                .getBean(CacheManager.class)
                .isInstanceOf(ConcurrentMapCacheManager.class));
    }

    @Test
    void starterTurnedOffLeavesTheCacheToBoot() {
        this.runner.withConfiguration(BOOT_CACHE)
            .withUserConfiguration(CachingConfiguration.class)
            .withPropertyValues("redis.pool.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(RedisPoolCacheManager.class)
                .getBean(CacheManager.class)
                .isInstanceOf(ConcurrentMapCacheManager.class));
    }

    @Test
    void bindsEveryProperty() {
        this.runner.withUserConfiguration(CachingConfiguration.class)
            .withPropertyValues("redis.pool.cache.time-to-live=10m", "redis.pool.cache.cache-null-values=false",
                    "redis.pool.cache.key-prefix=app:", "redis.pool.cache.enable-statistics=true",
                    "redis.pool.cache.lock-timeout=3s", "redis.pool.cache.cache-names=leaderboard,visitors")
            .run((context) -> {
                RedisPoolCacheManager manager = context.getBean(RedisPoolCacheManager.class);
                assertThat(manager.getDefaultConfig()).isEqualTo(new RedisPoolCacheConfig(Duration.ofMinutes(10), false,
                        "app:", true, true, Duration.ofSeconds(3)));
                assertThat(manager.getCacheNames()).containsExactly("leaderboard", "visitors");
                RedisPoolCache cache = (RedisPoolCache) manager.getCache("leaderboard");
                cache.put("weekly", "summary");
                assertThat(context.getBean(RedisClient.class).execute("EXISTS", "app:leaderboard::weekly"))
                    .isEqualTo(1L);
            });
    }

    @Test
    void bindsUseKeyPrefixOff() {
        this.runner.withUserConfiguration(CachingConfiguration.class)
            .withPropertyValues("redis.pool.cache.use-key-prefix=false")
            .run((context) -> assertThat(context.getBean(RedisPoolCacheManager.class).getDefaultConfig())
                .isEqualTo(RedisPoolCacheConfig.defaults().withUseKeyPrefix(false)));
    }

    @Test
    void negativeTimeToLiveStopsStartupNamingTheProperty() {
        this.runner.withUserConfiguration(CachingConfiguration.class)
            .withPropertyValues("redis.pool.cache.time-to-live=-5s")
            .run((context) -> {
                assertThat(context).hasFailed();
                InvalidRedisPoolPropertyException invalid = cause(context.getStartupFailure(),
                        InvalidRedisPoolPropertyException.class);
                assertThat(invalid).hasMessage(
                        "'redis.pool.cache.time-to-live' must be 0 (never expire) or at least 1ms but was PT-5S");
                assertThat(invalid.getProperties()).singleElement()
                    .satisfies((property) -> assertThat(property.value()).isEqualTo("-5s"));
            });
    }

    @Test
    void customizerConfiguresACacheOfItsOwn() {
        this.runner.withUserConfiguration(CachingConfiguration.class)
            .withBean(RedisPoolCacheManagerBuilderCustomizer.class,
                    () -> (builder) -> builder.withCacheConfiguration("short",
                            RedisPoolCacheConfig.defaults().withTimeToLive(Duration.ofSeconds(30))))
            .run((context) -> {
                CacheManager manager = context.getBean(CacheManager.class);
                assertThat(((RedisPoolCache) manager.getCache("short")).getConfig().timeToLive())
                    .isEqualTo(Duration.ofSeconds(30));
                assertThat(((RedisPoolCache) manager.getCache("other")).getConfig().timeToLive()).isZero();
            });
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(RedisClient client) {
        return (List<String>) client.execute("KEYS", "*");
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " among the causes of " + failure);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableCaching
    static class CachingConfiguration {

    }

    @Configuration(proxyBeanMethods = false)
    @Import(CachingConfiguration.class)
    static class LeaderboardConfiguration {

        @Bean
        Leaderboard leaderboard() {
            return new Leaderboard();
        }

    }

    public static class Leaderboard {

        private final AtomicInteger computations = new AtomicInteger();

        public int computations() {
            return this.computations.get();
        }

        @Cacheable("leaderboard")
        public String summary(String period) {
            return period + " summary #" + this.computations.incrementAndGet();
        }

        @Cacheable(cacheNames = "leaderboard", sync = true)
        public String synchronizedSummary(String period) {
            return period + " summary #" + this.computations.incrementAndGet();
        }

    }

    @Configuration(proxyBeanMethods = false)
    @Import(CachingConfiguration.class)
    static class UserCacheManagerConfiguration {

        @Bean
        CacheManager myCacheManager() {
            return new ConcurrentMapCacheManager(List.of("mine").toArray(String[]::new));
        }

    }

}
