package io.redispool.commands.string;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.RedisProtocolException;
import io.redispool.command.Command;
import io.redispool.commands.Commands;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.IntegerReply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The string commands as built, their reply decoding, and the argument checks that need
 * no server.
 */
class StringCommandBuilderTests {

    private final Commands<String, String> builders = Commands.utf8();

    @Test
    void lcsIdxRejectsAReplyWithoutItsFields() {
        Command<LcsResult> lcs = this.builders.strings().lcsIdx("a", "b");

        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> lcs.decoder().decode(array(bulk("len"), new IntegerReply(3))))
            .withMessage("Expected LCS IDX fields 'matches' and 'len' but got an array of 2 elements");
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(
                () -> lcs.decoder().decode(array(bulk("matches"), array(array()), bulk("len"), new IntegerReply(0))))
            .withMessage("Expected an LCS match of two ranges and a length but got an array of 0 elements");
    }

    @Test
    void optionsAreWrittenInTheOrderTheServerDocuments() {
        Instant millis = Instant.ofEpochMilli(1_700_000_000_123L);

        assertThat(strings(this.builders.strings().set("k", "v", SetOptions.none().ifAbsent().expireAt(millis))))
            .containsExactly("SET", "k", "v", "PXAT", "1700000000123", "NX");
        assertThat(strings(this.builders.strings().setGet("k", "v", SetOptions.none().keepTtl())))
            .containsExactly("SET", "k", "v", "KEEPTTL", "GET");
        assertThat(strings(
                this.builders.strings().getex("k", GetExOptions.expireAt(Instant.ofEpochSecond(1_700_000_000)))))
            .containsExactly("GETEX", "k", "EXAT", "1700000000");
        assertThat(strings(this.builders.strings().lcsIdx("a", "b", 3))).containsExactly("LCS", "a", "b", "IDX",
                "MINMATCHLEN", "3", "WITHMATCHLEN");
        assertThat(strings(this.builders.strings().psetex("k", Duration.ofSeconds(2), "v"))).containsExactly("PSETEX",
                "k", "2000", "v");
    }

    // ---- argument validation

    @Test
    void nullKeysAndValuesAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> this.builders.strings().getdel(null))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builders.strings().lcs("a", null))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builders.strings().append("k", null))
            .withMessage("A value must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builders.strings().setex("k", null, "v"))
            .withMessage("'timeout' must not be null");
    }

    @Test
    void emptyEntriesAreRejectedNamingTheCommand() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builders.strings().msetnx(Map.of()))
            .withMessage("MSETNX needs at least one of 'entries' but got none");
    }

    @Test
    void setexAndPsetexRejectTimeoutsTheyCannotSend() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builders.strings().setex("k", Duration.ofMillis(1500), "v"))
            .withMessage("'timeout' must be whole seconds but was PT1.5S");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builders.strings().setex("k", Duration.ZERO, "v"))
            .withMessage("'timeout' must be at least 1s but was PT0S");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builders.strings().psetex("k", Duration.ofNanos(1_500_000), "v"))
            .withMessage("'timeout' must be whole milliseconds but was PT0.0015S");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builders.strings().psetex("k", Duration.ofMillis(-1), "v"))
            .withMessage("'timeout' must be at least 1ms but was PT-0.001S");
    }

    @Test
    void setOptionsRejectASecondExpiryOfAnyKind() {
        Instant at = Instant.ofEpochSecond(1_900_000_000);

        assertThatIllegalStateException().isThrownBy(() -> SetOptions.none().expireAt(at).keepTtl())
            .withMessage("An expiry is already set (2030-03-17T17:46:40Z)");
        assertThatIllegalStateException()
            .isThrownBy(() -> SetOptions.none().keepTtl().expireAfter(Duration.ofSeconds(1)))
            .withMessage("An expiry is already set (KEEPTTL)");
        assertThatIllegalStateException()
            .isThrownBy(() -> SetOptions.none().expireAfter(Duration.ofSeconds(1)).expireAt(at))
            .withMessage("An expiry is already set (PT1S)");
    }

    @Test
    void expiryTimestampsMustBeAfterTheEpochInWholeMilliseconds() {
        assertThatIllegalArgumentException().isThrownBy(() -> SetOptions.none().expireAt(Instant.EPOCH))
            .withMessage("'timestamp' must be after 1970-01-01T00:00:00Z but was 1970-01-01T00:00:00Z");
        assertThatIllegalArgumentException().isThrownBy(() -> GetExOptions.expireAt(Instant.ofEpochSecond(1, 500)))
            .withMessage("'timestamp' must be whole milliseconds but was 1970-01-01T00:00:01.000000500Z");
        assertThatIllegalArgumentException().isThrownBy(() -> GetExOptions.expireAfter(Duration.ofMillis(-5)))
            .withMessage("'timeout' must be at least 1ms but was PT-0.005S");
    }

    @Test
    void lcsIdxRejectsANegativeMinimumMatchLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builders.strings().lcsIdx("a", "b", -1))
            .withMessage("'minMatchLen' must be at least 0 but was -1");
    }

    private static List<String> strings(Command<?> command) {
        return Arrays.stream(command.arguments()).map((bytes) -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    private static BulkString bulk(String text) {
        return new BulkString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ArrayReply array(RespReply... elements) {
        return new ArrayReply(List.of(elements));
    }

}
