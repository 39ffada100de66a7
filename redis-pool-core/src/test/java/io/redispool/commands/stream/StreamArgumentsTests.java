package io.redispool.commands.stream;

import static io.redispool.commands.stream.StreamTestSupport.fields;
import static io.redispool.commands.stream.StreamTestSupport.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.redispool.commands.Commands;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stream commands' arguments and option values, checked without a server: what is
 * sent, in which order, and what is refused before anything is sent.
 */
class StreamArgumentsTests {

    private final Commands<String, String> builders = Commands.utf8();

    @Test
    void optionsAreSentInTheOrderTheServerReadsThem() {
        assertThat(words(this.builders.streams()
            .xadd("s", XAddOptions.none().id("1-*").noMkStream().trim(StreamTrim.maxLen(5).approximate().limit(10)),
                    fields("f", "v"))))
            .containsExactly("XADD", "s", "NOMKSTREAM", "MAXLEN", "~", "5", "LIMIT", "10", "1-*", "f", "v");
        assertThat(words(this.builders.streams().xadd("s", fields("f", "v")))).containsExactly("XADD", "s", "*", "f",
                "v");
        assertThat(words(this.builders.streams()
            .xread(StreamReadOptions.none().count(2).block(Duration.ofSeconds(1)),
                    new LinkedHashMap<>(Map.of("a", "0")))))
            .containsExactly("XREAD", "COUNT", "2", "BLOCK", "1000", "STREAMS", "a", "0");
        assertThat(words(
                this.builders.streamGroups().xreadgroup("g", "c", StreamReadOptions.none().noAck(), Map.of("a", ">"))))
            .containsExactly("XREADGROUP", "GROUP", "g", "c", "NOACK", "STREAMS", "a", ">");
        assertThat(words(this.builders.streamGroups()
            .xclaimJustid("s", "g", "c", Duration.ofSeconds(2), List.of("1-0"),
                    ClaimOptions.none().time(Instant.ofEpochMilli(5)).retryCount(3).force().lastId("2-0"))))
            .containsExactly("XCLAIM", "s", "g", "c", "2000", "1-0", "TIME", "5", "RETRYCOUNT", "3", "FORCE", "LASTID",
                    "2-0", "JUSTID");
        assertThat(words(this.builders.streamGroups()
            .xpending("s", "g", PendingRange.of("-", "+", 5).idle(Duration.ofMillis(250)).consumer("c"))))
            .containsExactly("XPENDING", "s", "g", "IDLE", "250", "-", "+", "5", "c");
        assertThat(words(this.builders.streamGroups()
            .xgroupCreate("s", "g", "$", GroupCreateOptions.none().makeStream().entriesRead(4))))
            .containsExactly("XGROUP", "CREATE", "s", "g", "$", "MKSTREAM", "ENTRIESREAD", "4");
        assertThat(words(this.builders.streams().xinfoStreamFull("s", 5))).containsExactly("XINFO", "STREAM", "s",
                "FULL", "COUNT", "5");
    }

    @Test
    void blockingReadsCarryTheirWaitAndOthersNone() {
        assertThat(this.builders.streams()
            .xread(StreamReadOptions.none().block(Duration.ofMillis(1500)), Map.of("s", "$"))
            .blockingWait()).isEqualTo(Duration.ofMillis(1500));
        assertThat(this.builders.streamGroups()
            .xreadgroup("g", "c", StreamReadOptions.none().block(Duration.ZERO), Map.of("s", ">"))
            .blockingWait()).isEqualTo(Duration.ZERO);
        assertThat(this.builders.streams().xread(Map.of("s", "$")).blockingWait()).isNull();
    }

    @Test
    void nullKeysNamesAndIdsAreRefusedNamingThem() {
        assertThatNullPointerException().isThrownBy(() -> this.builders.streams().xlen(null))
            .withMessage("A key must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builders.streamGroups().xgroupDestroy("s", null))
            .withMessage("'group' must not be null");
        assertThatNullPointerException()
            .isThrownBy(() -> this.builders.streamGroups().xgroupCreateconsumer("s", "g", null))
            .withMessage("'consumer' must not be null");
        assertThatNullPointerException().isThrownBy(() -> this.builders.streams().xrange("s", null, "+"))
            .withMessage("'start' must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builders.streams().xdel("s", List.of("")))
            .withMessage("'id' must be a stream ID but was empty");
    }

    @Test
    void emptyFieldsIdsAndStreamsAreRefusedNamingTheCommand() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builders.streams().xadd("s", Map.of()))
            .withMessage("XADD needs at least one of 'fields' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builders.streams().xdel("s", List.of()))
            .withMessage("XDEL needs at least one of 'ids' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builders.streamGroups().xack("s", "g", List.of()))
            .withMessage("XACK needs at least one of 'ids' but got none");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builders.streamGroups().xclaim("s", "g", "c", Duration.ZERO, List.of()))
            .withMessage("XCLAIM needs at least one of 'ids' but got none");
        assertThatIllegalArgumentException().isThrownBy(() -> this.builders.streams().xread(Map.of()))
            .withMessage("XREAD needs at least one of 'streams' but got none");
    }

    @Test
    void badCountsAndTimesAreRefusedWithTheirValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.builders.streams().xrange("s", "-", "+", 0))
            .withMessage("'count' must be at least 1 but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> StreamReadOptions.none().block(Duration.ofMillis(-1)))
            .withMessage("'timeout' must not be negative but was PT-0.001S");
        assertThatIllegalArgumentException().isThrownBy(() -> StreamTrim.maxLen(-1))
            .withMessage("'length' must be at least 0 but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> GroupCreateOptions.none().entriesRead(-2))
            .withMessageStartingWith("'entriesRead' must be at least 0, or -1 for unknown, but was -2");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.builders.streamGroups().xautoclaim("s", "g", "c", Duration.ofMillis(-5), "0-0"))
            .withMessage("'minIdle' must not be negative but was PT-0.005S");
    }

    @Test
    void badOptionCombinationsFailWhenBuilt() {
        assertThatIllegalStateException()
            .isThrownBy(() -> this.builders.streams().xtrim("s", StreamTrim.maxLen(5).limit(10)))
            .withMessageStartingWith("LIMIT 10 needs approximate trimming (~)");
        assertThatIllegalStateException()
            .isThrownBy(() -> this.builders.streams().xtrim("s", StreamTrim.minId("5-0").exact().limit(10)))
            .withMessageContaining("exact (=)");
        assertThatIllegalStateException().isThrownBy(() -> StreamTrim.maxLen(5).exact().approximate())
            .withMessage("A trim operator is already set (=)");
        assertThatIllegalStateException()
            .isThrownBy(() -> this.builders.streams().xread(StreamReadOptions.none().noAck(), Map.of("s", "0")))
            .withMessageStartingWith("NOACK applies to XREADGROUP only");
        assertThatIllegalStateException()
            .isThrownBy(() -> ClaimOptions.none().idle(Duration.ofSeconds(1)).time(Instant.EPOCH))
            .withMessageStartingWith("TIME cannot be combined with IDLE (PT1S)");
        assertThatIllegalStateException().isThrownBy(() -> XAddOptions.none().id("1-0").id("2-0"))
            .withMessage("An ID is already set (1-0)");
        assertThatIllegalStateException().isThrownBy(() -> StreamReadOptions.none().count(1).count(2))
            .withMessage("A COUNT is already set (1)");
    }

}
