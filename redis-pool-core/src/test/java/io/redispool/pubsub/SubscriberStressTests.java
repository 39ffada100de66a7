package io.redispool.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.commands.server.ClientKillFilter;
import io.redispool.commands.server.ClientType;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Threads subscribe and unsubscribe at random on one subscriber while its connection is
 * killed; in the end the server holds exactly the subscriptions the threads left, and
 * each message reaches the listener under the channel it was published to.
 */
class SubscriberStressTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final int THREADS = 8;

    private static final int CHANNELS_PER_THREAD = 20;

    private static final int OPERATIONS = 300;

    @Test
    void concurrentSubscribesAndUnsubscribesAcrossKillsEndAsTheThreadsLeftThem() throws Exception {
        Map<String, String> mismatched = new ConcurrentHashMap<>();
        Set<String> heard = ConcurrentHashMap.newKeySet();
        try (RedisClient client = RedisClient.create(redis.server().url())) {
            Subscriber<String, String> subscriber = client.subscriber((channel, message) -> {
                if (!channel.equals(message)) {
                    mismatched.put(channel, message);
                }
                heard.add(message);
            });
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Set<String>>> outcomes = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                outcomes.add(threads.submit(() -> churn(subscriber, thread, start)));
            }
            start.countDown();
            for (int kill = 0; kill < 3; kill++) {
                Thread.sleep(50);
                client.commands().clientKill(ClientKillFilter.none().type(ClientType.PUBSUB));
            }
            Set<String> expected = new HashSet<>();
            for (Future<Set<String>> outcome : outcomes) {
                expected.addAll(outcome.get(60, TimeUnit.SECONDS));
            }
            threads.shutdown();
            assertThat(subscriber.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
            assertThat(Set.copyOf(subscriber.subscriptions(SubscriptionKind.CHANNEL))).isEqualTo(expected);
            assertThat(Set.copyOf(client.commands().pubsubChannels("t*"))).isEqualTo(expected);
            for (int t = 0; t < THREADS; t++) {
                for (int c = 0; c < CHANNELS_PER_THREAD; c++) {
                    String channel = channel(t, c);
                    assertThat(client.commands().publish(channel, channel)).as(channel)
                        .isEqualTo(expected.contains(channel) ? 1 : 0);
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!heard.containsAll(expected) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(heard).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(mismatched).isEmpty();
        }
    }

    private static Set<String> churn(Subscriber<String, String> subscriber, int thread, CountDownLatch start)
            throws InterruptedException {
        start.await();
        Set<String> mine = new HashSet<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < OPERATIONS; i++) {
            String channel = channel(thread, random.nextInt(CHANNELS_PER_THREAD));
            if (random.nextBoolean()) {
                subscriber.subscribe(channel);
                mine.add(channel);
            }
            else {
                subscriber.unsubscribe(channel);
                mine.remove(channel);
            }
        }
        return mine;
    }

    private static String channel(int thread, int channel) {
        return "t" + thread + ":c" + channel;
    }

}
