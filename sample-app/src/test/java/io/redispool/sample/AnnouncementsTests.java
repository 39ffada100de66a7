package io.redispool.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redispool.RedisClient;
import io.redispool.spring.pubsub.RedisListenerContainer;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample's listener bean hears what another client publishes.
 */
@SpringBootTest
class AnnouncementsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    @DynamicPropertySource
    static void redisProperties(DynamicPropertyRegistry registry) {
        registry.add("redis.pool.url", () -> redis.server().url());
    }

    @Autowired
    private Announcements announcements;

    @Autowired
    private RedisListenerContainer container;

    @Test
    void aPublishedAnnouncementIsHeard() throws InterruptedException {
        assertThat(this.container.subscribers().get("announcements").awaitSubscribed(Duration.ofSeconds(10))).isTrue();
        try (RedisClient publisher = RedisClient.create(redis.server().url())) {
            assertThat(publisher.commands().publish(Announcements.CHANNEL, "maintenance at noon")).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> "maintenance at noon".equals(this.announcements.latest()));
    }

}
