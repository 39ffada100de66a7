package io.redispool.commands.stream;

import static io.redispool.commands.stream.StreamTestSupport.fields;
import static io.redispool.commands.stream.StreamTestSupport.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisCommands;
import io.redispool.RedisServerException;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stream commands that need no consumer group against a real server, each option by
 * its effect on the stream.
 */
class StreamCommandsTests {

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

    // ---- adding, trimming, deleting

    @Test
    void xaddWithoutOptionsAddsAnEntryUnderAServerMadeId() {
        String id = this.commands.xadd("s", fields("a", "1", "b", "2"));

        assertThat(id).matches("\\d+-\\d+");
        assertThat(this.commands.xlen("s")).isEqualTo(1);
        assertThat(this.commands.xrange("s", "-", "+"))
            .containsExactly(new StreamEntry<>(id, fields("a", "1", "b", "2")));
        assertThat(this.commands.xrange("s", "-", "+").get(0).fields().keySet()).containsExactly("a", "b");
    }

    @Test
    void xaddWithAnIdUsesItAndCompletesASequenceStar() {
        assertThat(this.commands.xadd("s", XAddOptions.none().id("5-1"), fields("f", "v"))).isEqualTo("5-1");
        assertThat(this.commands.xadd("s", XAddOptions.none().id("6-*"), fields("f", "v"))).isEqualTo("6-0");
        assertThatExceptionOfType(RedisServerException.class)
            .isThrownBy(() -> this.commands.xadd("s", XAddOptions.none().id("1-1"), fields("f", "v")))
            .withMessageContaining("equal or smaller");
    }

    @Test
    void xaddWithNoMkStreamAddsNothingToAMissingStream() {
        assertThat(this.commands.xadd("missing", XAddOptions.none().noMkStream(), fields("f", "v"))).isNull();
        assertThat(this.commands.exists(List.of("missing"))).isZero();
        this.commands.xadd("s", fields("f", "v"));
        assertThat(this.commands.xadd("s", XAddOptions.none().noMkStream(), fields("f", "w"))).isNotNull();
        assertThat(this.commands.xlen("s")).isEqualTo(2);
    }

    @Test
    void xaddWithMaxLenKeepsTheNewestEntries() {
        addNumbered("s", 5);

        this.commands.xadd("s", XAddOptions.none().id("6-0").trim(StreamTrim.maxLen(3).exact()), fields("n", "6"));

        assertThat(ids(this.commands.xrange("s", "-", "+"))).containsExactly("4-0", "5-0", "6-0");
    }

    @Test
    void xaddWithMinIdRemovesLowerIds() {
        addNumbered("s", 5);

        this.commands.xadd("s", XAddOptions.none().trim(StreamTrim.minId("4-0")).id("6-0"), fields("n", "6"));

        assertThat(ids(this.commands.xrange("s", "-", "+"))).containsExactly("4-0", "5-0", "6-0");
    }

    @Test
    void xtrimExactTrimsToTheLength() {
        addNumbered("s", 250);

        assertThat(this.commands.xtrim("s", StreamTrim.maxLen(10))).isEqualTo(240);
        assertThat(this.commands.xlen("s")).isEqualTo(10);
        assertThat(this.commands.xtrim("s", StreamTrim.minId("245-0").exact())).isEqualTo(4);
        assertThat(ids(this.commands.xrange("s", "-", "+", 1))).containsExactly("245-0");
    }

    @Test
    void xtrimApproximateRemovesWholeNodesOnlyAndLimitCapsThem() {
        addNumbered("s", 250);

        assertThat(this.commands.xtrim("s", StreamTrim.maxLen(10).approximate().limit(100))).isEqualTo(100);
        assertThat(this.commands.xlen("s")).isEqualTo(150);
        assertThat(this.commands.xtrim("s", StreamTrim.maxLen(10).approximate())).isEqualTo(100);
        assertThat(this.commands.xlen("s")).isEqualTo(50);
    }

    @Test
    void xdelRemovesTheEntriesThatExist() {
        addNumbered("s", 3);

        assertThat(this.commands.xdel("s", List.of("2-0", "9-0"))).isEqualTo(1);
        assertThat(ids(this.commands.xrange("s", "-", "+"))).containsExactly("1-0", "3-0");
        assertThat(this.commands.xlen("missing")).isZero();
    }

    @Test
    void xsetidMovesTheLastIdAndSetsTheCounters() {
        this.commands.xadd("s", XAddOptions.none().id("1-0"), fields("f", "v"));

        assertThat(this.commands.xsetid("s", "100-0")).isEqualTo("OK");
        assertThatExceptionOfType(RedisServerException.class)
            .isThrownBy(() -> this.commands.xadd("s", XAddOptions.none().id("50-0"), fields("f", "v")));
        assertThat(this.commands.xsetid("s", "200-0", 42, "150-0")).isEqualTo("OK");
        StreamInfo<String, String> info = this.commands.xinfoStream("s");
        assertThat(info.lastGeneratedId()).isEqualTo("200-0");
        assertThat(info.entriesAdded()).isEqualTo(42);
        assertThat(info.maxDeletedEntryId()).isEqualTo("150-0");
    }

