package io.redispool.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisProtocolException;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BigNumberReply;
import io.redispool.protocol.RespReply.BooleanReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.DoubleReply;
import io.redispool.protocol.RespReply.ErrorReply;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.MapReply;
import io.redispool.protocol.RespReply.NullReply;
import io.redispool.protocol.RespReply.PushReply;
import io.redispool.protocol.RespReply.SetReply;
import io.redispool.protocol.RespReply.SimpleString;
import io.redispool.protocol.RespReply.VerbatimString;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every RESP3 type, whole, one byte per read, and hostile: bytes in, values out.
 */
class Resp3ReaderTests {

    /** Small limits so that each can be hit with a few bytes. */
    private static final RespLimits SMALL_LIMITS = new RespLimits(10, 4, 2, 16);

    /** One frame of each RESP3 type, the wire and the value it must read as. */
    private static final List<Case> CASES = List.of(
            new Case("%2\r\n+a\r\n:1\r\n$1\r\nb\r\n#t\r\n",
                    new MapReply(List.of(new SimpleString("a"), new IntegerReply(1), bulk("b"), BooleanReply.TRUE))),
            new Case("~2\r\n$1\r\nx\r\n,2.5\r\n", new SetReply(List.of(bulk("x"), new DoubleReply(2.5)))),
            new Case(",3.25\r\n", new DoubleReply(3.25)), new Case(",-1e+20\r\n", new DoubleReply(-1e20)),
            new Case(",inf\r\n", new DoubleReply(Double.POSITIVE_INFINITY)),
            new Case(",-inf\r\n", new DoubleReply(Double.NEGATIVE_INFINITY)),
            new Case(",nan\r\n", new DoubleReply(Double.NaN)), new Case("#t\r\n", BooleanReply.TRUE),
            new Case("#f\r\n", BooleanReply.FALSE),
            new Case("(3492890328409238509324850943850943825024385\r\n",
                    new BigNumberReply(new BigInteger("3492890328409238509324850943850943825024385"))),
            new Case("(-12\r\n", new BigNumberReply(BigInteger.valueOf(-12))),
            new Case("=15\r\ntxt:Some string\r\n", new VerbatimString("txt", bytes("Some string"))),
            new Case("=4\r\nmkd:\r\n", new VerbatimString("mkd", new byte[0])), new Case("_\r\n", NullReply.NULL),
            new Case(">3\r\n$10\r\ninvalidate\r\n*1\r\n$3\r\nkey\r\n:7\r\n",
                    new PushReply(
                            List.of(bulk("invalidate"), new ArrayReply(List.of(bulk("key"))), new IntegerReply(7)))),
            new Case("!21\r\nSYNTAX invalid syntax\r\n", new ErrorReply("SYNTAX invalid syntax")),
            new Case("|1\r\n+key-popularity\r\n%1\r\n$1\r\na\r\n,0.19\r\n:2039123\r\n", new IntegerReply(2039123)),
            new Case("*2\r\n|1\r\n+ttl\r\n:3\r\n$1\r\nv\r\n_\r\n", new ArrayReply(List.of(bulk("v"), NullReply.NULL))),
            new Case("%0\r\n", new MapReply(List.of())), new Case("~0\r\n", new SetReply(List.of())));

    @Test
    void everyTypeReadsAsItsValueWhole() throws IOException {
        for (Case each : CASES) {
            assertThat(reader(new ByteArrayInputStream(bytes(each.wire()))).read()).as(each.wire())
                .isEqualTo(each.expected());
        }
    }

