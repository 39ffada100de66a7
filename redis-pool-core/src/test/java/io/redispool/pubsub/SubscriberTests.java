package io.redispool.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.codec.ByteArrayCodec;
import io.redispool.codec.StringCodec;
import io.redispool.commands.server.ClientKillFilter;
import io.redispool.commands.server.ClientType;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Subscribing, delivering, unsubscribing and reconnecting against a real server.
 */
class SubscriberTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final Duration WAIT = Duration.ofSeconds(10);

    private RedisClient client;

    private RedisCommands<String, String> commands;

    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.commands = this.client.commands();
    }

    /** The URL as given, for RESP2; overridden to run every test over RESP3. */
    String withProtocol(String url) {
        return url;
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    @Test
    void channelMessagesArriveInOrderOnTheSubscribersThreadNotTheCallers() throws InterruptedException {
        Subscriber<String, String> subscriber = this.client.subscriber(this.listener).subscribe("news", "sport");
        assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
        assertThat(this.commands.publish("news", "one")).isEqualTo(1);
        assertThat(this.commands.publish("sport", "two")).isEqualTo(1);
        assertThat(this.commands.publish("weather", "unheard")).isZero();
        assertThat(List.of(this.listener.next(), this.listener.next(), this.listener.next(), this.listener.next()))
            .containsExactly("subscribed CHANNEL news 1", "subscribed CHANNEL sport 2", "message news one",
                    "message sport two");
        assertThat(this.listener.threads).isNotEmpty()
            .allSatisfy((thread) -> assertThat(thread).isEqualTo(subscriber.name() + "-delivery"))
            .doesNotContain(Thread.currentThread().getName());
        assertThat(subscriber.subscriptions(SubscriptionKind.CHANNEL)).containsExactly("news", "sport");
        SubscriberStats stats = subscriber.stats();
        assertThat(stats.isSubscribed()).isTrue();
        assertThat(stats.messagesReceived()).isEqualTo(2);
        assertThat(stats.subscriptions()).isEqualTo(2);
    }

    @Test
    void patternMessagesNameThePatternAndTheChannel() throws InterruptedException {
        Subscriber<String, String> subscriber = this.client.subscriber(this.listener).psubscribe("orders.*");
        assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
        assertThat(this.commands.publish("orders.eu", "42")).isEqualTo(1);
        assertThat(this.listener.until("pmessage")).containsExactly("subscribed PATTERN orders.* 1",
                "pmessage orders.* orders.eu 42");
        assertThat(this.commands.pubsubNumpat()).isEqualTo(1);
    }

    @Test
    void shardChannelMessagesArriveThroughSsubscribe() throws InterruptedException {
        Subscriber<String, String> subscriber = this.client.subscriber(this.listener).ssubscribe("cart:{7}");
        assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
        assertThat(this.commands.spublish("cart:{7}", "added")).isEqualTo(1);
        assertThat(this.listener.until("smessage")).containsExactly("subscribed SHARD_CHANNEL cart:{7} 1",
                "smessage cart:{7} added");
        assertThat(this.commands.pubsubShardchannels()).containsExactly("cart:{7}");
    }

    @Test
    void unsubscribingStopsTheMessagesOfThatNameOnly() throws InterruptedException {
        Subscriber<String, String> subscriber = this.client.subscriber(this.listener).subscribe("a", "b");
        assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
        subscriber.unsubscribe("a");
        assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
        assertThat(this.commands.publish("a", "gone")).isZero();
        assertThat(this.commands.publish("b", "kept")).isEqualTo(1);
        assertThat(this.listener.until("message")).containsExactly("subscribed CHANNEL a 1", "subscribed CHANNEL b 2",
                "unsubscribed CHANNEL a 1", "message b kept");
        assertThat(subscriber.subscriptions(SubscriptionKind.CHANNEL)).containsExactly("b");
    }

    @Test
    void aGivenExecutorRunsTheListener() throws InterruptedException {
        ExecutorService executor = Executors.newFixedThreadPool(4, (task) -> new Thread(task, "app-executor"));
        try {
            Subscriber<String, String> subscriber = this.client.subscriber(StringCodec.UTF_8, this.listener,
                    SubscriberOptions.builder().executor(executor).build());
            subscriber.subscribe("jobs");
            assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
            for (int i = 0; i < 100; i++) {
                this.commands.publish("jobs", Integer.toString(i));
            }
            this.listener.next();
            for (int i = 0; i < 100; i++) {
                assertThat(this.listener.next()).isEqualTo("message jobs " + i);
            }
            assertThat(this.listener.threads).allSatisfy((thread) -> assertThat(thread).isEqualTo("app-executor"));
        }
        finally {
            executor.shutdownNow();
        }
    }

    @Test
    void binaryChannelsAndMessagesGoThroughTheCodecUnchanged() throws InterruptedException {
        BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
        byte[] channel = { (byte) 0xFF, 0, (byte) 0xC3 };
        byte[] payload = { 0, (byte) 0x80, (byte) 0xFE, '\r', '\n' };
        Subscriber<byte[], byte[]> subscriber = this.client.subscriber(ByteArrayCodec.INSTANCE,
                (name, message) -> received.add(concat(name, message)), SubscriberOptions.DEFAULTS);
        subscriber.subscribe(channel);
        assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
        assertThat(this.client.commands(ByteArrayCodec.INSTANCE).publish(channel, payload)).isEqualTo(1);
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(concat(channel, payload));
    }

    @Test
    void aListenerThatThrowsIsCountedAndTheNextMessageStillArrives() throws InterruptedException {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        Subscriber<String, String> subscriber = this.client.subscriber((channel, message) -> {
            if (message.equals("bad")) {
                throw new IllegalStateException("listener bug");
            }
            received.add(message);
        }).subscribe("c");
        assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
        this.commands.publish("c", "bad");
        this.commands.publish("c", "good");
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("good");
        assertThat(subscriber.stats().listenerFailures()).isEqualTo(1);
    }

    @Test
    void aSubscriberSurvivesClientKillAndTellsTheListenerOfTheGap() throws InterruptedException {
        Subscriber<String, String> subscriber = this.client.subscriber(this.listener).subscribe("events");
        subscriber.psubscribe("ev*");
        assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
        awaitOnePubSubClient();
        assertThat(this.commands.clientKill(ClientKillFilter.none().type(ClientType.PUBSUB))).isEqualTo(1);
        assertThat(this.listener.until("disconnected")).doesNotContain("resubscribed");
        assertThat(this.listener.until("resubscribed")).contains("subscribed CHANNEL events 1",
                "subscribed PATTERN ev* 2");
        assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
        // Received twice: once for the channel, once for the pattern.
        assertThat(this.commands.publish("events", "after")).isEqualTo(2);
        assertThat(List.of(this.listener.next(), this.listener.next()))
            .containsExactlyInAnyOrder("message events after", "pmessage ev* events after");
        assertThat(subscriber.stats().reconnects()).isEqualTo(1);
    }

    @Test
    void closingTheSubscriberEndsItsSubscriptionsOnTheServer() throws InterruptedException {
        Subscriber<String, String> subscriber = this.client.subscriber(this.listener).subscribe("x");
        assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
        assertThat(this.commands.pubsubNumsub(List.of("x"))).containsEntry("x", 1L);
        subscriber.close();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (this.commands.pubsubNumsub(List.of("x")).get("x") != 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(this.commands.pubsubNumsub(List.of("x"))).containsEntry("x", 0L);
        assertThat(subscriber.isClosed()).isTrue();
        assertThatIllegalStateException().isThrownBy(() -> subscriber.subscribe("y")).withMessageContaining("closed");
    }

    @Test
    void closingTheClientClosesItsSubscribers() {
        Subscriber<String, String> subscriber = this.client.subscriber(this.listener);
        this.client.close();
        assertThat(subscriber.isClosed()).isTrue();
    }

    @Test
    void subscribingToNothingIsRefusedWithTheArgumentsName() {
        Subscriber<String, String> subscriber = this.client.subscriber(this.listener);
        assertThatIllegalArgumentException().isThrownBy(subscriber::subscribe)
            .withMessage("'names' must hold at least one CHANNEL name but was empty");
    }

    @Test
    void aSlowListenerMakesTheSubscriberDropTheNewestMessagesNotStallTheSocket() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        BlockingQueue<String> delivered = new LinkedBlockingQueue<>();
        BlockingQueue<Long> drops = new LinkedBlockingQueue<>();
        MessageListener<String, String> slow = new MessageListener<>() {

            @Override
            public void message(String channel, String message) {
                delivered.add(message);
                awaitQuietly(release);
            }

            @Override
            public void dropped(long count) {
                drops.add(count);
            }

        };
        Subscriber<String, String> subscriber = this.client.subscriber(StringCodec.UTF_8, slow,
                SubscriberOptions.builder().queueCapacity(10).build());
        subscriber.subscribe("firehose");
        assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
        assertThat(this.commands.publish("firehose", "0")).isEqualTo(1);
        // The listener is stuck in the first message before the rest arrive.
        long stuckBy = System.nanoTime() + WAIT.toNanos();
        while (delivered.isEmpty() && System.nanoTime() < stuckBy) {
            Thread.sleep(1);
        }
        assertThat(delivered).containsExactly("0");
        for (int i = 1; i < 100; i++) {
            assertThat(this.commands.publish("firehose", Integer.toString(i))).isEqualTo(1);
        }
        // The reader keeps reading while the listener is stuck in its first message.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (subscriber.stats().messagesReceived() < 100 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        SubscriberStats stuck = subscriber.stats();
        assertThat(stuck.messagesReceived()).isEqualTo(100);
        assertThat(stuck.queued()).isLessThanOrEqualTo(10);
        assertThat(stuck.messagesDropped()).isEqualTo(89);
        release.countDown();
        Long dropped = drops.poll(10, TimeUnit.SECONDS);
        assertThat(dropped).isEqualTo(stuck.messagesDropped());
        assertThat(delivered).hasSize((int) (100 - dropped));
        // Drop-newest: what was delivered is the oldest messages, in order.
        for (int i = 0; i < delivered.size(); i++) {
            assertThat(delivered.poll()).isEqualTo(Integer.toString(i));
        }
    }

    /** Waits until the server has seen the end of earlier tests' subscribers. */
    private void awaitOnePubSubClient() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (this.commands.clientList(ClientType.PUBSUB).size() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

}
