package io.redispool.commands.server;

import static io.redispool.commands.server.ServerCommandsTests.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.commands.Commands;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The diagnostic commands (MEMORY, SLOWLOG, LATENCY, COMMAND) against a real server.
 */
class DiagnosticCommandsTests {

    /** Keeps the server busy for 30 ms, long enough to be a latency spike. */
    private static final String SPIKE = "local function now() local t = redis.call('TIME') "
            + "return tonumber(t[1]) * 1000000 + tonumber(t[2]) end "
            + "local start = now() while now() - start < 30000 do end return 1";

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

    @Test
    void memoryUsageGrowsWithTheValueAndIsNullForAMissingKey() {
        this.commands.set("small", "x");
        this.commands.set("large", "x".repeat(10_000));
        this.commands.rpush("list", List.of("a", "b", "c"));

        assertThat(this.commands.memoryUsage("large")).isGreaterThan(this.commands.memoryUsage("small") + 9_000);
        assertThat(this.commands.memoryUsage("list", 0)).isPositive();
        assertThat(this.commands.memoryUsage("missing")).isNull();
        assertThat(this.commands.memoryUsage("missing", 5)).isNull();
    }

    @Test
    void memoryStatsGivesFiguresWithEachDatabaseNested() {
        this.commands.set("k", "v");

        Map<String, Object> stats = this.commands.memoryStats();

        assertThat(stats).containsEntry("keys.count", 1L);
        assertThat(stats.get("peak.allocated")).isInstanceOf(Long.class);
        assertThat(stats.get("dataset.percentage")).isInstanceOf(Double.class);
        assertThat(stats.get("db.0")).isInstanceOfSatisfying(Map.class,
                (db) -> assertThat(db).containsKey("overhead.hashtable.main"));
    }

    @Test
    void memoryReportsAndPurgeAnswer() {
        assertThat(this.commands.memoryDoctor()).isNotBlank();
        assertThat(this.commands.memoryMallocStats()).isNotBlank();
        assertThat(this.commands.memoryPurge()).isEqualTo("OK");
    }

