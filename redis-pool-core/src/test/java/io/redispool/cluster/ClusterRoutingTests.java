package io.redispool.cluster;

import io.redispool.ReadFrom;
import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisCommands;
import io.redispool.command.ScanResult;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import io.redispool.testing.RedisCluster;
import io.redispool.testing.RedisClusterExtension;
import io.redispool.launcher.RedisServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ClusterRoutingTests {

    @RegisterExtension
    static final RedisClusterExtension extension = RedisClusterExtension
        .create((builder) -> builder.masters(3).replicasPerMaster(1));

    private static RedisClient client;

    private static RedisCommands<String, String> redis;

    @BeforeAll
    static void connect(RedisCluster cluster) {
        // One seed is enough: the client discovers the other nodes.
        client = RedisClient.create(RedisClientConfig.builder()
            .clusterNodes(List.of(cluster.nodeAddresses().get(0)))
            .maxWait(java.time.Duration.ofSeconds(2))
            .build());
        redis = client.commands();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void keysSpreadOverEveryMaster(RedisCluster cluster) {
        for (int i = 0; i < 300; i++) {
            redis.set("spread:" + i, "v" + i);
        }
        for (RedisServer master : cluster.masters()) {
            List<?> keys = (List<?>) RedisCluster.call(master, "KEYS", "spread:*");
            assertThat(keys).as("keys on %s", master.url()).hasSizeGreaterThan(50);
        }
        for (int i = 0; i < 300; i++) {
            String key = "spread:" + i;
            assertThat(RedisCluster.call(cluster.masterOf(cluster.slotOf(key)), "GET", key)).isEqualTo("v" + i);
        }
        // Pools open on first use: every master's, and no replica's, since reads go to
        // masters.
        assertThat(client.cluster().get().nodePools().keySet())
            .containsAll(cluster.masters().stream().map((master) -> master.host() + ":" + master.port()).toList());
    }

    @Test
    void crossSlotMgetReturnsValuesInTheCallersOrder(RedisCluster cluster) {
        List<String> keys = IntStream.range(0, 40).mapToObj((i) -> "mget:" + i).toList();
        for (int i = 0; i < keys.size(); i += 2) {
            redis.set(keys.get(i), "value-" + i);
        }
        assertThat(keys.stream().map(cluster::slotOf).distinct().count()).isGreaterThan(10);
        List<String> values = redis.mget(keys);
        for (int i = 0; i < keys.size(); i++) {
            assertThat(values.get(i)).as(keys.get(i)).isEqualTo((i % 2 == 0) ? "value-" + i : null);
        }
        Object generic = client.execute("MGET", "mget:4", "missing", "mget:0");
        assertThat(generic).isEqualTo(java.util.Arrays.asList("value-4", null, "value-0"));
    }

    @Test
    void crossSlotMsetWritesEveryKeyOnItsOwnMaster(RedisCluster cluster) {
        Map<String, String> entries = new LinkedHashMap<>();
        IntStream.range(0, 30).forEach((i) -> entries.put("mset:" + i, "m" + i));
        assertThat(redis.mset(entries)).isEqualTo("OK");
        entries.forEach((key, value) -> assertThat(RedisCluster.call(cluster.masterOf(cluster.slotOf(key)), "GET", key))
            .isEqualTo(value));
    }

    @Test
    void crossSlotCountingCommandsAddUpTheirParts() {
        List<String> keys = IntStream.range(0, 20).mapToObj((i) -> "count:" + i).toList();
        keys.forEach((key) -> redis.set(key, "x"));
        List<String> withMissing = new ArrayList<>(keys);
        withMissing.add("count:missing");
        assertThat(redis.exists(withMissing)).isEqualTo(20);
        assertThat(redis.touch(withMissing)).isEqualTo(20);
        assertThat(client.execute("UNLINK", "count:0", "count:1", "count:2")).isEqualTo(3L);
        assertThat(redis.del(withMissing)).isEqualTo(17);
        assertThat(redis.exists(keys)).isZero();
    }

    @Test
    void genericCommandsAreRoutedByTheirKeys(RedisCluster cluster) {
        for (int i = 0; i < 50; i++) {
            assertThat(client.execute("HSET", "generic:" + i, "field", Integer.toString(i))).isEqualTo(1L);
        }
        for (int i = 0; i < 50; i++) {
            String key = "generic:" + i;
            assertThat(RedisCluster.call(cluster.masterOf(cluster.slotOf(key)), "HGET", key, "field"))
                .isEqualTo(Integer.toString(i));
        }
        assertThat(client.execute("EVAL", "return redis.call('HGET', KEYS[1], 'field')", "1", "generic:7"))
            .isEqualTo("7");
    }

    @Test
    void otherMultiKeyCommandsAcrossSlotsAreRefusedNamingHashTags() {
        redis.set("refused:a", "1");
        assertThatExceptionOfType(CrossSlotException.class)
            .isThrownBy(() -> client.execute("RENAME", "refused:a", "refused:b"))
            .withMessageContaining("RENAME")
            .withMessageContaining("hash tag, such as {user}:1");
        assertThat(redis.get("refused:a")).isEqualTo("1");
        assertThatExceptionOfType(CrossSlotException.class)
            .isThrownBy(() -> client.execute("MSETNX", "refused:a", "1", "refused:c", "2"));
    }

    @Test
    void keysSharingAHashTagRunAsOneCommand() {
        redis.sadd("{team}:a", List.of("x", "y"));
        redis.sadd("{team}:b", List.of("y", "z"));
        assertThat(client.execute("SUNIONSTORE", "{team}:all", "{team}:a", "{team}:b")).isEqualTo(3L);
        assertThat(client.execute("RENAME", "{team}:all", "{team}:union")).isEqualTo("OK");
    }

    @Test
    void pipelineAcrossNodesGivesEachReplyToItsOwnCommand() {
        Pipeline pipeline = client.pipeline();
        List<Response<Boolean>> sets = new ArrayList<>();
        List<Response<String>> gets = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sets.add(pipeline.add(client.commands().builders().strings().set("pipe:" + i, "p" + i)));
            gets.add(pipeline.add(client.commands().builders().strings().get("pipe:" + i)));
        }
        pipeline.sync();
        for (int i = 0; i < 200; i++) {
            assertThat(sets.get(i).get()).isTrue();
            assertThat(gets.get(i).get()).isEqualTo("p" + i);
        }
    }

    @Test
    void scanWalksEveryMasterBehindOneCursor() {
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            redis.set("scan:" + i, "s");
            expected.add("scan:" + i);
        }
        Set<String> seen = new HashSet<>();
        String cursor = "0";
        int pages = 0;
        do {
            ScanResult<String> page = redis.scan(cursor, "scan:*", 100);
            seen.addAll(page.items());
            cursor = page.cursor();
            pages++;
        }
        while (!cursor.equals("0"));
        assertThat(seen).isEqualTo(expected);
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void dbsizeKeysAndFlushdbGoToEveryMaster(RedisCluster cluster) {
        assertThat(redis.flushdb()).isEqualTo("OK");
        for (RedisServer master : cluster.masters()) {
            assertThat(RedisCluster.call(master, "DBSIZE")).isEqualTo(0L);
        }
        for (int i = 0; i < 60; i++) {
            redis.set("all:" + i, "a");
        }
        assertThat(redis.dbsize()).isEqualTo(60);
        assertThat(redis.keys("all:*")).hasSize(60);
    }

    @Test
    void transactionRunsOnTheNodeOfItsHashTaggedKeys() {
        redis.set("{acct}:balance", "10");
        String result = client.transaction(List.of("{acct}:balance", "{acct}:log"), 3, (scope, tx) -> {
            long balance = Long.parseLong(scope.get("{acct}:balance"));
            tx.add(client.commands().builders().strings().set("{acct}:balance", Long.toString(balance + 5)));
            tx.add(client.commands().builders().lists().rpush("{acct}:log", List.of("+5")));
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(redis.get("{acct}:balance")).isEqualTo("15");
        assertThatExceptionOfType(CrossSlotException.class)
            .isThrownBy(() -> client.transaction(List.of("x:1", "y:2"), 1, (scope, tx) -> "never"));
    }

    @Test
    void scopesWithoutKeysAreRefusedNamingWhatToUse() {
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> client.multi())
            .withMessageContaining("transaction(keys, maxAttempts, work)");
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> client.withConnection((scope) -> scope.get("x")))
            .withMessageContaining("{user}:1");
    }

    @Test
    void movedAfterASlotMigrationIsFollowedAndCounted(RedisCluster cluster) {
        redis.set("migrating", "before");
        int slot = cluster.slotOf("migrating");
        RedisServer source = cluster.masterOf(slot);
        RedisServer target = cluster.masters().stream().filter((node) -> !node.equals(source)).findFirst().get();
        long movedBefore = client.cluster().get().stats().movedRedirects();
        cluster.moveSlot(slot, target);
        try {
            assertThat(redis.get("migrating")).isEqualTo("before");
            assertThat(client.cluster().get().stats().movedRedirects()).isGreaterThan(movedBefore);
            redis.set("migrating", "after");
            assertThat(RedisCluster.call(target, "GET", "migrating")).isEqualTo("after");
        }
        finally {
            cluster.moveSlot(slot, source);
        }
    }

    @Test
    void pipelineFollowsMovedRepliesToTheSlotsNewOwner(RedisCluster cluster) {
        redis.set("piped-move", "before");
        int slot = cluster.slotOf("piped-move");
        RedisServer source = cluster.masterOf(slot);
        RedisServer target = cluster.masters().stream().filter((node) -> !node.equals(source)).findFirst().get();
        cluster.moveSlot(slot, target);
        try {
            Pipeline pipeline = client.pipeline();
            Response<String> moved = pipeline.add(client.commands().builders().strings().get("piped-move"));
            Response<Boolean> write = pipeline.add(client.commands().builders().strings().set("piped-move", "after"));
            Response<String> other = pipeline.add(client.commands().builders().strings().get("missing-key"));
            pipeline.sync();
            assertThat(moved.get()).isEqualTo("before");
            assertThat(write.get()).isTrue();
            assertThat(other.get()).isNull();
            assertThat(RedisCluster.call(target, "GET", "piped-move")).isEqualTo("after");
        }
        finally {
            cluster.moveSlot(slot, source);
        }
    }

    @Test
    void concurrentCallersEachGetTheirOwnRepliesAcrossNodes() throws Exception {
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        String a = "stress:" + thread + ":" + i;
                        String b = "stress:" + thread + ":" + (i + 1000);
                        Map<String, String> entries = new LinkedHashMap<>();
                        entries.put(a, "A" + thread + "-" + i);
                        entries.put(b, "B" + thread + "-" + i);
                        redis.mset(entries);
                        List<String> values = redis.mget(List.of(b, a));
                        if (!values.equals(List.of("B" + thread + "-" + i, "A" + thread + "-" + i))) {
                            mismatches.add(a + " and " + b + " read " + values);
                        }
                        Pipeline pipeline = client.pipeline();
                        Response<String> first = pipeline.add(client.commands().builders().strings().get(a));
                        Response<String> second = pipeline.add(client.commands().builders().strings().get(b));
                        pipeline.sync();
                        if (!first.get().equals("A" + thread + "-" + i)
                                || !second.get().equals("B" + thread + "-" + i)) {
                            mismatches.add("pipeline read " + first.get() + ", " + second.get());
                        }
                    }
                    return mismatches;
                }));
            }
            for (java.util.concurrent.Future<List<String>> result : results) {
                assertThat(result.get()).isEmpty();
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void askDuringAMigrationIsFollowedOnce(RedisCluster cluster) {
        redis.set("asked", "value");
        int slot = cluster.slotOf("asked");
        RedisServer source = cluster.masterOf(slot);
        RedisServer target = cluster.masters().stream().filter((node) -> !node.equals(source)).findFirst().get();
        String sourceId = (String) RedisCluster.call(source, "CLUSTER", "MYID");
        String targetId = (String) RedisCluster.call(target, "CLUSTER", "MYID");
        RedisCluster.call(target, "CLUSTER", "SETSLOT", Integer.toString(slot), "IMPORTING", sourceId);
        RedisCluster.call(source, "CLUSTER", "SETSLOT", Integer.toString(slot), "MIGRATING", targetId);
        RedisCluster.call(source, "MIGRATE", target.host(), Integer.toString(target.port()), "asked", "0", "5000");
        long askedBefore = client.cluster().get().stats().askRedirects();
        try {
            assertThat(redis.get("asked")).isEqualTo("value");
            assertThat(client.cluster().get().stats().askRedirects()).isEqualTo(askedBefore + 1);
        }
        finally {
            for (RedisServer master : cluster.masters()) {
                RedisCluster.call(master, "CLUSTER", "SETSLOT", Integer.toString(slot), "NODE", targetId);
            }
            cluster.awaitHealthy();
            cluster.moveSlot(slot, source);
        }
    }

    @Test
    void readsGoToReplicasWhenAskedTo(RedisCluster cluster) throws InterruptedException {
        try (RedisClient replicaReader = RedisClient.create(RedisClientConfig.builder()
            .clusterNodes(cluster.nodeUrls())
            .clusterReadFrom(ReadFrom.REPLICA_PREFERRED)
            .build())) {
            replicaReader.commands().set("replicated", "yes");
            RedisServer master = cluster.masterOf(cluster.slotOf("replicated"));
            RedisServer replica = cluster.replicasOf(master).get(0);
            long before = getCalls(replica);
            String value = null;
            for (int i = 0; i < 100 && value == null; i++) {
                value = replicaReader.commands().get("replicated");
                Thread.sleep(10);
            }
            assertThat(value).isEqualTo("yes");
            assertThat(getCalls(replica)).isGreaterThan(before);
        }
    }

    @Test
    void shardedPublishFollowsTheChannelsSlot() {
        long movedBefore = client.cluster().get().stats().movedRedirects();
        for (int i = 0; i < 20; i++) {
            assertThat(client.execute("SPUBLISH", "channel:" + i, "hello")).isEqualTo(0L);
        }
        assertThat(client.cluster().get().stats().movedRedirects()).isEqualTo(movedBefore);
    }

    private static long getCalls(RedisServer node) {
        String stats = (String) RedisCluster.call(node, "INFO", "commandstats");
        for (String line : stats.split("\r\n")) {
            if (line.startsWith("cmdstat_get:calls=")) {
                return Long.parseLong(line.substring("cmdstat_get:calls=".length(), line.indexOf(',')));
            }
        }
        return 0;
    }

}
