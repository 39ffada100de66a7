package io.redispool.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.codec.StringCodec;
import io.redispool.commands.server.ClientKillFilter;
import io.redispool.commands.server.ClientType;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pub/sub soak of issue 11: numbered messages are published from another client while
 * the subscriber's connection is killed at random, and no message sent while the
 * subscriber was connected may be lost.
 *
 * <p>
 * "Connected" is what the server says: PUBLISH returns how many subscribers it handed the
 * message to, and the subscriber is the only one, so a message whose PUBLISH returned 1
 * was sent while the subscriber's subscription was confirmed and its connection open. The
 * kills come from the publishing thread, between two PUBLISHes at random moments: by the
 * time PUBLISH has replied the server has written the message to the subscriber's socket
 * (replies and messages go out in the same turn of its event loop, before it reads the
 * next command), so a kill cannot take back a message it counted. Each such message must
 * arrive, once, in order; messages published during a gap (PUBLISH returned 0) may not.
 */
class SubscriberSoakTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("redispool.soak.seconds", 12));

    @Test
    void noMessagePublishedWhileTheSubscriberWasConnectedIsLostAcrossRandomKills() throws InterruptedException {
        List<Integer> received = new ArrayList<>();
        try (RedisClient client = RedisClient.create(redis.server().url())) {
            RedisCommands<String, String> commands = client.commands();
            SubscriberOptions options = SubscriberOptions.builder()
                .reconnectDelay(Duration.ofMillis(5), Duration.ofMillis(100))
                .build();
            Subscriber<String, String> subscriber = client.subscriber(StringCodec.UTF_8, (channel, message) -> {
                synchronized (received) {
                    received.add(Integer.valueOf(message));
                }
            }, options).subscribe("soak");
            assertThat(subscriber.awaitSubscribed(Duration.ofSeconds(10))).isTrue();
            Set<Integer> required = new TreeSet<>();
            int published = 0;
            int kills = 0;
            long end = System.nanoTime() + DURATION.toNanos();
            while (System.nanoTime() < end) {
                long receivers = commands.publish("soak", Integer.toString(published));
                assertThat(receivers).isBetween(0L, 1L);
                if (receivers == 1) {
                    required.add(published);
                }
                published++;
                if (ThreadLocalRandom.current().nextInt(400) == 0) {
                    kills += commands.clientKill(ClientKillFilter.none().type(ClientType.PUBSUB));
                }
            }
            awaitAll(received, required);
            List<Integer> snapshot;
            synchronized (received) {
                snapshot = List.copyOf(received);
            }
            assertThat(kills).as("kills").isGreaterThanOrEqualTo(5);
            assertThat(subscriber.stats().reconnects()).as("reconnects").isGreaterThanOrEqualTo(kills);
            // Enough messages sent while connected for the checks below to mean
            // something; the
            // share of time connected depends on how fast a loaded machine reconnects.
            assertThat(required.size()).as("messages published while connected, of " + published)
                .isGreaterThanOrEqualTo(1000);
            assertThat(outOfOrder(snapshot)).as("messages received out of order or twice").isEmpty();
            Set<Integer> lost = new TreeSet<>(required);
            lost.removeAll(Set.copyOf(snapshot));
            assertThat(lost).as("messages sent while connected, lost").isEmpty();
            assertThat(subscriber.stats().messagesDropped()).isZero();
        }
    }

    private static List<String> outOfOrder(List<Integer> received) {
        List<String> wrong = new ArrayList<>();
        for (int i = 1; i < received.size(); i++) {
            if (received.get(i) <= received.get(i - 1)) {
                wrong.add(received.get(i - 1) + " then " + received.get(i));
            }
        }
        return wrong;
    }

    private static void awaitAll(List<Integer> received, Set<Integer> required) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (received) {
                if (Set.copyOf(received).containsAll(required)) {
                    return;
                }
            }
            Thread.sleep(20);
        }
    }

}