    @Test
    void slowlogKeepsSlowCommandsWithTheirArgumentsUntilReset() {
        this.commands.slowlogReset();
        this.commands.configSet("slowlog-log-slower-than", "0");
        this.commands.set("slow:key", "slow value");
        this.commands.configSet("slowlog-log-slower-than", "-1");

        List<SlowlogEntry> entries = this.commands.slowlogGet(-1);
        assertThat(entries).extracting(SlowlogEntry::arguments).contains(List.of("SET", "slow:key", "slow value"));
        SlowlogEntry set = entries.stream()
            .filter((entry) -> entry.arguments().get(0).equals("SET"))
            .findFirst()
            .orElseThrow();
        assertThat(set.time()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        assertThat(set.duration()).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        assertThat(set.clientAddress()).contains(":");
        assertThat(set.clientName()).isEmpty();
        assertThat(this.commands.slowlogGet(1)).hasSize(1);
        assertThat(this.commands.slowlogGet()).hasSize(entries.size());
        assertThat(this.commands.slowlogLen()).isEqualTo(entries.size());
        assertThat(this.commands.slowlogReset()).isEqualTo("OK");
        assertThat(this.commands.slowlogLen()).isZero();
    }

    @Test
    void latencyCommandsReportASpikeUntilReset() {
        this.commands.latencyReset();
        this.commands.configSet("latency-monitor-threshold", "10");
        this.commands.eval(SPIKE, List.of(), List.of());
        this.commands.configSet("latency-monitor-threshold", "0");

        assertThat(this.commands.latencyLatest()).singleElement().satisfies((event) -> {
            assertThat(event.event()).isEqualTo("command");
            assertThat(event.latest()).isGreaterThanOrEqualTo(Duration.ofMillis(30));
            assertThat(event.max()).isGreaterThanOrEqualTo(event.latest());
            assertThat(event.time()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        });
        assertThat(this.commands.latencyHistory("command")).singleElement()
            .satisfies((sample) -> assertThat(sample.latency()).isGreaterThanOrEqualTo(Duration.ofMillis(30)));
        assertThat(this.commands.latencyDoctor()).contains("command");
        assertThat(this.commands.latencyGraph("command")).contains("command");
        assertThat(this.commands.latencyReset(List.of("command", "fork"))).isEqualTo(1);
        assertThat(this.commands.latencyLatest()).isEmpty();
        assertThat(this.commands.latencyReset()).isZero();
    }

    @Test
    void latencyHistogramCountsEachCommandCumulatively() {
        this.commands.configResetstat();
        for (int i = 0; i < 5; i++) {
            this.commands.set("k", "v");
        }

        Map<String, LatencyHistogram> histograms = this.commands.latencyHistogram(List.of("set", "hgetall"));

        assertThat(histograms).containsOnlyKeys("set");
        LatencyHistogram set = histograms.get("set");
        assertThat(set.calls()).isEqualTo(5);
        List<Long> counts = new ArrayList<>(set.buckets().values());
        assertThat(counts).isSorted().last().isEqualTo(5L);
        assertThat(new ArrayList<>(set.buckets().keySet())).isSorted();
        assertThat(this.commands.latencyHistogram()).containsKeys("set", "config|resetstat");
    }

    @Test
    void commandDescribesEveryCommandAndCommandInfoTheNamedOnes() {
        long count = this.commands.commandCount();

        assertThat(this.commands.command()).hasSize((int) count);
        List<CommandDetail> details = this.commands.commandInfo(List.of("get", "no-such-command", "xinfo"));
        assertThat(details.get(1)).isNull();
        CommandDetail get = details.get(0);
        assertThat(get.name()).isEqualTo("get");
        assertThat(get.arity()).isEqualTo(2);
        assertThat(get.flags()).contains("readonly", "fast");
        assertThat(List.of(get.firstKey(), get.lastKey(), get.step())).containsExactly(1L, 1L, 1L);
        assertThat(get.aclCategories()).contains("@read", "@string");
        assertThat(get.keySpecs()).singleElement().satisfies((spec) -> {
            assertThat(spec.flags()).contains("RO", "access");
            assertThat(spec.beginSearch()).isEqualTo("index");
            assertThat(spec.beginSearchSpec()).containsExactly(entry("index", 1L));
            assertThat(spec.findKeys()).isEqualTo("range");
            assertThat(spec.findKeysSpec()).containsEntry("lastkey", 0L).containsEntry("keystep", 1L);
        });
        assertThat(details.get(2).subcommands()).extracting(CommandDetail::name)
            .contains("xinfo|stream", "xinfo|groups");
    }

    @Test
    void commandDocsDescribesArgumentsHistoryAndSubcommands() {
        Map<String, CommandDocs> docs = this.commands.commandDocs(List.of("xtrim", "xinfo", "no-such-command"));

        assertThat(docs).containsOnlyKeys("xtrim", "xinfo");
        CommandDocs xtrim = docs.get("xtrim");
        assertThat(xtrim.group()).isEqualTo("stream");
        assertThat(xtrim.since()).isEqualTo("5.0.0");
        assertThat(xtrim.summary()).isNotBlank();
        assertThat(xtrim.history()).extracting(CommandDocs.Change::version).contains("6.2.0");
        assertThat(xtrim.arguments()).extracting(CommandDocs.Argument::name).containsExactly("key", "trim");
        CommandDocs.Argument trim = xtrim.arguments().get(1);
        assertThat(trim.type()).isEqualTo("block");
        assertThat(trim.arguments()).extracting(CommandDocs.Argument::name).contains("strategy", "threshold", "count");
        assertThat(trim.arguments().get(3).token()).isEqualTo("LIMIT");
        assertThat(trim.arguments().get(3).flags()).containsExactly("optional");
        assertThat(docs.get("xinfo").subcommands()).containsKeys("xinfo|stream", "xinfo|groups");
        assertThat(this.commands.commandDocs()).containsKeys("get", "slaveof")
            .hasSizeGreaterThan(200)
            .satisfies((all) -> assertThat(all.get("slaveof").docFlags()).contains("deprecated"));
    }

    @Test
    void commandListFiltersByPatternAndCategory() {
        List<String> all = this.commands.commandList();

        assertThat(all).as("commands and subcommands")
            .hasSizeGreaterThan(this.commands.commandCount().intValue())
            .contains("get", "xadd", "slowlog|get")
            .doesNotHaveDuplicates();
        assertThat(this.commands.commandList(CommandListFilter.pattern("x*"))).contains("xadd", "xread")
            .allMatch((name) -> name.startsWith("x"));
        assertThat(this.commands.commandList(CommandListFilter.aclCategory("stream"))).contains("xadd")
            .doesNotContain("get");
        assertThat(this.commands.commandList(CommandListFilter.module("no-such-module"))).isEmpty();
    }

    @Test
    void commandGetkeysFindsTheKeysOfACommand() {
        assertThat(this.commands.commandGetkeys(List.of("MSET", "a", "1", "b", "2"))).containsExactly("a", "b");
        assertThat(this.commands.commandGetkeysandflags(List.of("SET", "k", "v")))
            .containsExactly(new KeyFlags<>("k", Set.of("OW", "update")));
    }

    @Test
    void helpListsTheSubcommands() {
        assertThat(this.commands.memoryHelp()).anyMatch((line) -> line.contains("USAGE"));
        assertThat(this.commands.slowlogHelp()).anyMatch((line) -> line.contains("RESET"));
        assertThat(this.commands.latencyHelp()).anyMatch((line) -> line.contains("HISTOGRAM"));
        assertThat(this.commands.commandHelp()).anyMatch((line) -> line.contains("GETKEYSANDFLAGS"));
    }

    // ---- no server

    @Test
    void optionsAreSentAsTheServerReadsThem() {
        Commands<String, String> builders = Commands.utf8();

        assertThat(words(builders.diagnostics().memoryUsage("k", 5))).containsExactly("MEMORY", "USAGE", "k", "SAMPLES",
                "5");
        assertThat(words(builders.diagnostics().commandList(CommandListFilter.aclCategory("read"))))
            .containsExactly("COMMAND", "LIST", "FILTERBY", "ACLCAT", "read");
        assertThat(words(builders.diagnostics().latencyReset(List.of("command")))).containsExactly("LATENCY", "RESET",
                "command");
        assertThat(words(builders.diagnostics().slowlogGet(3))).containsExactly("SLOWLOG", "GET", "3");
    }

    @Test
    void badCountsAndEmptyListsAreRefusedNamingThem() {
        Commands<String, String> builders = Commands.utf8();

        assertThatIllegalArgumentException().isThrownBy(() -> builders.diagnostics().memoryUsage("k", -1))
            .withMessage("'samples' must be at least 0 but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> builders.diagnostics().slowlogGet(-2))
            .withMessage("'count' must be at least 0, or -1 for all, but was -2");
        assertThatIllegalArgumentException().isThrownBy(() -> builders.diagnostics().commandInfo(List.of()))
            .withMessage("COMMAND INFO needs at least one of 'names' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> builders.diagnostics().commandGetkeys(List.of()))
            .withMessage("COMMAND GETKEYS needs at least one of 'command' but got none");
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