    // ---- reading

    @Test
    void xrangeAndXrevrangeHonourBoundsCountAndExclusiveStarts() {
        addNumbered("s", 5);

        assertThat(ids(this.commands.xrange("s", "2-0", "4-0"))).containsExactly("2-0", "3-0", "4-0");
        assertThat(ids(this.commands.xrange("s", "(2-0", "+", 2))).containsExactly("3-0", "4-0");
        assertThat(ids(this.commands.xrevrange("s", "+", "-"))).containsExactly("5-0", "4-0", "3-0", "2-0", "1-0");
        assertThat(ids(this.commands.xrevrange("s", "4-0", "-", 2))).containsExactly("4-0", "3-0");
        assertThat(this.commands.xrange("missing", "-", "+")).isEmpty();
    }

    @Test
    void xreadGivesEachStreamsNewEntriesInTheOrderAsked() {
        addNumbered("b", 3);
        addNumbered("a", 2);
        Map<String, String> streams = new LinkedHashMap<>();
        streams.put("b", "1-0");
        streams.put("a", "0-0");
        streams.put("empty", "0-0");

        Map<String, List<StreamEntry<String, String>>> read = this.commands.xread(streams);

        assertThat(read.keySet()).containsExactly("b", "a");
        assertThat(ids(read.get("b"))).containsExactly("2-0", "3-0");
        assertThat(read.get("a").get(1)).isEqualTo(new StreamEntry<>("2-0", fields("n", "2")));
        assertThat(ids(this.commands.xread(StreamReadOptions.none().count(1), streams).get("b")))
            .containsExactly("2-0");
    }

    @Test
    void xreadWithNothingNewIsEmpty() {
        addNumbered("s", 1);

        assertThat(this.commands.xread(Map.of("s", "$"))).isEmpty();
        assertThat(this.commands.xread(StreamReadOptions.none().block(Duration.ofMillis(50)), Map.of("s", "$")))
            .isEmpty();
    }

    @Test
    void xreadBlockLongerThanTheSocketTimeoutWaitsItOutAndSeesALateEntry() throws Exception {
        try (RedisClient shortTimeout = RedisClient.create(
                RedisClientConfig.builder().url(redis.server().url()).socketTimeout(Duration.ofMillis(300)).build())) {
            RedisCommands<String, String> waiting = shortTimeout.commands();
            StreamReadOptions block = StreamReadOptions.none().block(Duration.ofMillis(1200));

            long start = System.nanoTime();
            assertThat(waiting.xread(block, Map.of("s", "$"))).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1100));

            CompletableFuture<Map<String, List<StreamEntry<String, String>>>> read = CompletableFuture.supplyAsync(
                    () -> waiting.xread(StreamReadOptions.none().block(Duration.ofSeconds(5)), Map.of("s", "$")));
            Thread.sleep(700);
            String id = this.commands.xadd("s", fields("late", "yes"));
            assertThat(read.get(5, TimeUnit.SECONDS).get("s"))
                .containsExactly(new StreamEntry<>(id, fields("late", "yes")));
        }
    }

    // ---- introspection

    @Test
    void xinfoStreamDescribesTheStreamAndItsEnds() {
        addNumbered("s", 3);
        this.commands.xgroupCreate("s", "g", "0");

        StreamInfo<String, String> info = this.commands.xinfoStream("s");

        assertThat(info.length()).isEqualTo(3);
        assertThat(info.groups()).isEqualTo(1);
        assertThat(info.lastGeneratedId()).isEqualTo("3-0");
        assertThat(info.entriesAdded()).isEqualTo(3);
        assertThat(info.recordedFirstEntryId()).isEqualTo("1-0");
        assertThat(info.radixTreeKeys()).isPositive();
        assertThat(info.firstEntry()).isEqualTo(new StreamEntry<>("1-0", fields("n", "1")));
        assertThat(info.lastEntry()).isEqualTo(new StreamEntry<>("3-0", fields("n", "3")));
    }

    @Test
    void helpListsTheSubcommands() {
        assertThat(this.commands.xinfoHelp()).anyMatch((line) -> line.contains("STREAM <key>"));
        assertThat(this.commands.xgroupHelp()).anyMatch((line) -> line.contains("CREATECONSUMER"));
    }

    // ---- helpers

    private void addNumbered(String key, int count) {
        StreamTestSupport.addNumbered(this.commands, key, count);
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
