package io.redispool.commands.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisCommands;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every expiry command of the generic group, and each expiry condition, against a real
 * server.
 */
class KeyExpiryCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private RedisClient client;

    private RedisCommands<String, String> commands;

    @BeforeEach
    void createClient() {
        this.client = RedisClient.create(withProtocol(redis.server().url()));
        this.commands = this.client.commands();
        this.client.execute("FLUSHALL");
        this.commands.set("k", "v");
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    @Test
    void expireSetsATimeToLiveInSecondsAndIsFalseForAMissingKey() {
        assertThat(this.commands.expire("k", Duration.ofSeconds(100))).isTrue();
        assertThat(this.commands.expire("missing", Duration.ofSeconds(100))).isFalse();

        assertThat(this.commands.ttl("k")).isBetween(99L, 100L);
        assertThat(this.commands.pttl("k")).isBetween(98_000L, 100_000L);
    }

    @Test
    void pexpireSetsATimeToLiveInMilliseconds() {
        assertThat(this.commands.pexpire("k", Duration.ofMillis(1500))).isTrue();
        assertThat(this.commands.pexpire("missing", Duration.ofMillis(1500))).isFalse();

        assertThat(this.commands.pttl("k")).isBetween(1L, 1500L);
    }

    @Test
    void anExpiryInThePastDeletesTheKey() {
        this.commands.set("other", "v");

        assertThat(this.commands.expire("k", Duration.ofSeconds(-1))).isTrue();
        assertThat(this.commands.pexpireat("other", Instant.ofEpochMilli(1000))).isTrue();

        assertThat(this.commands.exists(List.of("k", "other"))).isZero();
    }

    @Test
    void expireatSetsTheUnixTimeInSecondsThatExpiretimeReports() {
        Instant at = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

        assertThat(this.commands.expireat("k", at)).isTrue();
        assertThat(this.commands.expireat("missing", at)).isFalse();

        assertThat(this.commands.expiretime("k")).isEqualTo(at.getEpochSecond());
        assertThat(this.commands.pexpiretime("k")).isEqualTo(at.toEpochMilli());
    }

    @Test
    void pexpireatSetsTheUnixTimeInMillisecondsThatPexpiretimeReports() {
        Instant at = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);

        assertThat(this.commands.pexpireat("k", at)).isTrue();
        assertThat(this.commands.pexpireat("missing", at)).isFalse();

        assertThat(this.commands.pexpiretime("k")).isEqualTo(at.toEpochMilli());
    }

    @Test
    void withoutAnExpiryTheReadsAreMinusOneAndForAMissingKeyMinusTwo() {
        assertThat(List.of(this.commands.ttl("k"), this.commands.pttl("k"), this.commands.expiretime("k"),
                this.commands.pexpiretime("k")))
            .containsOnly(-1L);
        assertThat(List.of(this.commands.ttl("missing"), this.commands.pttl("missing"),
                this.commands.expiretime("missing"), this.commands.pexpiretime("missing")))
            .containsOnly(-2L);
    }

    @Test
    void persistRemovesAnExpiryAndIsFalseWhenThereIsNone() {
        assertThat(this.commands.persist("k")).isFalse();
        this.commands.expire("k", Duration.ofSeconds(100));

        assertThat(this.commands.persist("k")).isTrue();

        assertThat(this.commands.ttl("k")).isEqualTo(-1);
        assertThat(this.commands.persist("missing")).isFalse();
    }

    @Test
    void nxSetsAnExpiryOnlyWhereThereIsNone() {
        assertThat(this.commands.expire("k", Duration.ofSeconds(100), ExpireCondition.NX)).isTrue();
        assertThat(this.commands.expire("k", Duration.ofSeconds(200), ExpireCondition.NX)).isFalse();

        assertThat(this.commands.ttl("k")).isBetween(99L, 100L);
    }

    @Test
    void xxSetsAnExpiryOnlyWhereThereIsOne() {
        assertThat(this.commands.pexpire("k", Duration.ofSeconds(100), ExpireCondition.XX)).isFalse();
        assertThat(this.commands.ttl("k")).isEqualTo(-1);
        this.commands.expire("k", Duration.ofSeconds(100));

        assertThat(this.commands.pexpire("k", Duration.ofSeconds(200), ExpireCondition.XX)).isTrue();

        assertThat(this.commands.ttl("k")).isBetween(199L, 200L);
    }

    @Test
    void gtOnlyExtendsAnExpiryAndNeverSetsOne() {
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(this.commands.expireat("k", inAnHour, ExpireCondition.GT)).isFalse();
        this.commands.expireat("k", inAnHour);

        assertThat(this.commands.expireat("k", inAnHour.minusSeconds(60), ExpireCondition.GT)).isFalse();
        assertThat(this.commands.expireat("k", inAnHour.plusSeconds(60), ExpireCondition.GT)).isTrue();

        assertThat(this.commands.expiretime("k")).isEqualTo(inAnHour.plusSeconds(60).getEpochSecond());
    }

    @Test
    void ltOnlyShortensAnExpiryAndAlwaysSetsOne() {
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        assertThat(this.commands.pexpireat("k", inAnHour, ExpireCondition.LT)).isTrue();

        assertThat(this.commands.pexpireat("k", inAnHour.plusMillis(1), ExpireCondition.LT)).isFalse();
        assertThat(this.commands.pexpireat("k", inAnHour.minusMillis(1), ExpireCondition.LT)).isTrue();

        assertThat(this.commands.pexpiretime("k")).isEqualTo(inAnHour.minusMillis(1).toEpochMilli());
    }

    /**
     * The URL the test's client connects with; {@code ...Resp3Tests} runs every test
     * again over RESP3.
     */
    String withProtocol(String url) {
        return url;
    }

}
