package io.redispool.commands.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisProtocolException;
import io.redispool.command.Command;
import io.redispool.commands.Commands;
import io.redispool.protocol.RespReply.SimpleString;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generic group's commands as built, and the argument checks that need no server.
 */
class KeyCommandBuilderTests {

    private final KeyCommandBuilder<String, String> keys = Commands.utf8().keys();

    private final KeyExpiryCommandBuilder<String, String> expiries = Commands.utf8().expiries();

    // ---- arguments as sent

    @Test
    void migrateSendsOneKeyInPlaceAndSeveralAfterKeys() {
        assertThat(strings(this.keys.migrate("10.0.0.2", 6380, List.of("k"), 0, Duration.ofSeconds(1))))
            .containsExactly("MIGRATE", "10.0.0.2", "6380", "k", "0", "1000");
        assertThat(strings(this.keys.migrate("h", 6379, List.of("a", "b"), 2, Duration.ofMillis(250),
                MigrateOptions.none().replace().copy().auth("user", "pw"))))
            .containsExactly("MIGRATE", "h", "6379", "", "2", "250", "COPY", "REPLACE", "AUTH2", "user", "pw", "KEYS",
                    "a", "b");
        assertThat(strings(
                this.keys.migrate("h", 6379, List.of("k"), 0, Duration.ofSeconds(1), MigrateOptions.none().auth("pw"))))
            .endsWith("AUTH", "pw");
    }

    @Test
    void sortOptionsAreWrittenInTheOrderTheServerDocuments() {
        SortOptions options = SortOptions.none().alpha().desc().get("#").limit(0, 5).get("o_*->f").by("w_*");

        assertThat(strings(this.keys.sortStore("l", options, "dest"))).containsExactly("SORT", "l", "BY", "w_*",
                "LIMIT", "0", "5", "GET", "#", "GET", "o_*->f", "DESC", "ALPHA", "STORE", "dest");
        assertThat(strings(this.keys.sortRo("l", SortOptions.none()))).containsExactly("SORT_RO", "l");
        assertThat(this.keys.sortRo("l", options).spec().flags()).contains("readonly");
    }

    @Test
    void restoreWritesItsTtlBeforeTheValueAndItsModifiersAfter() {
        byte[] value = { 0, 1, 2 };

        assertThat(strings(this.keys.restore("k", value))).containsExactly("RESTORE", "k", "0", "\0\1\2");
        assertThat(strings(this.keys.restore("k", value,
                RestoreOptions.none().frequency(7).replace().expireAt(Instant.ofEpochMilli(1_700_000_000_123L)))))
            .containsExactly("RESTORE", "k", "1700000000123", "\0\1\2", "REPLACE", "ABSTTL", "FREQ", "7");
        assertThat(strings(this.keys.restore("k", value,
                RestoreOptions.none().idleTime(Duration.ofMinutes(1)).expireAfter(Duration.ofMillis(1500)))))
            .containsExactly("RESTORE", "k", "1500", "\0\1\2", "IDLETIME", "60");
    }

    @Test
    void otherOptionsAreWrittenAsTheServerReadsThem() {
        assertThat(strings(this.keys.copy("a", "b", CopyOptions.none().replace().database(3)))).containsExactly("COPY",
                "a", "b", "DB", "3", "REPLACE");
        assertThat(strings(this.keys.scan("42", ScanOptions.none().type("zset").count(10).match("u:*"))))
            .containsExactly("SCAN", "42", "MATCH", "u:*", "COUNT", "10", "TYPE", "zset");
        assertThat(strings(this.keys.objectEncoding("k"))).containsExactly("OBJECT", "ENCODING", "k");
        assertThat(strings(this.expiries.expire("k", Duration.ofMinutes(2), ExpireCondition.GT)))
            .containsExactly("EXPIRE", "k", "120", "GT");
        assertThat(strings(this.expiries.pexpireat("k", Instant.ofEpochMilli(1_700_000_000_123L))))
            .containsExactly("PEXPIREAT", "k", "1700000000123");
        assertThat(strings(this.keys.wait(2, Duration.ofMillis(1500)))).containsExactly("WAIT", "2", "1500");
    }

    @Test
    void waitBlocksForItsTimeoutOrForEver() {
        assertThat(this.keys.wait(1, Duration.ofSeconds(5)).blockingWait()).isEqualTo(Duration.ofSeconds(5));
        assertThat(this.keys.wait(1, Duration.ZERO).blockingWait()).isEqualTo(Duration.ZERO);
    }

