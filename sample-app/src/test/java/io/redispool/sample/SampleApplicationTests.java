package io.redispool.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.connection.Endpoint;
import io.redispool.testing.RedisServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application against a redis-server of the test's own: the extension starts
 * one on a free port before the application context, which is pointed at it through
 * {@code redis.pool.url}. docs/testing.md shows this class.
 */
@SpringBootTest
class SampleApplicationTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    @DynamicPropertySource
    static void redisProperties(DynamicPropertyRegistry registry) {
        registry.add("redis.pool.url", () -> redis.server().url());
    }

    @Autowired
    private PageViews pageViews;

    @Autowired
    private RedisClient client;

    @BeforeEach
    void emptyTheDatabase() {
        this.client.commands().flushdb();
    }

    @Test
    void viewsAreCountedOnTheServerTheExtensionStarted() {
        this.pageViews.record("home", "alice");
        this.pageViews.record("home", "bob");
        this.pageViews.record("home", "alice");
        assertThat(this.pageViews.stats("home")).isEqualTo(new PageViews.PageStats("home", 3, 2));
        assertThat(this.client.commands().get("sample:views:{home}")).isEqualTo("3");
    }

    @Test
    void theApplicationsClientTalksToThatServer() {
        assertThat(this.client.config().connection().endpoint())
            .isEqualTo(new Endpoint.Tcp(redis.server().host(), redis.server().port()));
    }

}
