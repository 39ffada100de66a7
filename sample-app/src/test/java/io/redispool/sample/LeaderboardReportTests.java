package io.redispool.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redispool.RedisClient;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.autoconfigure.cache.RedisPoolCacheAutoConfiguration;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class LeaderboardReportTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final String CACHE_KEY = "sample:cache:leaderboard-summary::SimpleKey []";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(
                AutoConfigurations.of(RedisPoolAutoConfiguration.class, RedisPoolCacheAutoConfiguration.class))
        .withUserConfiguration(CachingConfiguration.class)
        .withPropertyValues("redis.pool.url=" + redis.server().url(), "redis.pool.cache.key-prefix=sample:cache:",
                "redis.pool.cache.time-to-live=10s");

    @BeforeEach
    void emptyServer() {
        try (RedisClient client = RedisClient.create(redis.server().url())) {
            client.commands().flushdb();
        }
    }

    @Test
    void summaryAddsUpEveryPageOfTheLeaderboard() {
        this.runner.run((context) -> {
            PageViews pageViews = context.getBean(PageViews.class);
            view(pageViews, "home", 5);
            view(pageViews, "pricing", 3);
            view(pageViews, "about", 1);
            LeaderboardReport.Summary summary = context.getBean(LeaderboardReport.class).summary();
            assertThat(summary.pages()).isEqualTo(3);
            assertThat(summary.totalViews()).isEqualTo(9);
            assertThat(summary.topPage()).isEqualTo("home");
            assertThat(summary.topPageViews()).isEqualTo(5);
        });
    }

    @Test
    void summaryBeforeAnyViewIsEmpty() {
        this.runner.run((context) -> {
            LeaderboardReport.Summary summary = context.getBean(LeaderboardReport.class).summary();
            assertThat(summary.pages()).isZero();
            assertThat(summary.totalViews()).isZero();
            assertThat(summary.topPage()).isNull();
        });
    }

    @Test
    void summaryIsServedFromRedisUntilItsTimeToLiveEnds() {
        this.runner.withPropertyValues("redis.pool.cache.time-to-live=1500ms").run((context) -> {
            PageViews pageViews = context.getBean(PageViews.class);
            LeaderboardReport report = context.getBean(LeaderboardReport.class);
            view(pageViews, "home", 2);
            LeaderboardReport.Summary first = report.summary();
            RedisClient client = context.getBean(RedisClient.class);
            assertThat(client.execute("EXISTS", CACHE_KEY)).isEqualTo(1L);
            assertThat((Long) client.execute("PTTL", CACHE_KEY)).isBetween(1L, 1500L);
            view(pageViews, "home", 1);
            assertThat(report.summary()).isEqualTo(first);
            await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(report.summary().totalViews()).isEqualTo(3));
        });
    }

    @Test
    void secondInstanceReadsTheSummaryTheFirstCached() {
        this.runner.run((first) -> this.runner.run((second) -> {
            view(first.getBean(PageViews.class), "home", 4);
            LeaderboardReport.Summary computed = first.getBean(LeaderboardReport.class).summary();
            assertThat(second.getBean(LeaderboardReport.class).summary()).isEqualTo(computed);
        }));
    }

    private static void view(PageViews pageViews, String page, int times) {
        for (int i = 0; i < times; i++) {
            pageViews.record(page, "visitor-" + i);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableCaching
    @Import({ PageViews.class, LeaderboardReport.class })
    static class CachingConfiguration {

    }

}