    @Test
    void everyTypeReadsAsItsValueFedOneByteAtATime() throws IOException {
        StringBuilder all = new StringBuilder();
        List<RespReply> expected = new ArrayList<>();
        for (Case each : CASES) {
            all.append(each.wire());
            expected.add(each.expected());
        }
        ChunkedInputStream oneByte = new ChunkedInputStream(bytes(all.toString()), 1);
        RespReader reader = reader(oneByte);
        List<RespReply> read = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            read.add(reader.read());
        }
        assertThat(read).isEqualTo(expected);
        assertThat(oneByte.reads()).isGreaterThanOrEqualTo(all.length());
        assertThatExceptionOfType(EOFException.class).isThrownBy(reader::read);
    }

    @Test
    void everyTypeSplitAtEveryPointReadsTheSame() throws IOException {
        for (Case each : CASES) {
            byte[] wire = bytes(each.wire());
            for (int split = 1; split < wire.length; split++) {
                ChunkedInputStream twoPieces = new ChunkedInputStream(wire, split, wire.length);
                assertThat(reader(twoPieces).read()).as(each.wire() + " split at " + split).isEqualTo(each.expected());
            }
        }
    }

    @Test
    void verbatimStringKeepsItsFormatApartFromItsText() throws IOException {
        VerbatimString verbatim = (VerbatimString) read("=8\r\ntxt:a\r\nb\r\n");
        assertThat(verbatim.format()).isEqualTo("txt");
        assertThat(new String(verbatim.value(), StandardCharsets.UTF_8)).isEqualTo("a\r\nb");
    }

    @Test
    void pushTellsItsKind() throws IOException {
        assertThat(((PushReply) read(">2\r\n$10\r\ninvalidate\r\n_\r\n")).kind()).isEqualTo("invalidate");
        assertThat(((PushReply) read(">1\r\n+message\r\n")).kind()).isEqualTo("message");
        assertThat(((PushReply) read(">1\r\n:1\r\n")).kind()).isEmpty();
    }

    @Test
    void mapOfMapsUpToTheDepthLimitIsRead() throws IOException {
        assertThat(readSmall("%1\r\n+a\r\n%1\r\n+b\r\n:1\r\n")).isEqualTo(new MapReply(
                List.of(new SimpleString("a"), new MapReply(List.of(new SimpleString("b"), new IntegerReply(1))))));
    }

    // ---- hostile frames: each refused with a typed error that says where and why

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "%3\\r\\n| map at offset 0 claims 3 entries, more than the limit of 4 elements (max-array-length)",
            "~5\\r\\n| set at offset 0 claims 5 elements, more than the limit of 4 elements (max-array-length)",
            ">5\\r\\n| push at offset 0 claims 5 elements",
            "%9223372036854775807\\r\\n| claims 9223372036854775807 entries",
            "%-1\\r\\n| Expected a map length of 0 or more at offset 0 but got -1",
            "~-2\\r\\n| Expected a set length of 0 or more at offset 0 but got -2",
            "=11\\r\\n| The verbatim string at offset 0 claims 11 bytes, more than the limit of 10 (max-bulk-length)",
            "!11\\r\\n| The blob error at offset 0 claims 11 bytes, more than the limit of 10 (max-bulk-length)",
            "=-1\\r\\n| Expected a verbatim string length of 0 or more at offset 0 but got -1",
            ",12345678901234567\\r\\n| The line at offset 1 is longer than the limit of 16 bytes (max-line-length)" })
    void oversizedOrNegativeClaimsAreRefusedBeforeAnyAllocation(String wire, String message) {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> readSmall(unescape(wire)))
            .withMessageContaining(message.trim());
    }

    @ParameterizedTest
    @ValueSource(strings = { "%1\r\n+a\r\n%1\r\n+b\r\n%1\r\n", "~1\r\n~1\r\n~1\r\n", "*1\r\n%1\r\n+k\r\n~1\r\n",
            "|1\r\n+a\r\n|1\r\n+b\r\n%1\r\n" })
    void aggregatesNestedBeyondTheDepthLimitAreRefused(String wire) {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> readSmall(wire))
            .withMessageContaining("nests deeper than the limit of 2 levels (max-nesting-depth)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"',
            value = { ",Infinity\\r\\n| Expected a double at offset 0 but got 'Infinity'",
                    ",NaN\\r\\n| Expected a double at offset 0 but got 'NaN'",
                    ",0x1p3\\r\\n| Expected a double at offset 0 but got '0x1p3'",
                    ",1.0d\\r\\n| Expected a double at offset 0 but got '1.0d'",
                    ",\\r\\n| Expected a double at offset 0 but got ''",
                    ",1e\\r\\n| Expected a double at offset 0 but got '1e'",
                    "(12a\\r\\n| Expected a big number at offset 0 but got '12a'",
                    "(-\\r\\n| Expected a big number at offset 0 but got '-'",
                    "#x\\r\\n| Expected 't' or 'f' at offset 1 but got 'x' (0x78)",
                    "#tt\\r\\n| Expected CR at offset 2 but got 't' (0x74)",
                    "_x\\r\\n| Expected CR at offset 1 but got 'x' (0x78)",
                    "=3\\r\\ntxt\\r\\n| does not start with a three-letter format and ':'",
                    "=4\\r\\ntxt-\\r\\n| does not start with a three-letter format and ':'",
                    "*1\\r\\n>1\\r\\n:1\\r\\n| A push at offset 4 is nested inside another reply",
                    "$?\\r\\n| Expected a digit at offset 1 but got '?' (0x3F)",
                    ".\\r\\n| Expected a RESP type byte at offset 0 but got '.' (0x2E)" })
    void malformedFramesAreRefusedNamingTheOffset(String wire, String message) {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read(unescape(wire)))
            .withMessageContaining(message.trim());
    }

    @Test
    void aFrameCutShortIsAnEndOfStreamNotAValue() {
        for (Case each : CASES) {
            byte[] wire = bytes(each.wire());
            for (int cut = 0; cut < wire.length; cut++) {
                byte[] shortened = java.util.Arrays.copyOf(wire, cut);
                assertThatExceptionOfType(EOFException.class).as(each.wire() + " cut at " + cut)
                    .isThrownBy(() -> reader(new ByteArrayInputStream(shortened)).read());
            }
        }
    }

    /** CSV sources spell CR LF as the four characters {@code \\r\\n}. */
    private static String unescape(String wire) {
        return wire.replace("\\r\\n", "\r\n");
    }

    private static RespReply read(String wire) throws IOException {
        return reader(new ByteArrayInputStream(bytes(wire))).read();
    }

    private static RespReply readSmall(String wire) throws IOException {
        return new RespReader(new ByteArrayInputStream(bytes(wire)), SMALL_LIMITS).read();
    }

    private static RespReader reader(InputStream in) {
        return new RespReader(in, RespLimits.DEFAULTS);
    }

    private static BulkString bulk(String text) {
        return new BulkString(bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record Case(String wire, RespReply expected) {
    }

}
