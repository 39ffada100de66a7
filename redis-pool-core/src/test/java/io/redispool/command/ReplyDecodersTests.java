package io.redispool.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisAuthenticationException;
import io.redispool.RedisProtocolException;
import io.redispool.RedisServerException;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.BigNumberReply;
import io.redispool.protocol.RespReply.BooleanReply;
import io.redispool.protocol.RespReply.DoubleReply;
import io.redispool.protocol.RespReply.MapReply;
import io.redispool.protocol.RespReply.SetReply;
import io.redispool.protocol.RespReply.VerbatimString;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.ErrorReply;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.NullReply;
import io.redispool.protocol.RespReply.SimpleString;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReplyDecodersTests {

    private static final ReplyDecoder<String> STRING = ReplyDecoders
        .bulk((bytes) -> new String(bytes, StandardCharsets.UTF_8));

    // ---- each decoder on the reply it expects

    @Test
    void statusDecodesSimpleStringToItsText() {
        assertThat(ReplyDecoders.STATUS.decode(SimpleString.OK)).isEqualTo("OK");
        assertThat(ReplyDecoders.STATUS.decode(new SimpleString("QUEUED"))).isEqualTo("QUEUED");
    }

    @Test
    void integerDecodesIntegerReply() {
        assertThat(ReplyDecoders.INTEGER.decode(new IntegerReply(-7))).isEqualTo(-7L);
        assertThat(ReplyDecoders.INTEGER.decode(new IntegerReply(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void integerAsBooleanDecodesOneAsTrueAndZeroAsFalse() {
        assertThat(ReplyDecoders.INTEGER_AS_BOOLEAN.decode(new IntegerReply(1))).isTrue();
        assertThat(ReplyDecoders.INTEGER_AS_BOOLEAN.decode(new IntegerReply(0))).isFalse();
    }

    @Test
    void okOrNullDecodesOkAsTrue() {
        assertThat(ReplyDecoders.OK_OR_NULL.decode(SimpleString.OK)).isTrue();
        assertThat(ReplyDecoders.OK_OR_NULL.decode(new SimpleString("OK"))).isTrue();
    }

    @Test
    void okOrNullDecodesEitherNullAsFalse() {
        assertThat(ReplyDecoders.OK_OR_NULL.decode(NullReply.NULL_BULK)).isFalse();
        assertThat(ReplyDecoders.OK_OR_NULL.decode(NullReply.NULL_ARRAY)).isFalse();
    }

    @Test
    void okOrNullRejectsOtherStatus() {
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> ReplyDecoders.OK_OR_NULL.decode(new SimpleString("QUEUED")))
            .withMessage("Expected +OK or a null reply but got a status reply");
    }

    @ParameterizedTest
    @CsvSource({ "1.5, 1.5", "-2, -2", "0, 0", "inf, Infinity", "+inf, Infinity", "-inf, -Infinity", "1e3, 1000" })
    void doubleDecodesNumericBulkIncludingInfinities(String text, double expected) {
        assertThat(ReplyDecoders.DOUBLE.decode(bulk(text))).isEqualTo(expected);
    }

    @Test
    void doubleDecodesNullBulkAsNull() {
        assertThat(ReplyDecoders.DOUBLE.decode(NullReply.NULL_BULK)).isNull();
    }

    @Test
    void doubleRejectsNonNumericBulkQuotingIt() {
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> ReplyDecoders.DOUBLE.decode(bulk("abc")))
            .withMessage("Expected a number but got 'abc'");
    }

    @Test
    void bulkDecodesThroughFunctionAndNullAsNull() {
        assertThat(STRING.decode(bulk("h\u00e9"))).isEqualTo("h\u00e9");
        assertThat(STRING.decode(new BulkString(new byte[0]))).isEmpty();
        assertThat(STRING.decode(NullReply.NULL_BULK)).isNull();
    }

    @Test
    void listDecodesEachElementInOrderKeepingNulls() {
        List<String> values = ReplyDecoders.list(STRING).decode(array(bulk("a"), NullReply.NULL_BULK, bulk("c")));

        assertThat(values).containsExactly("a", null, "c");
    }

    @Test
    void listDecodesNullArrayAsNullAndEmptyArrayAsEmptyList() {
        assertThat(ReplyDecoders.list(STRING).decode(NullReply.NULL_ARRAY)).isNull();
        assertThat(ReplyDecoders.list(STRING).decode(array())).isEmpty();
    }

    @Test
    void listIsUnmodifiable() {
        List<String> values = ReplyDecoders.list(STRING).decode(array(bulk("a")));

        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> values.add("b"));
    }

    @Test
    void setDecodesElementsInServerOrderWithoutDuplicates() {
        Set<String> values = ReplyDecoders.set(STRING).decode(array(bulk("b"), bulk("a"), bulk("b")));

        assertThat(values).containsExactly("b", "a");
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> values.add("c"));
    }

    @Test
    void setDecodesNullArrayAsEmptySet() {
        assertThat(ReplyDecoders.set(STRING).decode(NullReply.NULL_ARRAY)).isEmpty();
    }

    @Test
    void mapDecodesAlternatingKeysAndValuesInOrder() {
        Map<String, String> map = ReplyDecoders.map(STRING, STRING)
            .decode(array(bulk("z"), bulk("1"), bulk("a"), bulk("2")));

        assertThat(map).containsExactly(Map.entry("z", "1"), Map.entry("a", "2"));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> map.put("x", "y"));
    }

    @Test
    void mapDecodesEmptyAndNullArraysAsEmptyMap() {
        assertThat(ReplyDecoders.map(STRING, STRING).decode(array())).isEmpty();
        assertThat(ReplyDecoders.map(STRING, STRING).decode(NullReply.NULL_ARRAY)).isEmpty();
    }

    @Test
    void mapRejectsOddElementCount() {
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> ReplyDecoders.map(STRING, STRING).decode(array(bulk("k"), bulk("v"), bulk("orphan"))))
            .withMessage("Expected an even number of elements (key, value pairs) but got 3");
    }

    // ---- each decoder on an unexpected reply

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("decodersOnUnexpectedReplies")
    void decoderRejectsUnexpectedReplyType(String name, RespReply reply, ReplyDecoder<?> decoder, String expected) {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> decoder.decode(reply))
            .withMessageStartingWith("Expected " + expected + " but got ");
    }

    static Stream<Arguments> decodersOnUnexpectedReplies() {
        return Stream.of(unexpected("STATUS", bulk("OK"), ReplyDecoders.STATUS, "a status reply"),
                unexpected("STATUS", new IntegerReply(1), ReplyDecoders.STATUS, "a status reply"),
                unexpected("STATUS", NullReply.NULL_BULK, ReplyDecoders.STATUS, "a status reply"),
                unexpected("INTEGER", bulk("1"), ReplyDecoders.INTEGER, "an integer reply"),
                unexpected("INTEGER", SimpleString.OK, ReplyDecoders.INTEGER, "an integer reply"),
                unexpected("INTEGER", NullReply.NULL_BULK, ReplyDecoders.INTEGER, "an integer reply"),
                unexpected("INTEGER_AS_BOOLEAN", bulk("1"), ReplyDecoders.INTEGER_AS_BOOLEAN, "an integer reply"),
                unexpected("OK_OR_NULL", new IntegerReply(1), ReplyDecoders.OK_OR_NULL, "+OK or a null reply"),
                unexpected("OK_OR_NULL", bulk("OK"), ReplyDecoders.OK_OR_NULL, "+OK or a null reply"),
                unexpected("DOUBLE", new IntegerReply(1), ReplyDecoders.DOUBLE, "a bulk string"),
                unexpected("bulk", new IntegerReply(1), STRING, "a bulk string"),
                unexpected("bulk", array(bulk("a")), STRING, "a bulk string"),
                unexpected("bulk", SimpleString.OK, STRING, "a bulk string"),
                unexpected("list", bulk("a"), ReplyDecoders.list(STRING), "an array"),
                unexpected("list element", array(new IntegerReply(1)), ReplyDecoders.list(STRING), "a bulk string"),
                unexpected("set", new IntegerReply(0), ReplyDecoders.set(STRING), "an array"),
                unexpected("map", bulk("a"), ReplyDecoders.map(STRING, STRING), "an array"), unexpected("map value",
                        array(bulk("k"), new IntegerReply(1)), ReplyDecoders.map(STRING, STRING), "a bulk string"));
    }

    // ---- RESP3 shapes decode to the values of their RESP2 counterparts

    @Test
    void everySpellingOfNullDecodesAsNull() {
        for (NullReply none : NullReply.values()) {
            assertThat(STRING.decode(none)).isNull();
            assertThat(ReplyDecoders.DOUBLE.decode(none)).isNull();
            assertThat(ReplyDecoders.list(STRING).decode(none)).isNull();
            assertThat(ReplyDecoders.map(STRING, STRING).decode(none)).isEmpty();
        }
    }

    @Test
    void resp3MapSetDoubleAndBooleanDecodeAsTheirResp2Counterparts() {
        assertThat(ReplyDecoders.map(STRING, STRING).decode(new MapReply(List.of(bulk("z"), bulk("1")))))
            .isEqualTo(ReplyDecoders.map(STRING, STRING).decode(array(bulk("z"), bulk("1"))));
        assertThat(ReplyDecoders.set(STRING).decode(new SetReply(List.of(bulk("a"), bulk("b"))))).containsExactly("a",
                "b");
        assertThat(ReplyDecoders.DOUBLE.decode(new DoubleReply(1.5))).isEqualTo(1.5);
        assertThat(ReplyDecoders.INTEGER_AS_BOOLEAN.decode(BooleanReply.TRUE)).isTrue();
        assertThat(ReplyDecoders.INTEGER_AS_BOOLEAN.decode(BooleanReply.FALSE)).isFalse();
        assertThat(STRING.decode(new VerbatimString("txt", "info".getBytes(StandardCharsets.UTF_8)))).isEqualTo("info");
    }

    @Test
    void pairsNestedAsTwoElementArraysDecodeAsTheFlatResp2Pairs() {
        RespReply flat = array(bulk("a"), bulk("1"), bulk("b"), bulk("2.5"));
        RespReply nested = array(array(bulk("a"), new DoubleReply(1)), array(bulk("b"), new DoubleReply(2.5)));
        assertThat(ReplyDecoders.scoredValues(STRING).decode(nested))
            .isEqualTo(ReplyDecoders.scoredValues(STRING).decode(flat));
        assertThat(ReplyDecoders.map(STRING, STRING).decode(array(array(bulk("k"), bulk("v")))))
            .containsExactly(Map.entry("k", "v"));
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> ReplyDecoders.map(STRING, STRING).decode(array(array(bulk("k")))))
            .withMessage("Expected pairs as two-element arrays but got an array of 1 elements");
    }

    @Test
    void doublesAreWrittenAsRedisWritesThem() {
        assertThat(ReplyDecoders.formatDouble(3)).isEqualTo("3");
        assertThat(ReplyDecoders.formatDouble(-2.5)).isEqualTo("-2.5");
        assertThat(ReplyDecoders.formatDouble(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(ReplyDecoders.formatDouble(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(ReplyDecoders.formatDouble(Double.NaN)).isEqualTo("nan");
    }

    @Test
    void genericDecodesResp3TypesAsTheirJavaCounterparts() {
        ReplyDecoder<Object> generic = ReplyDecoders.generic(StandardCharsets.UTF_8);
        assertThat(generic.decode(new MapReply(List.of(bulk("k"), new IntegerReply(1))))).isEqualTo(Map.of("k", 1L));
        assertThat(generic.decode(new SetReply(List.of(bulk("a"))))).isEqualTo(Set.of("a"));
        assertThat(generic.decode(new DoubleReply(0.5))).isEqualTo(0.5);
        assertThat(generic.decode(BooleanReply.TRUE)).isEqualTo(true);
        assertThat(generic.decode(new BigNumberReply(java.math.BigInteger.TEN.pow(30))))
            .isEqualTo(java.math.BigInteger.TEN.pow(30));
        assertThat(generic.decode(new VerbatimString("txt", "x".getBytes(StandardCharsets.UTF_8)))).isEqualTo("x");
        assertThat(generic.decode(NullReply.NULL)).isNull();
    }

    private static Arguments unexpected(String name, RespReply reply, ReplyDecoder<?> decoder, String expected) {
        return Arguments.of(name, reply, decoder, expected);
    }

    @Test
    void unexpectedReplyMessageNamesTheTypeButNotTheContent() {
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> ReplyDecoders.INTEGER.decode(bulk("12")))
            .withMessage("Expected an integer reply but got a bulk string of 2 bytes");
    }

    // ---- generic decoding

    @Test
    void genericDecodesEveryTypeToPlainJavaValues() {
        ReplyDecoder<Object> generic = ReplyDecoders.generic(StandardCharsets.UTF_8);

        assertThat(generic.decode(SimpleString.OK)).isEqualTo("OK");
        assertThat(generic.decode(new IntegerReply(42))).isEqualTo(42L);
        assertThat(generic.decode(bulk("\u00e9t\u00e9"))).isEqualTo("\u00e9t\u00e9");
        assertThat(generic.decode(NullReply.NULL_BULK)).isNull();
        assertThat(generic.decode(NullReply.NULL_ARRAY)).isNull();
        assertThat(generic.decode(array())).isEqualTo(List.of());
    }

    @Test
    void genericDecodesNestedArraysWithNestedErrorAsExceptionInPlace() {
        RespReply reply = array(bulk("a"),
                array(new IntegerReply(1),
                        array(new ErrorReply("WRONGTYPE Operation against a key"), NullReply.NULL_BULK)),
                SimpleString.OK);

        Object decoded = ReplyDecoders.generic(StandardCharsets.UTF_8).decode(reply);

        assertThat(decoded).isInstanceOf(List.class);
        List<?> top = (List<?>) decoded;
        assertThat(top).hasSize(3);
        assertThat(top.get(0)).isEqualTo("a");
        assertThat(top.get(2)).isEqualTo("OK");
        List<?> middle = (List<?>) top.get(1);
        assertThat(middle.get(0)).isEqualTo(1L);
        List<?> inner = (List<?>) middle.get(1);
        assertThat(inner.get(0)).isInstanceOf(RedisServerException.class);
        RedisServerException error = (RedisServerException) inner.get(0);
        assertThat(error).hasMessage("WRONGTYPE Operation against a key");
        assertThat(error.errorCode()).isEqualTo("WRONGTYPE");
        assertThat(inner.get(1)).isNull();
    }

    @Test
    void genericDecodesNestedAuthenticationErrorAsItsType() {
        List<?> decoded = (List<?>) ReplyDecoders.generic(StandardCharsets.UTF_8)
            .decode(array(new ErrorReply("NOAUTH Authentication required.")));

        assertThat(decoded.get(0)).isInstanceOf(RedisAuthenticationException.class);
    }

    @Test
    void genericDecodesBulkInTheGivenCharset() {
        Object decoded = ReplyDecoders.generic(StandardCharsets.ISO_8859_1)
            .decode(new BulkString(new byte[] { (byte) 0xE9 }));

        assertThat(decoded).isEqualTo("\u00e9");
    }

    @Test
    void genericListsAreUnmodifiable() {
        List<?> decoded = (List<?>) ReplyDecoders.generic(StandardCharsets.UTF_8).decode(array(bulk("a")));

        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(decoded::clear);
    }

    @Test
    void genericBinaryKeepsBulkAsBytes() {
        byte[] raw = { 0, (byte) 0xFF, '\r', '\n' };

        Object decoded = ReplyDecoders.genericBinary()
            .decode(array(new BulkString(raw), SimpleString.OK, new IntegerReply(3), array(new BulkString(raw))));

        List<?> list = (List<?>) decoded;
        assertThat(list.get(0)).isInstanceOf(byte[].class);
        assertThat((byte[]) list.get(0)).isEqualTo(raw);
        assertThat(list.get(1)).isEqualTo("OK");
        assertThat(list.get(2)).isEqualTo(3L);
        assertThat((byte[]) ((List<?>) list.get(3)).get(0)).isEqualTo(raw);
    }

    // ---- server exceptions

    @Test
    void serverExceptionOfWrongpassIsAuthenticationException() {
        RedisServerException ex = RedisServerException
            .of("WRONGPASS invalid username-password pair or user is disabled.");

        assertThat(ex).isInstanceOf(RedisAuthenticationException.class)
            .hasMessage("WRONGPASS invalid username-password pair or user is disabled.");
        assertThat(ex.errorCode()).isEqualTo("WRONGPASS");
    }

    @Test
    void serverExceptionOfNoauthIsAuthenticationException() {
        RedisServerException ex = RedisServerException.of("NOAUTH Authentication required.");

        assertThat(ex).isInstanceOf(RedisAuthenticationException.class);
        assertThat(ex.errorCode()).isEqualTo("NOAUTH");
    }

    @ParameterizedTest
    @CsvSource({ "ERR unknown command 'FOO', ERR", "WRONGTYPE Operation against a key, WRONGTYPE",
            "MOVED 3999 127.0.0.1:6381, MOVED", "BUSY Redis is busy running a script., BUSY", "NOSCRIPT, NOSCRIPT",
            "WRONGPASSWORD-LIKE text, WRONGPASSWORD-LIKE" })
    void serverExceptionOfOtherErrorIsPlainServerExceptionWithFirstWordAsCode(String message, String code) {
        RedisServerException ex = RedisServerException.of(message);

        assertThat(ex).isNotInstanceOf(RedisAuthenticationException.class).hasMessage(message);
        assertThat(ex.errorCode()).isEqualTo(code);
    }

    @Test
    void serverExceptionKeepsCodeOfServerMessageWhenMessageDiffers() {
        RedisServerException ex = new RedisServerException("GET failed: ERR boom", "ERR boom");

        assertThat(ex).hasMessage("GET failed: ERR boom");
        assertThat(ex.errorCode()).isEqualTo("ERR");
    }

    private static BulkString bulk(String text) {
        return new BulkString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ArrayReply array(RespReply... elements) {
        return new ArrayReply(Arrays.asList(elements));
    }

}
