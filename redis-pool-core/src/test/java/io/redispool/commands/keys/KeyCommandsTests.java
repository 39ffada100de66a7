package io.redispool.commands.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.RedisServerException;
import io.redispool.command.ScanResult;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every command of the generic group but expiry against a real server, and MIGRATE to a
 * second one that asks for a password.
 */
class KeyCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    @RegisterExtension
    static final RedisServerExtension target = RedisServerExtension
        .create((builder) -> builder.setting("requirepass", "s3cret"));

    private static final Duration MIGRATE_TIMEOUT = Duration.ofSeconds(5);

    private RedisClient client;

    private RedisClient targetClient;

    private RedisClient database1;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void createClients() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.database1 = RedisClient.create(withProtocol(redis.server().url() + "/1"));
        this.commands = this.client.commands();
        this.client.execute("FLUSHALL");
        this.targetClient = RedisClient.create(targetUrl());
        this.targetClient.execute("FLUSHALL");
    }

    @AfterEach
    void closeClients() {
        this.client.close();
        this.database1.close();
        this.targetClient.close();
    }

    // ---- existence, deletion, type

    @Test
    void existsCountsEachKeyAsOftenAsItIsNamed() {
        this.commands.set("a", "1");

        assertThat(this.commands.exists(List.of("a", "a", "missing"))).isEqualTo(2);
    }

    @Test
    void delAndUnlinkRemoveKeysAndCountThoseThatExisted() {
        this.commands.mset(Map.of("a", "1", "b", "2", "c", "3"));

        assertThat(this.commands.del(List.of("a", "missing"))).isEqualTo(1);
        assertThat(this.commands.unlink(List.of("b", "c", "missing"))).isEqualTo(2);
        assertThat(this.commands.exists(List.of("a", "b", "c"))).isZero();
    }

    @Test
    void typeNamesTheTypeOfTheValue() {
        this.commands.set("s", "v");
        this.commands.rpush("l", List.of("x"));
        this.commands.hset("h", "f", "v");

        assertThat(this.commands.type("s")).isEqualTo("string");
        assertThat(this.commands.type("l")).isEqualTo("list");
        assertThat(this.commands.type("h")).isEqualTo("hash");
        assertThat(this.commands.type("missing")).isEqualTo("none");
    }

    @Test
    void keysListsTheKeysMatchingAPattern() {
        this.commands.mset(Map.of("user:1", "a", "user:2", "b", "other", "c"));

        assertThat(this.commands.keys("user:*")).containsExactlyInAnyOrder("user:1", "user:2");
        assertThat(this.commands.keys("nothing*")).isEmpty();
    }

    @Test
    void randomkeyPicksAnExistingKeyOrNullWhenEmpty() {
        assertThat(this.commands.randomkey()).isNull();

        this.commands.set("only", "v");

        assertThat(this.commands.randomkey()).isEqualTo("only");
    }

    // ---- renaming, copying, moving

    @Test
    void renameReplacesTheNewNameAndFailsForAMissingKey() {
        this.commands.mset(Map.of("a", "1", "b", "2"));

        assertThat(this.commands.rename("a", "b")).isEqualTo("OK");

        assertThat(this.commands.mget(List.of("a", "b"))).containsExactly(null, "1");
        assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> this.commands.rename("a", "c"))
            .withMessageContaining("no such key");
    }

    @Test
    void renamenxRenamesOnlyToAMissingName() {
        this.commands.mset(Map.of("a", "1", "b", "2"));

        assertThat(this.commands.renamenx("a", "b")).isFalse();
        assertThat(this.commands.renamenx("a", "c")).isTrue();
        assertThat(this.commands.mget(List.of("a", "b", "c"))).containsExactly(null, "2", "1");
    }

    @Test
    void copyCopiesOnlyToAMissingDestinationUnlessReplacing() {
        this.commands.mset(Map.of("a", "1", "b", "2"));

        assertThat(this.commands.copy("a", "c")).isTrue();
        assertThat(this.commands.copy("a", "b")).isFalse();
        assertThat(this.commands.get("b")).isEqualTo("2");
        assertThat(this.commands.copy("a", "b", CopyOptions.none().replace())).isTrue();
        assertThat(this.commands.mget(List.of("a", "b", "c"))).containsExactly("1", "1", "1");
        assertThat(this.commands.copy("missing", "d")).isFalse();
    }

    @Test
    void copyIntoAnotherDatabaseLeavesTheSource() {
        this.commands.set("a", "1");
        this.database1.commands().set("a", "old");

        assertThat(this.commands.copy("a", "a", CopyOptions.none().database(1))).isFalse();
        assertThat(this.commands.copy("a", "a", CopyOptions.none().database(1).replace())).isTrue();

        assertThat(this.database1.commands().get("a")).isEqualTo("1");
        assertThat(this.commands.get("a")).isEqualTo("1");
    }

    @Test
    void moveMovesAKeyToAnotherDatabaseOnlyWhenItIsMissingThere() {
        this.commands.mset(Map.of("a", "1", "b", "2"));
        this.database1.commands().set("b", "taken");

        assertThat(this.commands.move("a", 1)).isTrue();
        assertThat(this.commands.move("b", 1)).isFalse();
        assertThat(this.commands.move("missing", 1)).isFalse();

        assertThat(this.commands.get("a")).isNull();
        assertThat(this.database1.commands().mget(List.of("a", "b"))).containsExactly("1", "taken");
    }

    // ---- MIGRATE

    @Test
    void migrateMovesAKeyToTheTargetsDatabaseAndIsFalseForAMissingOne() {
        this.commands.set("k", "v");
        MigrateOptions auth = MigrateOptions.none().auth("s3cret");

        assertThat(this.commands.migrate(target.server().host(), target.server().port(), List.of("k"), 3,
                MIGRATE_TIMEOUT, auth))
            .isTrue();
        assertThat(this.commands.migrate(target.server().host(), target.server().port(), List.of("missing"), 3,
                MIGRATE_TIMEOUT, auth))
            .isFalse();

        assertThat(this.commands.get("k")).isNull();
        assertThat(this.targetClient.commands().get("k")).isNull();
        try (RedisClient database3 = RedisClient.create(targetUrl() + "/3")) {
            assertThat(database3.commands().get("k")).isEqualTo("v");
        }
    }

    @Test
    void migrateCopiesSeveralKeysAndReplacesOnlyWhenAsked() {
        this.commands.mset(Map.of("a", "1", "b", "2"));
        this.targetClient.commands().set("b", "taken");
        String host = target.server().host();
        int port = target.server().port();

        assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> this.commands.migrate(host, port,
                List.of("a", "b"), 0, MIGRATE_TIMEOUT, MigrateOptions.none().copy().auth("default", "s3cret")))
            .withMessageContaining("BUSYKEY");
        assertThat(this.targetClient.commands().get("b")).isEqualTo("taken");
        assertThat(this.commands.migrate(host, port, List.of("a", "b"), 0, MIGRATE_TIMEOUT,
                MigrateOptions.none().copy().replace().auth("default", "s3cret")))
            .isTrue();

        assertThat(this.commands.mget(List.of("a", "b"))).containsExactly("1", "2");
        assertThat(this.targetClient.commands().mget(List.of("a", "b"))).containsExactly("1", "2");
    }

    @Test
    void migrateWithoutCredentialsIsRefusedByTheTarget() {
        this.commands.set("k", "v");
        // MIGRATE keeps its connections to a target for 10s; end them, so this one must
        // log in.
        this.targetClient.execute("CLIENT", "KILL", "TYPE", "normal");

        assertThatExceptionOfType(RedisServerException.class)
            .isThrownBy(() -> this.commands.migrate(target.server().host(), target.server().port(), List.of("k"), 0,
                    MIGRATE_TIMEOUT))
            .withMessageContaining("NOAUTH");
        assertThat(this.commands.get("k")).isEqualTo("v");
    }

    // ---- serialization

    @Test
    void dumpAndRestoreRecreateTheValue() {
        this.commands.rpush("l", List.of("x", "y"));
        byte[] dumped = this.commands.dump("l");

        assertThat(this.commands.dump("missing")).isNull();
        assertThat(this.commands.restore("copy", dumped)).isEqualTo("OK");

        assertThat(this.commands.lrange("copy", 0, -1)).containsExactly("x", "y");
        assertThat(this.commands.ttl("copy")).isEqualTo(-1);
    }

    @Test
    void restoreFailsOverAnExistingKeyUnlessReplacing() {
        this.commands.set("k", "v");
        byte[] dumped = this.commands.dump("k");
        this.commands.set("k", "changed");

        assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> this.commands.restore("k", dumped))
            .withMessageStartingWith("BUSYKEY");
        assertThat(this.commands.restore("k", dumped, RestoreOptions.none().replace())).isEqualTo("OK");
        assertThat(this.commands.get("k")).isEqualTo("v");
    }

    @Test
    void restoreSetsARelativeOrAbsoluteExpiry() {
        this.commands.set("k", "v");
        byte[] dumped = this.commands.dump("k");
        Instant at = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);

        this.commands.restore("relative", dumped, RestoreOptions.none().expireAfter(Duration.ofSeconds(100)));
        this.commands.restore("absolute", dumped, RestoreOptions.none().expireAt(at));

        assertThat(this.commands.ttl("relative")).isBetween(99L, 100L);
        assertThat(this.commands.pexpiretime("absolute")).isEqualTo(at.toEpochMilli());
    }

    @Test
    void restoreIdleTimeIsWhatObjectIdletimeReportsAndTouchResetsIt() {
        this.commands.set("k", "v");
        byte[] dumped = this.commands.dump("k");

        this.commands.restore("idle", dumped, RestoreOptions.none().idleTime(Duration.ofSeconds(1000)));

        assertThat(this.commands.objectIdletime("idle")).isBetween(1000L, 1010L);
        assertThat(this.commands.touch(List.of("idle", "missing"))).isEqualTo(1);
        assertThat(this.commands.objectIdletime("idle")).isLessThan(10L);
        assertThat(this.commands.objectIdletime("missing")).isNull();
    }

    @Test
    void restoreFrequencyIsWhatObjectFreqReportsUnderAnLfuPolicy() {
        this.commands.set("k", "v");
        byte[] dumped = this.commands.dump("k");
        assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> this.commands.objectFreq("k"))
            .withMessageContaining("LFU");
        this.client.execute("CONFIG", "SET", "maxmemory-policy", "allkeys-lfu");
        try {
            this.commands.restore("frequent", dumped, RestoreOptions.none().frequency(200));

            assertThat(this.commands.objectFreq("frequent")).isEqualTo(200);
            assertThat(this.commands.objectFreq("missing")).isNull();
        }
        finally {
            this.client.execute("CONFIG", "SET", "maxmemory-policy", "noeviction");
        }
    }

    // ---- OBJECT

    @Test
    void objectEncodingNamesHowTheValueIsStored() {
        this.commands.mset(Map.of("number", "12345", "text", "hello"));

        assertThat(this.commands.objectEncoding("number")).isEqualTo("int");
        assertThat(this.commands.objectEncoding("text")).isEqualTo("embstr");
        assertThat(this.commands.objectEncoding("missing")).isNull();
    }

    @Test
    void objectRefcountCountsReferencesToTheValue() {
        this.commands.set("text", "hello");

        assertThat(this.commands.objectRefcount("text")).isEqualTo(1);
        assertThat(this.commands.objectRefcount("missing")).isNull();
    }

    @Test
    void objectHelpDescribesTheSubcommands() {
        assertThat(this.commands.objectHelp()).anyMatch((line) -> line.startsWith("ENCODING"))
            .anyMatch((line) -> line.startsWith("FREQ"));
    }

    // ---- SCAN

    @Test
    void scanWithOptionsSelectsByPatternAndType() {
        this.commands.mset(Map.of("user:1", "a", "other", "b"));
        this.commands.hset("user:2", "f", "v");
        this.commands.hset("cart:1", "f", "v");

        List<String> hashes = collect(ScanOptions.none().type("hash"));
        List<String> userHashes = collect(ScanOptions.none().match("user:*").type("hash"));
        List<String> users = collect(ScanOptions.none().match("user:*").count(1000));

        assertThat(hashes).containsExactlyInAnyOrder("user:2", "cart:1");
        assertThat(userHashes).containsExactly("user:2");
        assertThat(users).containsExactlyInAnyOrder("user:1", "user:2");
    }

    @Test
    void scanAllWalksEveryPage() {
        for (int i = 0; i < 50; i++) {
            this.commands.set("key:" + i, "v");
        }
        this.commands.set("other", "v");
        ScanResult<String> firstPage = this.commands.scan(ScanResult.START, ScanOptions.none().count(5));
        List<String> all = new ArrayList<>();

        this.commands.scanAll(ScanOptions.none().match("key:*").count(5)).forEach(all::add);

        assertThat(firstPage.isFinished()).isFalse();
        assertThat(all).doesNotHaveDuplicates().hasSize(50).allMatch((key) -> key.startsWith("key:"));
    }

    // ---- SORT

    @Test
    void sortSortsNumbersAscendingOrDescendingAndPages() {
        this.commands.rpush("l", List.of("3", "10", "1", "2"));

        assertThat(this.commands.sort("l")).containsExactly("1", "2", "3", "10");
        assertThat(this.commands.sort("l", SortOptions.none().desc())).containsExactly("10", "3", "2", "1");
        assertThat(this.commands.sort("l", SortOptions.none().asc().limit(1, 2))).containsExactly("2", "3");
        assertThat(this.commands.sort("l", SortOptions.none().alpha())).containsExactly("1", "10", "2", "3");
    }

    @Test
    void sortByOtherKeysAndGetOtherValues() {
        this.commands.sadd("ids", List.of("1", "2", "3"));
        this.commands.mset(Map.of("weight_1", "30", "weight_2", "10", "weight_3", "20"));
        this.commands.hset("object_1", "name", "one");
        this.commands.hset("object_2", "name", "two");

        List<String> sorted = this.commands.sort("ids",
                SortOptions.none().by("weight_*").get("#").get("object_*->name"));

        assertThat(sorted).containsExactly("2", "two", "3", null, "1", "one");
        assertThat(this.commands.sort("ids", SortOptions.none().by("nosort").get("weight_*").limit(0, 3)))
            .containsExactlyInAnyOrder("10", "20", "30");
    }

    @Test
    void sortStoreSavesTheResultAsAListAndSortRoReads() {
        this.commands.rpush("l", List.of("b", "c", "a"));

        assertThat(this.commands.sortStore("l", SortOptions.none().alpha().desc(), "sorted")).isEqualTo(3);

        assertThat(this.commands.lrange("sorted", 0, -1)).containsExactly("c", "b", "a");
        assertThat(this.commands.sortRo("l", SortOptions.none().alpha())).containsExactly("a", "b", "c");
    }

    // ---- WAIT

    @Test
    void waitYieldsHowManyReplicasHaveTheWritesAfterTheTimeout() {
        this.commands.set("k", "v");
        long started = System.nanoTime();

        assertThat(this.commands.wait(1, Duration.ofMillis(200))).isZero();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(this.commands.wait(0, Duration.ofMillis(100))).isZero();
    }

    private static String targetUrl() {
        return target.server().url().replace("redis://", "redis://:s3cret@");
    }

    private List<String> collect(ScanOptions options) {
        List<String> keys = new ArrayList<>();
        this.commands.scanAll(options).forEach(keys::add);
        return keys;
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