    @Test
    void migrateRejectsAStatusOtherThanOkOrNokey() {
        Command<Boolean> migrate = this.keys.migrate("h", 6379, List.of("k"), 0, Duration.ofSeconds(1));

        assertThat(migrate.decoder().decode(SimpleString.OK)).isTrue();
        assertThat(migrate.decoder().decode(new SimpleString("NOKEY"))).isFalse();
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> migrate.decoder().decode(new SimpleString("QUEUED")))
            .withMessage("Expected OK or NOKEY but got 'QUEUED'");
    }

    // ---- argument validation

    @Test
    void nullsAndEmptyKeyListsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> this.keys.dump(null)).withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.keys.rename("a", null))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.keys.restore("k", null))
            .withMessage("'serialized' must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.keys.keys(null))
            .withMessage("'pattern' must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.expiries.expire("k", null))
            .withMessage("'timeout' must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.expiries.expire("k", Duration.ofSeconds(1), null))
            .withMessage("'condition' must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> this.keys.touch(List.of()))
            .withMessage("TOUCH needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.keys.unlink(List.of()))
            .withMessage("UNLINK needs at least one of 'keys' but got none");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.keys.migrate("h", 6379, List.of(), 0, Duration.ofSeconds(1)))
            .withMessage("MIGRATE needs at least one of 'keys' but got none");
    }

    @Test
    void timesThatWouldHaveToBeRoundedAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.expiries.expire("k", Duration.ofMillis(1500)))
            .withMessage("'timeout' must be whole seconds but was PT1.5S");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.expiries.expireat("k", Instant.ofEpochMilli(1_700_000_000_500L)))
            .withMessage("'timestamp' must be whole seconds but was 2023-11-14T22:13:20.500Z");
        assertThatIllegalArgumentException().isThrownBy(() -> this.expiries.pexpire("k", Duration.ofNanos(1_000_001)))
            .withMessage("'timeout' must be whole milliseconds but was PT0.001000001S");
        assertThatIllegalArgumentException().isThrownBy(() -> RestoreOptions.none().idleTime(Duration.ofMillis(10)))
            .withMessage("'idleTime' must be whole seconds but was PT0.01S");
    }

    @Test
    void migrateAndWaitRejectValuesTheServerWouldNot() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.keys.migrate("h", 0, List.of("k"), 0, Duration.ofSeconds(1)))
            .withMessage("'port' must be between 1 and 65535 but was 0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.keys.migrate("h", 6379, List.of("k"), 0, Duration.ZERO))
            .withMessage("'timeout' must be at least 1ms but was PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> this.keys.wait(-1, Duration.ZERO))
            .withMessage("'replicas' must be at least 0 but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> this.keys.wait(0, Duration.ofMillis(-1)))
            .withMessage("'timeout' must be at least 0ms but was PT-0.001S");
    }

    @Test
    void sortOptionsRejectAConflictOrARepeat() {
        assertThatIllegalStateException().isThrownBy(() -> SortOptions.none().asc().desc())
            .withMessage("An order is already set (ASC)");
        assertThatIllegalStateException().isThrownBy(() -> SortOptions.none().by("a_*").by("b_*"))
            .withMessage("A BY pattern is already set (a_*)");
        assertThatIllegalStateException().isThrownBy(() -> SortOptions.none().limit(0, 1).limit(1, 1))
            .withMessage("A LIMIT is already set (0 1)");
        assertThatIllegalArgumentException().isThrownBy(() -> SortOptions.none().limit(-1, 1))
            .withMessage("'offset' must be at least 0 but was -1");
    }

    @Test
    void restoreOptionsRejectBothEvictionHintsAndTwoExpiries() {
        assertThatIllegalStateException().isThrownBy(() -> RestoreOptions.none().frequency(1).idleTime(Duration.ZERO))
            .withMessage("IDLETIME and FREQ exclude each other, and FREQ is already set (1)");
        assertThatIllegalStateException()
            .isThrownBy(() -> RestoreOptions.none().idleTime(Duration.ofSeconds(5)).frequency(1))
            .withMessage("IDLETIME and FREQ exclude each other, and IDLETIME is already set (5s)");
        assertThatIllegalStateException()
            .isThrownBy(() -> RestoreOptions.none().expireAfter(Duration.ofSeconds(1)).expireAt(Instant.now()))
            .withMessage("An expiry is already set (PT1S)");
        assertThatIllegalArgumentException().isThrownBy(() -> RestoreOptions.none().frequency(256))
            .withMessage("'frequency' must be between 0 and 255 but was 256");
        assertThatIllegalArgumentException().isThrownBy(() -> RestoreOptions.none().expireAfter(Duration.ZERO))
            .withMessage("'timeout' must be at least 1ms but was PT0S");
    }

    @Test
    void scanCopyAndMigrateOptionsRejectARepeat() {
        assertThatIllegalStateException().isThrownBy(() -> ScanOptions.none().match("a*").match("b*"))
            .withMessage("A pattern is already set (a*)");
        assertThatIllegalStateException().isThrownBy(() -> ScanOptions.none().type("hash").type("set"))
            .withMessage("A type is already set (hash)");
        assertThatIllegalArgumentException().isThrownBy(() -> ScanOptions.none().count(0))
            .withMessage("'count' must be at least 1 but was 0");
        assertThatIllegalStateException().isThrownBy(() -> CopyOptions.none().database(1).database(2))
            .withMessage("A database is already set (1)");
        assertThatIllegalArgumentException().isThrownBy(() -> CopyOptions.none().database(-1))
            .withMessage("'database' must be at least 0 but was -1");
        assertThatIllegalStateException().isThrownBy(() -> MigrateOptions.none().auth("user", "pw").auth("pw"))
            .withMessage("Credentials are already set (AUTH2 as 'user')");
    }

    @Test
    void migrateOptionsNeverShowThePassword() {
        assertThat(MigrateOptions.none().copy().auth("admin", "hunter2").toString()).doesNotContain("hunter2")
            .isEqualTo("MigrateOptions[copy=true, replace=false, auth=user 'admin']");
        assertThat(MigrateOptions.none().auth("hunter2").toString()).doesNotContain("hunter2");
    }

    private static List<String> strings(Command<?> command) {
        return Arrays.stream(command.arguments()).map((bytes) -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

}
