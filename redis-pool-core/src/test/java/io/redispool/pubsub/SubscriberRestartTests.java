package io.redispool.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A subscriber across a server restart, on a server of its own since the restart would
 * disturb other tests.
 */
class SubscriberRestartTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aSubscriberKeepsReceivingAfterTheServerRestartsAndHearsOfTheGap() throws InterruptedException {
        RecordingListener listener = new RecordingListener();
        RedisClientConfig config = RedisClientConfig.builder().url(redis.server().url()).build();
        try (RedisClient client = RedisClient.create(config)) {
            Subscriber<String, String> subscriber = client.subscriber(listener).subscribe("alerts");
            subscriber.ssubscribe("shard");
            assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
            redis.server().restart();
            assertThat(listener.until("disconnected")).doesNotContain("resubscribed");
            assertThat(listener.until("resubscribed")).contains("subscribed CHANNEL alerts 1",
                    "subscribed SHARD_CHANNEL shard 1");
            assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
            assertThat(client.commands().publish("alerts", "back")).isEqualTo(1);
            assertThat(client.commands().spublish("shard", "too")).isEqualTo(1);
            assertThat(listener.until("smessage")).containsExactly("message alerts back", "smessage shard too");
            assertThat(subscriber.stats().reconnects()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void aSubscriberStartedWhileTheServerIsDownSubscribesOnceItIsUp() throws InterruptedException {
        RecordingListener listener = new RecordingListener();
        redis.server().stop();
        try (RedisClient client = RedisClient.create(redis.server().url())) {
            Subscriber<String, String> subscriber = client.subscriber(listener).subscribe("late");
            assertThat(listener.next()).isEqualTo("disconnected");
            assertThat(subscriber.awaitSubscribed(Duration.ofMillis(300))).isFalse();
            redis.server().start();
            assertThat(listener.until("resubscribed")).containsExactly("subscribed CHANNEL late 1", "resubscribed");
            assertThat(client.commands().publish("late", "hello")).isEqualTo(1);
            assertThat(listener.next()).isEqualTo("message late hello");
        }
    }

}
