package io.redispool.commands.string;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every string command, and each option, against a real server.
 */
class StringCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.commands = this.client.commands();
        this.client.execute("FLUSHALL");
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    // ---- reading and writing values

    @Test
    void getAndSetRoundTripAndSetClearsAnExpiry() {
        assertThat(this.commands.get("k")).isNull();
        assertThat(this.commands.set("k", "v", SetOptions.none().expireAfter(Duration.ofSeconds(100)))).isTrue();
        assertThat(this.commands.set("k", "w")).isTrue();

        assertThat(this.commands.get("k")).isEqualTo("w");
        assertThat(this.commands.ttl("k")).isEqualTo(-1);
    }

    @Test
    void appendCreatesThenExtendsTheValueAndYieldsItsLength() {
        assertThat(this.commands.append("k", "ab")).isEqualTo(2);
        assertThat(this.commands.append("k", "cd\u00e9")).isEqualTo(6);
        assertThat(this.commands.get("k")).isEqualTo("abcd\u00e9");
    }

    @Test
    void countersYieldTheirNewValue() {
        assertThat(this.commands.incr("n")).isEqualTo(1);
        assertThat(this.commands.incrby("n", 41)).isEqualTo(42);
        assertThat(this.commands.decr("n")).isEqualTo(41);
        assertThat(this.commands.decrby("n", 50)).isEqualTo(-9);
        assertThat(this.commands.get("n")).isEqualTo("-9");
    }

    @Test
    void incrbyfloatYieldsTheNewValueAsADouble() {
        assertThat(this.commands.incrbyfloat("f", 1.5)).isEqualTo(1.5);
        assertThat(this.commands.incrbyfloat("f", -0.25)).isEqualTo(1.25);
        assertThat(this.commands.get("f")).isEqualTo("1.25");
    }

    @Test
    void getdelYieldsTheValueAndDeletesTheKey() {
        this.commands.set("k", "v");

        assertThat(this.commands.getdel("k")).isEqualTo("v");
        assertThat(this.commands.exists(List.of("k"))).isZero();
        assertThat(this.commands.getdel("k")).isNull();
    }

    @Test
    void getsetYieldsTheOldValueAndStoresTheNewOne() {
        assertThat(this.commands.getset("k", "first")).isNull();
        assertThat(this.commands.getset("k", "second")).isEqualTo("first");
        assertThat(this.commands.get("k")).isEqualTo("second");
    }

    @Test
    void getrangeAndSubstrYieldTheBytesBetweenInclusiveOffsets() {
        this.commands.set("k", "Hello World");

        assertThat(this.commands.getrange("k", 0, 4)).isEqualTo("Hello");
        assertThat(this.commands.getrange("k", -5, -1)).isEqualTo("World");
        assertThat(this.commands.substr("k", 6, 7)).isEqualTo("Wo");
        assertThat(this.commands.getrange("missing", 0, -1)).isEmpty();
    }

    @Test
    void setrangeOverwritesFromAnOffsetAndPadsAMissingKeyWithZeroBytes() {
        this.commands.set("k", "Hello World");

        assertThat(this.commands.setrange("k", 6, "Redis")).isEqualTo(11);
        assertThat(this.commands.get("k")).isEqualTo("Hello Redis");
        assertThat(this.commands.setrange("padded", 3, "x")).isEqualTo(4);
        assertThat(this.commands.get("padded")).isEqualTo("\0\0\0x");
    }

    @Test
    void strlenYieldsTheLengthInBytesAndZeroForAMissingKey() {
        this.commands.set("k", "h\u00e9llo");

        assertThat(this.commands.strlen("k")).isEqualTo(6);
        assertThat(this.commands.strlen("missing")).isZero();
    }

    @Test
    void msetAndMgetHandleSeveralKeysAtOnce() {
        assertThat(this.commands.mset(entries("a", "1", "b", "2"))).isEqualTo("OK");

        assertThat(this.commands.mget(List.of("a", "missing", "b"))).containsExactly("1", null, "2");
    }

    @Test
    void msetnxStoresAllOnlyWhenNoKeyExists() {
        assertThat(this.commands.msetnx(entries("a", "1", "b", "2"))).isTrue();
        assertThat(this.commands.msetnx(entries("b", "changed", "c", "3"))).isFalse();

        assertThat(this.commands.mget(List.of("a", "b", "c"))).containsExactly("1", "2", null);
    }

    @Test
    void setnxStoresOnlyWhenTheKeyIsMissing() {
        assertThat(this.commands.setnx("k", "first")).isTrue();
        assertThat(this.commands.setnx("k", "second")).isFalse();
        assertThat(this.commands.get("k")).isEqualTo("first");
    }

    // ---- expiries

    @Test
    void setexStoresAValueWithATimeToLiveInSeconds() {
        assertThat(this.commands.setex("k", Duration.ofSeconds(100), "v")).isEqualTo("OK");

        assertThat(this.commands.get("k")).isEqualTo("v");
        assertThat(this.commands.ttl("k")).isBetween(99L, 100L);
    }

    @Test
    void psetexStoresAValueWithATimeToLiveInMilliseconds() {
        assertThat(this.commands.psetex("k", Duration.ofMillis(1500), "v")).isEqualTo("OK");

        assertThat(this.commands.get("k")).isEqualTo("v");
        assertThat(this.commands.pttl("k")).isBetween(1L, 1500L);
    }

    @Test
    void setExpireAfterSendsSecondsOrMilliseconds() {
        this.commands.set("s", "v", SetOptions.none().expireAfter(Duration.ofSeconds(100)));
        this.commands.set("ms", "v", SetOptions.none().expireAfter(Duration.ofMillis(1500)));

        assertThat(this.commands.ttl("s")).isBetween(99L, 100L);
        assertThat(this.commands.pttl("ms")).isBetween(1L, 1500L);
    }

    @Test
    void setExpireAtWholeSecondsSetsThatUnixTime() {
        Instant at = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

        assertThat(this.commands.set("k", "v", SetOptions.none().expireAt(at))).isTrue();

        assertThat(this.commands.expiretime("k")).isEqualTo(at.getEpochSecond());
    }

    @Test
    void setExpireAtMillisecondsSetsThatUnixTimeInMilliseconds() {
        Instant at = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).plusMillis(123);

        assertThat(this.commands.set("k", "v", SetOptions.none().expireAt(at))).isTrue();

        assertThat(this.commands.pexpiretime("k")).isEqualTo(at.toEpochMilli());
    }

    @Test
    void setKeepTtlKeepsTheExpiryThatAPlainSetWouldClear() {
        this.commands.set("k", "v", SetOptions.none().expireAfter(Duration.ofSeconds(100)));

        assertThat(this.commands.set("k", "w", SetOptions.none().keepTtl())).isTrue();

        assertThat(this.commands.get("k")).isEqualTo("w");
        assertThat(this.commands.ttl("k")).isBetween(99L, 100L);
    }

    @Test
    void setConditionsStoreOnlyWhenMet() {
        assertThat(this.commands.set("k", "v", SetOptions.none().ifPresent())).isFalse();
        assertThat(this.commands.get("k")).isNull();
        assertThat(this.commands.set("k", "v", SetOptions.none().ifAbsent().keepTtl())).isTrue();
        assertThat(this.commands.set("k", "w", SetOptions.none().ifAbsent())).isFalse();
        assertThat(this.commands.set("k", "x", SetOptions.none().ifPresent())).isTrue();
        assertThat(this.commands.get("k")).isEqualTo("x");
    }

    @Test
    void setGetYieldsTheOldValueAndStoresTheNewOne() {
        assertThat(this.commands.setGet("k", "first")).isNull();
        assertThat(this.commands.setGet("k", "second")).isEqualTo("first");
        assertThat(this.commands.get("k")).isEqualTo("second");
    }

    @Test
    void setGetWithOptionsAppliesThemAndYieldsTheOldValue() {
        this.commands.set("k", "old");

        assertThat(this.commands.setGet("k", "ignored", SetOptions.none().ifAbsent())).isEqualTo("old");
        assertThat(this.commands.get("k")).isEqualTo("old");
        assertThat(this.commands.setGet("k", "new", SetOptions.none().ifPresent().expireAfter(Duration.ofSeconds(100))))
            .isEqualTo("old");
        assertThat(this.commands.get("k")).isEqualTo("new");
        assertThat(this.commands.ttl("k")).isBetween(99L, 100L);
    }

    @Test
    void getexWithoutOptionsLeavesTheExpiry() {
        this.commands.set("k", "v", SetOptions.none().expireAfter(Duration.ofSeconds(100)));

        assertThat(this.commands.getex("k")).isEqualTo("v");
        assertThat(this.commands.ttl("k")).isBetween(99L, 100L);
        assertThat(this.commands.getex("missing")).isNull();
    }

    @Test
    void getexSetsARelativeExpiry() {
        this.commands.set("s", "v");
        this.commands.set("ms", "v");

        assertThat(this.commands.getex("s", GetExOptions.expireAfter(Duration.ofSeconds(50)))).isEqualTo("v");
        assertThat(this.commands.getex("ms", GetExOptions.expireAfter(Duration.ofMillis(1500)))).isEqualTo("v");

        assertThat(this.commands.ttl("s")).isBetween(49L, 50L);
        assertThat(this.commands.pttl("ms")).isBetween(1L, 1500L);
    }

    @Test
    void getexSetsAnAbsoluteExpiry() {
        Instant seconds = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant millis = seconds.plusMillis(7);
        this.commands.set("s", "v");
        this.commands.set("ms", "v");

        assertThat(this.commands.getex("s", GetExOptions.expireAt(seconds))).isEqualTo("v");
        assertThat(this.commands.getex("ms", GetExOptions.expireAt(millis))).isEqualTo("v");

        assertThat(this.commands.expiretime("s")).isEqualTo(seconds.getEpochSecond());
        assertThat(this.commands.pexpiretime("ms")).isEqualTo(millis.toEpochMilli());
    }

    @Test
    void getexPersistRemovesTheExpiry() {
        this.commands.set("k", "v", SetOptions.none().expireAfter(Duration.ofSeconds(100)));

        assertThat(this.commands.getex("k", GetExOptions.persist())).isEqualTo("v");
        assertThat(this.commands.ttl("k")).isEqualTo(-1);
    }

    // ---- LCS

    @Test
    void lcsYieldsTheLongestCommonSubsequenceAndItsLength() {
        this.commands.mset(entries("a", "ohmytext", "b", "mynewtext"));

        assertThat(this.commands.lcs("a", "b")).isEqualTo("mytext");
        assertThat(this.commands.lcsLen("a", "b")).isEqualTo(6);
    }

    @Test
    void lcsIdxYieldsWhereEachRunLiesInBothValues() {
        this.commands.mset(entries("a", "ohmytext", "b", "mynewtext"));

        LcsResult result = this.commands.lcsIdx("a", "b");

        assertThat(result.length()).isEqualTo(6);
        assertThat(result.matches()).containsExactly(new LcsMatch(4, 7, 5, 8, 4), new LcsMatch(2, 3, 0, 1, 2));
    }

    @Test
    void lcsIdxWithMinMatchLenLeavesOutShorterRuns() {
        this.commands.mset(entries("a", "ohmytext", "b", "mynewtext"));

        LcsResult result = this.commands.lcsIdx("a", "b", 4);

        assertThat(result.length()).isEqualTo(6);
        assertThat(result.matches()).containsExactly(new LcsMatch(4, 7, 5, 8, 4));
    }

    private static Map<String, String> entries(String... keysAndValues) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return entries;
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
