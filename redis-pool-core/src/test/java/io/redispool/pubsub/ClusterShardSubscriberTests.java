package io.redispool.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.codec.StringCodec;
import io.redispool.cluster.ClusterRouter;
import io.redispool.cluster.ClusterStats;
import io.redispool.cluster.HashSlot;
import io.redispool.launcher.RedisServer;
import io.redispool.testing.RedisCluster;
import io.redispool.testing.RedisClusterExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shard channels on a real cluster of three masters with a replica each: held on the
 * master of each slot, followed through a resharding and a master's death.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterShardSubscriberTests {

    @RegisterExtension
    static final RedisClusterExtension extension = RedisClusterExtension
        .create((builder) -> builder.masters(3).replicasPerMaster(1));

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static RedisClient client;

    @BeforeAll
    static void connect(RedisCluster cluster) {
        client = RedisClient.create(RedisClientConfig.builder().clusterNodes(cluster.nodeUrls()).build());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    @Order(1)
    void shardChannelsOfSlotsOnEveryMasterAllDeliverAndSpublishGoesStraightToTheOwner(RedisCluster cluster)
            throws InterruptedException {
        RecordingListener listener = new RecordingListener();
        List<String> perMaster = onePerMaster(cluster, "order");
        // Two slots of one master: one SSUBSCRIBE of both would be refused with
        // CROSSSLOT.
        String neighbour = sameMasterOtherSlot(cluster, perMaster.get(0));
        List<String> channels = new ArrayList<>(perMaster);
        channels.add(neighbour);
        try (Subscriber<String, String> subscriber = client.subscriber(listener)) {
            subscriber.ssubscribe(channels.toArray(new String[0]));
            subscriber.subscribe("news");
            assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
            for (String channel : channels) {
                RedisServer owner = cluster.masterOf(cluster.slotOf(channel));
                assertThat(shardSubscribers(owner, channel)).as("subscribers of %s on its master", channel)
                    .isEqualTo(1);
            }
            long movedBefore = client.cluster().get().stats().movedRedirects();
            for (String channel : channels) {
                assertThat(client.commands().spublish(channel, "to " + channel)).as(channel).isEqualTo(1);
            }
            ClusterStats after = client.cluster().get().stats();
            assertThat(after.movedRedirects()).as("MOVED followed by SPUBLISH").isEqualTo(movedBefore);
            client.commands().publish("news", "everywhere");
            List<String> heard = new ArrayList<>();
            while (heard.size() < channels.size() + 1) {
                String event = listener.next();
                if (event.startsWith("smessage") || event.startsWith("message")) {
                    heard.add(event);
                }
            }
            List<String> expected = new ArrayList<>(
                    channels.stream().map((c) -> "smessage " + c + " to " + c).toList());
            expected.add("message news everywhere");
            assertThat(heard).containsExactlyInAnyOrderElementsOf(expected);
            SubscriberStats stats = subscriber.stats();
            assertThat(stats.subscriptions()).isEqualTo(channels.size() + 1);
            assertThat(stats.confirmed()).isEqualTo(channels.size() + 1);
            assertThat(stats.messagesReceived()).isEqualTo(channels.size() + 1);
            assertThat(readerThreads(subscriber)).as("one reader for channels, one per master for shard channels")
                .isEqualTo(1 + perMaster.size());
            subscriber.sunsubscribe(perMaster.get(0), neighbour);
            assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
            assertThat(subscriber.subscriptions(SubscriptionKind.SHARD_CHANNEL))
                .containsExactlyElementsOf(perMaster.subList(1, perMaster.size()));
            assertThat(client.commands().spublish(neighbour, "unheard")).isZero();
            assertThat(readerThreadsEventually(subscriber, perMaster.size())).as("the emptied node's reader stopped")
                .isEqualTo(perMaster.size());
        }
    }

    @Test
    @Order(2)
    void aShardChannelFollowsItsSlotThroughAReshardAndTheListenerHearsOfTheGap(RedisCluster cluster) throws Exception {
        RecordingListener listener = new RecordingListener();
        RedisServer source = cluster.masterOf(0);
        RedisServer target = cluster.masters().stream().filter((m) -> !m.equals(source)).findFirst().orElseThrow();
        // redis-cli moves the source's lowest slots first: slot 0 is the one it moves.
        String moving = inSlot(0, "cart");
        String staying = onePerMaster(cluster, "stay").stream()
            .filter((c) -> !cluster.masterOf(cluster.slotOf(c)).equals(source))
            .findFirst()
            .orElseThrow();
        try (Subscriber<String, String> subscriber = client.subscriber(listener).ssubscribe(moving, staying)) {
            assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
            Process reshard = new ProcessBuilder("redis-cli", "--cluster", "reshard",
                    source.host() + ":" + source.port(), "--cluster-from", nodeId(source), "--cluster-to",
                    nodeId(target), "--cluster-slots", "1", "--cluster-yes")
                .redirectErrorStream(true)
                .start();
            String output = new String(reshard.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reshard.waitFor(60, TimeUnit.SECONDS)).isTrue();
            long movedAt = System.nanoTime();
            assertThat(reshard.exitValue()).as(output).isZero();
            assertThat(cluster.masterOf(0)).isEqualTo(target);
            List<String> gap = listener.until("resubscribed");
            long followedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - movedAt);
            assertThat(gap).containsSubsequence("unsubscribed SHARD_CHANNEL " + moving + " 0", "disconnected",
                    "subscribed SHARD_CHANNEL " + moving + " 1", "resubscribed");
            assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
            assertThat(shardSubscribers(target, moving)).isEqualTo(1);
            assertThat(client.commands().spublish(moving, "after the move")).isEqualTo(1);
            assertThat(client.commands().spublish(staying, "unmoved")).isEqualTo(1);
            // Two masters' connections, each read on its own thread: no order between
            // them.
            assertThat(List.of(listener.next(), listener.next())).containsExactlyInAnyOrder(
                    "smessage " + moving + " after the move", "smessage " + staying + " unmoved");
            System.out.printf("Slot 0 resharded: the subscriber held its channel on the new master %d ms after"
                    + " redis-cli returned%n", followedMillis);
        }
    }

    @Test
    @Order(3)
    void aShardChannelFollowsThePromotedReplicaWhenItsMasterDies(RedisCluster cluster) throws InterruptedException {
        RecordingListener listener = new RecordingListener();
        String channel = "alerts{failover}";
        RedisServer victim = cluster.masterOf(cluster.slotOf(channel));
        try (Subscriber<String, String> subscriber = client.subscriber(listener).ssubscribe(channel)) {
            subscriber.subscribe("news");
            assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
            long killedAt = System.nanoTime();
            RedisServer promoted = cluster.killMasterAndAwaitFailover(victim);
            long failoverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
            assertThat(listener.until("disconnected")).doesNotContain("resubscribed");
            assertThat(listener.until("resubscribed")).contains("subscribed SHARD_CHANNEL " + channel + " 1");
            long followedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
            assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
            assertThat(shardSubscribers(promoted, channel)).isEqualTo(1);
            assertThat(client.commands().spublish(channel, "after the failover")).isEqualTo(1);
            assertThat(listener.until("smessage")).endsWith("smessage " + channel + " after the failover");
            System.out.printf("Master killed: the cluster failed over in %d ms; the subscriber held its shard channel"
                    + " on the promoted replica %d ms after the kill%n", failoverMillis, followedMillis);
        }
        finally {
            cluster.restart(victim);
        }
    }

    @Test
    @Order(4)
    void theShardOwnersThreadStartsWithTheFirstShardChannelAndEndsWithTheSubscriber(RedisCluster cluster)
            throws InterruptedException {
        Subscriber<String, String> subscriber = client.subscriber(new RecordingListener());
        String shards = subscriber.name() + "-shards";
        try {
            subscriber.subscribe("news");
            subscriber.psubscribe("news.*");
            assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
            assertThat(threads(shards::equals)).as("a %s thread with channels and patterns only", shards).isZero();
            // A lost connection asks for an owner check, which has no node to follow.
            for (RedisServer master : cluster.masters()) {
                RedisCluster.call(master, "CLIENT", "KILL", "TYPE", "PUBSUB");
            }
            assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
            assertThat(subscriber.stats().reconnects()).isPositive();
            assertThat(threads(shards::equals)).as("a %s thread after a reconnect", shards).isZero();
            subscriber.ssubscribe("orders{threads}");
            assertThat(threads(shards::equals)).as("%s threads after SSUBSCRIBE", shards).isEqualTo(1);
            assertThat(subscriber.awaitSubscribed(WAIT)).isTrue();
        }
        finally {
            subscriber.close();
        }
        assertThat(threadsEventually(shards::equals, 0)).as("%s threads after close", shards).isZero();
    }

    @Test
    @Order(5)
    void shardChannelsChangedAfterCloseOpenNoConnectionAndThrowNothing() throws InterruptedException {
        // As when a SSUBSCRIBE or SUNSUBSCRIBE races close(): past the subscriber's own
        // check, not yet at the nodes.
        byte[] early = "early{close}".getBytes(StandardCharsets.UTF_8);
        byte[] late = "late{close}".getBytes(StandardCharsets.UTF_8);
        ShardChannelNodes<String, String> nodes = shardChannelNodes("closing-nodes");
        nodes.add(List.of(early));
        Predicate<String> readers = (name) -> name.startsWith("closing-nodes-reader");
        assertThat(threads(readers)).isEqualTo(1);
        nodes.close();
        nodes.remove(List.of(early));
        nodes.add(List.of(late));
        assertThat(threadsEventually(readers, 0)).as("reader threads after close").isZero();
        assertThat(threads("closing-nodes-shards"::equals)).isZero();
    }

    /** One channel name per master, each in a slot that master serves. */
    private static List<String> onePerMaster(RedisCluster cluster, String prefix) {
        Map<RedisServer, String> byMaster = new LinkedHashMap<>();
        for (int i = 0; byMaster.size() < cluster.masters().size(); i++) {
            String channel = prefix + ":{" + i + "}";
            byMaster.putIfAbsent(cluster.masterOf(cluster.slotOf(channel)), channel);
        }
        return List.copyOf(byMaster.values());
    }

    private static String sameMasterOtherSlot(RedisCluster cluster, String channel) {
        RedisServer master = cluster.masterOf(cluster.slotOf(channel));
        for (int i = 0;; i++) {
            String candidate = "neighbour:{" + i + "}";
            if (cluster.slotOf(candidate) != cluster.slotOf(channel)
                    && cluster.masterOf(cluster.slotOf(candidate)).equals(master)) {
                return candidate;
            }
        }
    }

    private static String inSlot(int slot, String prefix) {
        for (int i = 0;; i++) {
            String channel = prefix + ":{" + i + "}";
            if (HashSlot.of(channel.getBytes(StandardCharsets.UTF_8)) == slot) {
                return channel;
            }
        }
    }

    private static long shardSubscribers(RedisServer node, String channel) {
        List<?> reply = (List<?>) RedisCluster.call(node, "PUBSUB", "SHARDNUMSUB", channel);
        return (Long) reply.get(1);
    }

    private static String nodeId(RedisServer node) {
        return (String) RedisCluster.call(node, "CLUSTER", "MYID");
    }

    private static ShardChannelNodes<String, String> shardChannelNodes(String name) {
        Delivery<String, String> delivery = new Delivery<>(new RecordingListener(), StringCodec.UTF_8, Runnable::run,
                16);
        return new ShardChannelNodes<>(name, (ClusterRouter) client.cluster().orElseThrow(), delivery,
                new Gaps<>(name, delivery, () -> true), SubscriberOptions.DEFAULTS);
    }

    private static long readerThreads(Subscriber<?, ?> subscriber) {
        return threads((name) -> name.startsWith(subscriber.name() + "-reader"));
    }

    private static long readerThreadsEventually(Subscriber<?, ?> subscriber, long expected)
            throws InterruptedException {
        return threadsEventually((name) -> name.startsWith(subscriber.name() + "-reader"), expected);
    }

    private static long threads(Predicate<String> named) {
        return Thread.getAllStackTraces()
            .keySet()
            .stream()
            .filter((thread) -> thread.isAlive() && named.test(thread.getName()))
            .count();
    }

    /** Threads end a moment after they are told to. */
    private static long threadsEventually(Predicate<String> named, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (threads(named) != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return threads(named);
    }

}
