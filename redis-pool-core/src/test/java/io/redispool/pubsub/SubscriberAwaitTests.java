package io.redispool.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.codec.StringCodec;
import io.redispool.commands.server.ClientKillFilter;
import io.redispool.commands.server.ClientType;
import io.redispool.testing.FaultProxy;
import io.redispool.testing.FaultProxy.Direction;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link Subscriber#awaitSubscribed} answers from the server, not from what the
 * subscriber last read: a proxy holds one direction of the subscriber's traffic, so the
 * subscriber cannot yet know what the server did.
 */
class SubscriberAwaitTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Many round trips of a local connection. */
    private static final Duration HELD = Duration.ofMillis(300);

    private final RecordingListener listener = new RecordingListener();

    private FaultProxy proxy;

    private RedisClient client;

    private RedisClient proxied;

    private Subscriber<String, String> subscriber;

    @BeforeEach
    void subscribeThroughAProxy() throws InterruptedException {
        this.proxy = FaultProxy.to(redis.server());
        this.client = RedisClient.create(redis.server().url());
        this.proxied = RedisClient
            .create(RedisClientConfig.builder().host(this.proxy.host()).port(this.proxy.port()).build());
        SubscriberOptions options = SubscriberOptions.builder()
            .reconnectDelay(Duration.ofMillis(50), Duration.ofMillis(200))
            .build();
        this.subscriber = this.proxied.subscriber(StringCodec.UTF_8, this.listener, options).subscribe("a");
        assertThat(this.subscriber.awaitSubscribed(WAIT)).isTrue();
        assertThat(this.listener.next()).isEqualTo("subscribed CHANNEL a 1");
    }

    @AfterEach
    void close() {
        this.proxied.close();
        this.client.close();
        this.proxy.close();
    }

    @Test
    void aZeroTimeoutAnswersFalseSinceTheServerMustAnswerAPingFirst() throws InterruptedException {
        assertThat(this.subscriber.awaitSubscribed(Duration.ZERO)).isFalse();
        assertThat(this.subscriber.awaitSubscribed(WAIT)).isTrue();
    }

    @Test
    void commandsNotYetAnsweredKeepItWaitingEvenWhenTheyLeaveTheSameNamesWanted() throws InterruptedException {
        this.proxy.stall(Direction.TO_SERVER);
        // Wanted and confirmed are both {a} again, but the server has seen neither.
        this.subscriber.unsubscribe("a");
        this.subscriber.subscribe("a");
        assertThat(this.subscriber.awaitSubscribed(HELD)).isFalse();
        this.proxy.clear();
        assertThat(this.subscriber.awaitSubscribed(WAIT)).isTrue();
        assertThat(List.of(this.listener.next(), this.listener.next())).containsExactly("unsubscribed CHANNEL a 0",
                "subscribed CHANNEL a 1");
        assertThat(this.client.commands().pubsubNumsub(List.of("a"))).containsEntry("a", 1L);
    }

    @Test
    void aConnectionTheServerClosedKeepsItWaitingBeforeTheSubscriberHearsOfIt() throws InterruptedException {
        this.proxy.stall(Direction.TO_CLIENT);
        // A message the proxy reads and holds, so that it reads no further: the end of
        // the connection waits behind it.
        assertThat(this.client.commands().publish("a", "before")).isEqualTo(1);
        assertThat(this.client.commands().clientKill(ClientKillFilter.none().type(ClientType.PUBSUB))).isEqualTo(1);
        assertThat(this.client.commands().pubsubNumsub(List.of("a"))).containsEntry("a", 0L);
        assertThat(this.subscriber.awaitSubscribed(HELD)).isFalse();
        this.proxy.clear();
        assertThat(this.subscriber.awaitSubscribed(WAIT)).isTrue();
        assertThat(this.client.commands().pubsubNumsub(List.of("a"))).containsEntry("a", 1L);
        assertThat(this.client.commands().publish("a", "after")).isEqualTo(1);
        // "message a before" may be lost: the PING can make the proxy reset the
        // connection.
        assertThat(this.listener.until("message a after")).containsSubsequence("disconnected", "subscribed CHANNEL a 1",
                "resubscribed", "message a after");
    }

}
