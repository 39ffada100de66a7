package io.redispool.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.codec.StringCodec;
import io.redispool.testing.FaultProxy;
import io.redispool.testing.FaultProxy.Direction;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A peer that vanishes without closing the connection, played by a proxy that swallows
 * the server's replies: the heartbeat notices, and the subscriber reconnects once traffic
 * flows again.
 */
class SubscriberHeartbeatTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    @Test
    void aConnectionWhosePingsGoUnansweredIsReplaced() throws InterruptedException {
        RecordingListener listener = new RecordingListener();
        try (FaultProxy proxy = FaultProxy.to(redis.server());
                RedisClient client = RedisClient.create(redis.server().url());
                RedisClient proxied = RedisClient
                    .create(RedisClientConfig.builder().host(proxy.host()).port(proxy.port()).build())) {
            SubscriberOptions options = SubscriberOptions.builder()
                .heartbeatInterval(Duration.ofMillis(200))
                .reconnectDelay(Duration.ofMillis(50), Duration.ofMillis(200))
                .build();
            Subscriber<String, String> subscriber = proxied.subscriber(StringCodec.UTF_8, listener, options)
                .subscribe("beat");
            assertThat(subscriber.awaitSubscribed(Duration.ofSeconds(10))).isTrue();
            assertThat(listener.next()).isEqualTo("subscribed CHANNEL beat 1");
            proxy.blackhole(Direction.TO_CLIENT);
            assertThat(listener.next()).isEqualTo("disconnected");
            proxy.clear();
            assertThat(listener.until("resubscribed")).contains("subscribed CHANNEL beat 1");
            assertThat(subscriber.awaitSubscribed(Duration.ofSeconds(10))).isTrue();
            assertThat(client.commands().publish("beat", "alive")).isEqualTo(1);
            assertThat(listener.next()).isEqualTo("message beat alive");
        }
    }

    @Test
    void aQuietButHealthyConnectionIsKept() throws InterruptedException {
        RecordingListener listener = new RecordingListener();
        try (RedisClient client = RedisClient.create(redis.server().url())) {
            SubscriberOptions options = SubscriberOptions.builder().heartbeatInterval(Duration.ofMillis(200)).build();
            Subscriber<String, String> subscriber = client.subscriber(StringCodec.UTF_8, listener, options)
                .subscribe("quiet");
            assertThat(subscriber.awaitSubscribed(Duration.ofSeconds(10))).isTrue();
            assertThat(listener.next()).isEqualTo("subscribed CHANNEL quiet 1");
            assertThat(listener.isQuietFor(Duration.ofSeconds(2))).isTrue();
            assertThat(subscriber.stats().reconnects()).isZero();
        }
    }

}
