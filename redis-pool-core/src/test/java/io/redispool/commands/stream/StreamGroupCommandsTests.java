package io.redispool.commands.stream;

import static io.redispool.commands.stream.StreamTestSupport.fields;
import static io.redispool.commands.stream.StreamTestSupport.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.RedisServerException;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stream consumer group commands against a real server: groups, consumers, pending
 * entries, claims, and the group detail of XINFO STREAM FULL.
 */
class StreamGroupCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.commands = this.client.commands();
        this.commands.flushall();
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    // ---- consumer groups

    @Test
    void xgroupCreateNeedsTheStreamUnlessMkStream() {
        assertThatExceptionOfType(RedisServerException.class)
            .isThrownBy(() -> this.commands.xgroupCreate("s", "g", "$"))
            .withMessageContaining("MKSTREAM");
        assertThat(this.commands.xgroupCreate("s", "g", "$", GroupCreateOptions.none().makeStream())).isEqualTo("OK");
        assertThat(this.commands.xlen("s")).isZero();
        assertThat(this.commands.xinfoGroups("s")).extracting(StreamGroupInfo::name).containsExactly("g");
    }

    @Test
    void xgroupCreateWithEntriesReadSetsTheLag() {
        addNumbered("s", 5);

        this.commands.xgroupCreate("s", "g", "2-0", GroupCreateOptions.none().entriesRead(2));
        this.commands.xgroupCreate("s", "unknown", "2-0");

        List<StreamGroupInfo> groups = this.commands.xinfoGroups("s");
        assertThat(groups.get(0)).isEqualTo(new StreamGroupInfo("g", 0, 0, "2-0", 2L, 3L));
        assertThat(groups.get(1).entriesRead()).isNull();
        assertThat(groups.get(1).lag()).isNull();
    }

    @Test
    void consumersAreCreatedOnceAndDeletedWithTheirPendingCount() {
        addNumbered("s", 3);
        this.commands.xgroupCreate("s", "g", "0");

        assertThat(this.commands.xgroupCreateconsumer("s", "g", "c1")).isTrue();
        assertThat(this.commands.xgroupCreateconsumer("s", "g", "c1")).isFalse();
        this.commands.xreadgroup("g", "c2", Map.of("s", ">"));
        assertThat(this.commands.xinfoConsumers("s", "g"))
            .extracting(StreamConsumerInfo::name, StreamConsumerInfo::pending)
            .containsExactly(tuple("c1", 0L), tuple("c2", 3L));
        assertThat(this.commands.xinfoConsumers("s", "g").get(1).idle()).isLessThan(Duration.ofSeconds(10));
        assertThat(this.commands.xgroupDelconsumer("s", "g", "c2")).isEqualTo(3);
        assertThat(this.commands.xgroupDelconsumer("s", "g", "c1")).isZero();
        assertThat(this.commands.xinfoConsumers("s", "g")).isEmpty();
    }

    @Test
    void xgroupDestroyRemovesTheGroupOnce() {
        addNumbered("s", 1);
        this.commands.xgroupCreate("s", "g", "0");

        assertThat(this.commands.xgroupDestroy("s", "g")).isTrue();
        assertThat(this.commands.xgroupDestroy("s", "g")).isFalse();
        assertThat(this.commands.xinfoGroups("s")).isEmpty();
    }

    @Test
    void xgroupSetidRewindsTheGroupAndSetsEntriesRead() {
        addNumbered("s", 3);
        this.commands.xgroupCreate("s", "g", "$");
        assertThat(this.commands.xreadgroup("g", "c", Map.of("s", ">"))).isEmpty();

        assertThat(this.commands.xgroupSetid("s", "g", "1-0")).isEqualTo("OK");
        assertThat(ids(this.commands.xreadgroup("g", "c", Map.of("s", ">")).get("s"))).containsExactly("2-0", "3-0");
        assertThat(this.commands.xgroupSetid("s", "g", "0", 0)).isEqualTo("OK");
        assertThat(this.commands.xinfoGroups("s").get(0).entriesRead()).isZero();
        assertThat(this.commands.xinfoGroups("s").get(0).lag()).isEqualTo(3);
    }

    @Test
    void xreadgroupDeliversNewEntriesOnceAndKeepsThemPendingUntilAcked() {
        addNumbered("s", 3);
        this.commands.xgroupCreate("s", "g", "0");

        Map<String, List<StreamEntry<String, String>>> first = this.commands.xreadgroup("g", "c",
                StreamReadOptions.none().count(2), Map.of("s", ">"));
        assertThat(ids(first.get("s"))).containsExactly("1-0", "2-0");
        assertThat(ids(this.commands.xreadgroup("g", "c", Map.of("s", ">")).get("s"))).containsExactly("3-0");
        assertThat(this.commands.xreadgroup("g", "c", Map.of("s", ">"))).isEmpty();
        assertThat(ids(this.commands.xreadgroup("g", "c", Map.of("s", "0")).get("s"))).containsExactly("1-0", "2-0",
                "3-0");

        assertThat(this.commands.xack("s", "g", List.of("1-0", "2-0", "9-0"))).isEqualTo(2);
        assertThat(this.commands.xpending("s", "g").count()).isEqualTo(1);
    }

    @Test
    void xreadgroupWithNoAckLeavesNothingPending() {
        addNumbered("s", 2);
        this.commands.xgroupCreate("s", "g", "0");

        assertThat(this.commands.xreadgroup("g", "c", StreamReadOptions.none().noAck(), Map.of("s", ">")).get("s"))
            .hasSize(2);
        assertThat(this.commands.xpending("s", "g")).isEqualTo(new PendingSummary(0, null, null, Map.of()));
    }

    @Test
    void xreadgroupHistoryShowsAPendingEntryDeletedSinceWithoutFields() {
        addNumbered("s", 2);
        this.commands.xgroupCreate("s", "g", "0");
        this.commands.xreadgroup("g", "c", Map.of("s", ">"));
        this.commands.xdel("s", List.of("1-0"));

        assertThat(this.commands.xreadgroup("g", "c", Map.of("s", "0")).get("s"))
            .containsExactly(new StreamEntry<>("1-0", null), new StreamEntry<>("2-0", fields("n", "2")));
    }

    @Test
    void xreadgroupBlockWaitsForANewEntry() throws Exception {
        this.commands.xgroupCreate("s", "g", "$", GroupCreateOptions.none().makeStream());

        CompletableFuture<Map<String, List<StreamEntry<String, String>>>> read = CompletableFuture
            .supplyAsync(() -> this.commands.xreadgroup("g", "c", StreamReadOptions.none().block(Duration.ofSeconds(5)),
                    Map.of("s", ">")));
        Thread.sleep(300);
        String id = this.commands.xadd("s", fields("f", "v"));

        assertThat(ids(read.get(5, TimeUnit.SECONDS).get("s"))).containsExactly(id);
    }

    // ---- pending entries and claims

    @Test
    void xpendingSummarisesAndListsPendingEntriesByRangeIdleAndConsumer() {
        addNumbered("s", 4);
        this.commands.xgroupCreate("s", "g", "0");
        this.commands.xreadgroup("g", "c1", StreamReadOptions.none().count(3), Map.of("s", ">"));
        this.commands.xreadgroup("g", "c2", Map.of("s", ">"));

        assertThat(this.commands.xpending("s", "g"))
            .isEqualTo(new PendingSummary(4, "1-0", "4-0", Map.of("c1", 3L, "c2", 1L)));
        List<PendingEntry> all = this.commands.xpending("s", "g", PendingRange.all(10));
        assertThat(all).extracting(PendingEntry::id).containsExactly("1-0", "2-0", "3-0", "4-0");
        assertThat(all.get(3).consumer()).isEqualTo("c2");
        assertThat(all.get(0).deliveries()).isEqualTo(1);
        assertThat(all.get(0).idle()).isLessThan(Duration.ofSeconds(10));
        assertThat(this.commands.xpending("s", "g", PendingRange.of("2-0", "+", 2))).extracting(PendingEntry::id)
            .containsExactly("2-0", "3-0");
        assertThat(this.commands.xpending("s", "g", PendingRange.all(10).consumer("c2"))).extracting(PendingEntry::id)
            .containsExactly("4-0");
        assertThat(this.commands.xpending("s", "g", PendingRange.all(10).idle(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void xclaimTakesOverIdleEntriesAndSetsTheirDeliveryState() {
        pendingFor("c1", 3);

        assertThat(this.commands.xclaim("s", "g", "c2", Duration.ofHours(1), List.of("1-0"))).isEmpty();
        assertThat(this.commands.xclaim("s", "g", "c2", Duration.ZERO, List.of("1-0")))
            .containsExactly(new StreamEntry<>("1-0", fields("n", "1")));
        this.commands.xclaim("s", "g", "c2", Duration.ZERO, List.of("2-0"),
                ClaimOptions.none().idle(Duration.ofHours(2)).retryCount(7));
        this.commands.xclaim("s", "g", "c2", Duration.ZERO, List.of("3-0"),
                ClaimOptions.none().time(Instant.now().minus(Duration.ofHours(3))));

        List<PendingEntry> pending = this.commands.xpending("s", "g", PendingRange.all(10));
        assertThat(pending).extracting(PendingEntry::consumer).containsOnly("c2");
        assertThat(pending.get(0).deliveries()).isEqualTo(2);
        assertThat(pending.get(1).deliveries()).isEqualTo(7);
        assertThat(pending.get(1).idle()).isBetween(Duration.ofHours(2), Duration.ofHours(2).plusMinutes(1));
        assertThat(pending.get(2).idle()).isBetween(Duration.ofHours(3), Duration.ofHours(3).plusMinutes(1));
    }

    @Test
    void xclaimJustidLeavesTheDeliveryCountAndForceClaimsWhatIsNotPending() {
        pendingFor("c1", 2);
        this.commands.xadd("s", XAddOptions.none().id("9-0"), fields("n", "9"));

        assertThat(this.commands.xclaimJustid("s", "g", "c2", Duration.ZERO, List.of("1-0"))).containsExactly("1-0");
        assertThat(this.commands.xpending("s", "g", PendingRange.all(1)).get(0).deliveries()).isEqualTo(1);
        assertThat(this.commands.xclaimJustid("s", "g", "c2", Duration.ZERO, List.of("9-0"))).isEmpty();
        assertThat(
                this.commands.xclaimJustid("s", "g", "c2", Duration.ZERO, List.of("9-0"), ClaimOptions.none().force()))
            .containsExactly("9-0");
        assertThat(this.commands.xpending("s", "g").consumers()).isEqualTo(Map.of("c1", 1L, "c2", 2L));
    }

    @Test
    void xclaimWithLastIdMovesTheGroupForward() {
        pendingFor("c1", 2);

        this.commands.xclaim("s", "g", "c2", Duration.ZERO, List.of("1-0"), ClaimOptions.none().lastId("7-0"));

        assertThat(this.commands.xinfoGroups("s").get(0).lastDeliveredId()).isEqualTo("7-0");
    }

    @Test
    void xautoclaimPagesThroughIdleEntriesAndReportsDeletedOnes() {
        pendingFor("c1", 3);
        this.commands.xdel("s", List.of("2-0"));

        AutoClaimResult<StreamEntry<String, String>> page = this.commands.xautoclaim("s", "g", "c2", Duration.ZERO,
                AutoClaimResult.START, 1);
        assertThat(page.claimed()).containsExactly(new StreamEntry<>("1-0", fields("n", "1")));
        assertThat(page.nextStart()).isEqualTo("2-0");
        assertThat(page.isFinished()).isFalse();

        AutoClaimResult<StreamEntry<String, String>> rest = this.commands.xautoclaim("s", "g", "c2", Duration.ZERO,
                page.nextStart());
        assertThat(ids(rest.claimed())).containsExactly("3-0");
        assertThat(rest.deletedIds()).containsExactly("2-0");
        assertThat(rest.isFinished()).isTrue();
        assertThat(this.commands.xautoclaim("s", "g", "c3", Duration.ofHours(1), "0-0").claimed()).isEmpty();
    }

    @Test
    void xautoclaimJustidYieldsIds() {
        pendingFor("c1", 3);

        AutoClaimResult<String> page = this.commands.xautoclaimJustid("s", "g", "c2", Duration.ZERO, "0-0", 2);
        assertThat(page.claimed()).containsExactly("1-0", "2-0");
        assertThat(this.commands.xautoclaimJustid("s", "g", "c2", Duration.ZERO, page.nextStart()).claimed())
            .containsExactly("3-0");
        assertThat(this.commands.xpending("s", "g").consumers()).isEqualTo(Map.of("c2", 3L));
    }

    // ---- introspection
    @Test
    void xinfoStreamFullShowsEntriesGroupsConsumersAndPendingUpToTheCount() {
        pendingFor("c1", 3);

        StreamFullInfo<String, String> full = this.commands.xinfoStreamFull("s");
        assertThat(ids(full.entries())).containsExactly("1-0", "2-0", "3-0");
        StreamGroupDetail group = full.groups().get(0);
        assertThat(group.name()).isEqualTo("g");
        assertThat(group.pelCount()).isEqualTo(3);
        assertThat(group.lastDeliveredId()).isEqualTo("3-0");
        assertThat(group.pending()).extracting(StreamDelivery::id).containsExactly("1-0", "2-0", "3-0");
        assertThat(group.pending().get(0).consumer()).isEqualTo("c1");
        assertThat(group.pending().get(0).deliveryTime()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        StreamConsumerDetail consumer = group.consumers().get(0);
        assertThat(consumer.name()).isEqualTo("c1");
        assertThat(consumer.pelCount()).isEqualTo(3);
        assertThat(consumer.pending().get(0)).satisfies((delivery) -> {
            assertThat(delivery.consumer()).isNull();
            assertThat(delivery.deliveries()).isEqualTo(1);
        });

        StreamFullInfo<String, String> counted = this.commands.xinfoStreamFull("s", 1);
        assertThat(ids(counted.entries())).containsExactly("1-0");
        assertThat(counted.groups().get(0).pending()).hasSize(1);
        assertThat(counted.length()).isEqualTo(3);
    }

    @Test
    void groupAndConsumerNamesTravelInUtf8() {
        addNumbered("s", 1);

        this.commands.xgroupCreate("s", "gr\u00fcppe", "0");
        this.commands.xreadgroup("gr\u00fcppe", "\u2603", Map.of("s", ">"));

        assertThat(this.commands.xinfoGroups("s").get(0).name()).isEqualTo("gr\u00fcppe");
        assertThat(this.commands.xinfoConsumers("s", "gr\u00fcppe").get(0).name()).isEqualTo("\u2603");
    }

    // ---- helpers

    private void addNumbered(String key, int count) {
        StreamTestSupport.addNumbered(this.commands, key, count);
    }

    private void pendingFor(String consumer, int count) {
        addNumbered("s", count);
        this.commands.xgroupCreate("s", "g", "0");
        this.commands.xreadgroup("g", consumer, Map.of("s", ">"));
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
