package io.redispool.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redispool.RedisProtocolException;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.ErrorReply;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.NullReply;
import io.redispool.protocol.RespReply.SimpleString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RespReaderTests {

    /** Small limits so that each can be hit with a few bytes. */
    private static final RespLimits SMALL_LIMITS = new RespLimits(10, 3, 2, 16);

    // ---- every RESP2 type

    @Test
    void readReturnsSimpleString() throws IOException {
        assertThat(read("+hello world\r\n")).isEqualTo(new SimpleString("hello world"));
    }

    @Test
    void readReturnsSharedInstancesForOkAndPong() throws IOException {
        assertThat(read("+OK\r\n")).isSameAs(SimpleString.OK);
        assertThat(read("+PONG\r\n")).isSameAs(SimpleString.PONG);
    }

    @Test
    void readReturnsEmptySimpleString() throws IOException {
        assertThat(read("+\r\n")).isEqualTo(new SimpleString(""));
    }

    @Test
    void readReturnsSimpleStringDecodedAsUtf8() throws IOException {
        assertThat(read("+gr\u00fc\u00dfe \u2603\r\n")).isEqualTo(new SimpleString("gr\u00fc\u00dfe \u2603"));
    }

    @Test
    void readReturnsErrorReplyWithoutItsDash() throws IOException {
        assertThat(read("-ERR unknown command 'foo'\r\n")).isEqualTo(new ErrorReply("ERR unknown command 'foo'"));
    }

    @ParameterizedTest
    @CsvSource({ ":0, 0", ":42, 42", ":-1, -1", ":-42, -42", ":007, 7", ":-0, 0",
            ":9223372036854775807, 9223372036854775807", ":-9223372036854775808, -9223372036854775808" })
    void readReturnsIntegerIncludingNegativeAndLongExtremes(String wire, long expected) throws IOException {
        assertThat(read(wire + "\r\n")).isEqualTo(new IntegerReply(expected));
    }

    @Test
    void readReturnsBulkString() throws IOException {
        assertThat(read("$5\r\nhello\r\n")).isEqualTo(bulk("hello"));
    }

    @Test
    void readReturnsEmptyBulkString() throws IOException {
        RespReply reply = read("$0\r\n\r\n");
        assertThat(reply).isInstanceOf(BulkString.class);
        assertThat(((BulkString) reply).value()).isEmpty();
    }

    @Test
    void readReturnsNullBulkForMinusOneLength() throws IOException {
        assertThat(read("$-1\r\n")).isSameAs(NullReply.NULL_BULK);
    }

    @Test
    void readReturnsArrayOfMixedElements() throws IOException {
        assertThat(read("*3\r\n$3\r\nfoo\r\n:7\r\n+OK\r\n"))
            .isEqualTo(array(bulk("foo"), new IntegerReply(7), SimpleString.OK));
    }

    @Test
    void readReturnsEmptyArray() throws IOException {
        assertThat(read("*0\r\n")).isEqualTo(new ArrayReply(List.of()));
    }

    @Test
    void readReturnsNullArrayForMinusOneCount() throws IOException {
        assertThat(read("*-1\r\n")).isSameAs(NullReply.NULL_ARRAY);
    }

    @Test
    void readReturnsNestedArrays() throws IOException {
        assertThat(read("*3\r\n*2\r\n:1\r\n:2\r\n*1\r\n*0\r\n$1\r\nx\r\n"))
            .isEqualTo(array(array(new IntegerReply(1), new IntegerReply(2)), array(array()), bulk("x")));
    }

    @Test
    void readReturnsArrayContainingNullsAndErrorsInPlace() throws IOException {
        assertThat(read("*5\r\n$-1\r\n-WRONGTYPE nope\r\n*-1\r\n:3\r\n-ERR later\r\n"))
            .isEqualTo(array(NullReply.NULL_BULK, new ErrorReply("WRONGTYPE nope"), NullReply.NULL_ARRAY,
                    new IntegerReply(3), new ErrorReply("ERR later")));
    }

    @Test
    void readReturnsArrayWhoseElementsCannotBeModified() throws IOException {
        ArrayReply reply = (ArrayReply) read("*1\r\n:1\r\n");
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> reply.elements().add(SimpleString.OK));
    }

    @Test
    void readReturnsBinaryBulkContainingCrLfAndRespFragmentsExactly() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (int b = 0; b < 256; b++) {
            content.write(b);
        }
        content.writeBytes(ascii("\r\n*1\r\n$-1\r\n+OK\r\n-ERR\r\n:5\r\n\r\n\r"));
        byte[] value = content.toByteArray();
        byte[] wire = concat(ascii("$" + value.length + "\r\n"), value, ascii("\r\n:1\r\n"));

        RespReader reader = reader(new ByteArrayInputStream(wire));

        assertThat(((BulkString) reader.read()).value()).isEqualTo(value);
        assertThat(reader.read()).isEqualTo(new IntegerReply(1));
    }

    // ---- fragmented streams

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3 })
    void readReassemblesEveryTypeSplitIntoReadsOfFewBytes(int chunkSize) throws IOException {
        RespReader reader = reader(new ChunkedInputStream(ascii(EVERY_TYPE), chunkSize));

        assertThat(readAll(reader, EVERY_TYPE_REPLIES.size())).isEqualTo(EVERY_TYPE_REPLIES);
    }

    @Test
    void readReassemblesEveryTypeSplitIntoReadsOfOneToThreeBytes() throws IOException {
        RespReader reader = reader(ChunkedInputStream.oneToThreeBytes(ascii(EVERY_TYPE)));

        assertThat(readAll(reader, EVERY_TYPE_REPLIES.size())).isEqualTo(EVERY_TYPE_REPLIES);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3 })
    void readReassembles100KbBulkSplitIntoReadsOfFewBytes(int chunkSize) throws IOException {
        byte[] value = pattern(100 * 1024);
        RespReader reader = reader(new ChunkedInputStream(bulkWire(value), chunkSize));

        assertThat(((BulkString) reader.read()).value()).isEqualTo(value);
    }

    @Test
    void readReassembles2MbBulkSplitIntoReadsOfOneToThreeBytes() throws IOException {
        byte[] value = pattern(2 * 1024 * 1024);
        RespReader reader = reader(ChunkedInputStream.oneToThreeBytes(concat(bulkWire(value), ascii("+OK\r\n"))));

        assertThat(((BulkString) reader.read()).value()).isEqualTo(value);
        assertThat(reader.read()).isSameAs(SimpleString.OK);
    }

    @Test
    void readReturns2MbBulkArrivingInOneRead() throws IOException {
        byte[] value = pattern(2 * 1024 * 1024 + 7);
        RespReader reader = reader(new ByteArrayInputStream(concat(bulkWire(value), ascii(":9\r\n"))));

        assertThat(((BulkString) reader.read()).value()).isEqualTo(value);
        assertThat(reader.read()).isEqualTo(new IntegerReply(9));
    }

    @Test
    void readReassemblesNestedArraysHoldingLargeBulksSplitIntoReadsOfOneToThreeBytes() throws IOException {
        byte[] first = pattern(100 * 1024);
        byte[] second = pattern(9000);
        byte[] wire = concat(ascii("*3\r\n*2\r\n"), bulkWire(first), ascii("$-1\r\n*1\r\n"), bulkWire(second),
                ascii("-ERR inner\r\n"));
        RespReader reader = reader(ChunkedInputStream.oneToThreeBytes(wire));

        assertThat(reader.read()).isEqualTo(array(array(new BulkString(first), NullReply.NULL_BULK),
                array(new BulkString(second)), new ErrorReply("ERR inner")));
    }

    @Test
    void readReturnsBackToBackRepliesInOrder() throws IOException {
        byte[] big = pattern(20_000);
        byte[] wire = concat(ascii("+OK\r\n:1\r\n$3\r\ntwo\r\n"), bulkWire(big),
                ascii("*1\r\n:3\r\n-ERR four\r\n$-1\r\n"));
        RespReader reader = reader(new ByteArrayInputStream(wire));

        assertThat(readAll(reader, 7)).containsExactly(SimpleString.OK, new IntegerReply(1), bulk("two"),
                new BulkString(big), array(new IntegerReply(3)), new ErrorReply("ERR four"), NullReply.NULL_BULK);
        assertThatExceptionOfType(EOFException.class).isThrownBy(reader::read);
    }

    @Test
    void readSkipsReadsThatReturnZeroBytes() throws IOException {
        InputStream stream = new ChunkedInputStream(ascii("$5\r\nhello\r\n"), 0, 1);

        assertThat(reader(stream).read()).isEqualTo(bulk("hello"));
    }

    // ---- end of stream

    @Test
    void readThrowsEofOnEmptyStream() {
        assertThatExceptionOfType(EOFException.class).isThrownBy(() -> read("")).withMessageContaining("offset 0");
    }

    @ParameterizedTest
    @ValueSource(strings = { "+OK", "+OK\r", "-ERR", ":12", ":12\r", ":-", "$", "$5", "$5\r", "$5\r\n", "$5\r\nhel",
            "$5\r\nhello", "$5\r\nhello\r", "*", "*2\r\n", "*2\r\n:1\r\n", "*2\r\n*1\r\n", "*1\r\n$3\r\nab" })
    void readThrowsEofWhenStreamEndsMidReply(String truncated) {
        assertThatExceptionOfType(EOFException.class).isThrownBy(() -> read(truncated));
    }

    @Test
    void readThrowsEofAtEveryCutOfACompoundReply() {
        byte[] wire = ascii("*4\r\n$5\r\nhello\r\n:-12\r\n*2\r\n+OK\r\n$-1\r\n-ERR no\r\n");
        for (int cut = 0; cut < wire.length; cut++) {
            byte[] truncated = Arrays.copyOf(wire, cut);
            assertThatExceptionOfType(EOFException.class).as("cut at %d", cut)
                .isThrownBy(() -> reader(ChunkedInputStream.oneToThreeBytes(truncated)).read());
        }
    }

    @Test
    void readNamesStreamOffsetWhereEofHappened() {
        assertThatExceptionOfType(EOFException.class).isThrownBy(() -> read("$5\r\nhel"))
            .withMessageContaining("offset 7");
    }

    @Test
    void readThrowsEofForHugeDeclaredBulkWithoutAllocatingItsLength() {
        byte[] wire = concat(ascii("$536870912\r\n"), pattern(10));

        long allocated = allocatedBytesDuring(() -> assertThatExceptionOfType(EOFException.class)
            .isThrownBy(() -> reader(new ByteArrayInputStream(wire)).read()));

        assertThat(allocated).as("bytes allocated for a 512 MB claim backed by 10 bytes").isLessThan(32L * 1024 * 1024);
    }

    @Test
    void readThrowsEofForHugeDeclaredArrayWithoutAllocatingItsLength() {
        byte[] wire = ascii("*" + RespLimits.DEFAULT_MAX_ARRAY_LENGTH + "\r\n:1\r\n:2\r\n");

        long allocated = allocatedBytesDuring(() -> assertThatExceptionOfType(EOFException.class)
            .isThrownBy(() -> reader(new ByteArrayInputStream(wire)).read()));

        assertThat(allocated).as("bytes allocated for a 2^27-element claim backed by two elements")
            .isLessThan(32L * 1024 * 1024);
    }

    @Test
    void readThrowsEofForHugeDeclaredBulkArrivingInSmallReads() {
        byte[] wire = concat(ascii("$536870912\r\n"), pattern(10));

        assertThatExceptionOfType(EOFException.class)
            .isThrownBy(() -> reader(ChunkedInputStream.oneToThreeBytes(wire)).read());
    }

    // ---- malformed input

    @Test
    void readRejectsUnknownTypeByteNamingOffsetExpectationAndByte() {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read("A5\r\n"))
            .withMessageContaining("offset 0")
            .withMessageContaining("RESP type byte")
            .withMessageContaining("'A' (0x41)");
    }

    @Test
    void readRejectsUnknownTypeByteAfterValidReplyAtItsStreamOffset() throws IOException {
        RespReader reader = reader(new ByteArrayInputStream(ascii("+OK\r\n\u0007")));
        reader.read();

        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(reader::read)
            .withMessage("Expected a RESP type byte at offset 5 but got 0x07");
    }

    @Test
    void readRejectsCrNotFollowedByLf() {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read("+OK\rX\n"))
            .withMessage("Expected LF at offset 4 but got 'X' (0x58)");
    }

    @Test
    void readRejectsLengthLineWithCrNotFollowedByLf() {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read("$3\r\rabc\r\n"))
            .withMessage("Expected LF at offset 3 but got 0x0D");
    }

    @Test
    void readRejectsBulkWhoseDataIsNotFollowedByCrLf() {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read("$3\r\nabcd\r\n"))
            .withMessage("Expected CR at offset 7 but got 'd' (0x64)");
    }

    @Test
    void readRejectsNonDigitInLength() {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read("$1x\r\nab\r\n"))
            .withMessage("Expected a digit or CR at offset 2 but got 'x' (0x78)");
    }

    @ParameterizedTest
    @MethodSource("repliesWithoutDigits")
    void readRejectsLengthOrIntegerWithoutDigits(String wire, int offset) {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read(wire))
            .withMessageStartingWith("Expected a digit at offset " + offset + " but got ");
    }

    static Stream<Arguments> repliesWithoutDigits() {
        return Stream.of(Arguments.of("$x\r\n", 1), Arguments.of("*\r\n", 1), Arguments.of(":+5\r\n", 1),
                Arguments.of("$-x\r\n", 2), Arguments.of(": 1\r\n", 1), Arguments.of(":\r\n", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "$-2\r\n", "*-2\r\n", "$-9223372036854775808\r\n" })
    void readRejectsLengthBelowMinusOne(String wire) {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read(wire))
            .withMessageContaining("length of -1 or more at offset 0")
            .withMessageContaining("but got -");
    }

    @ParameterizedTest
    @ValueSource(strings = { ":99999999999999999999\r\n", ":9223372036854775808\r\n", ":-9223372036854775809\r\n",
            "$99999999999999999999\r\n" })
    void readRejectsIntegerThatOverflowsLong(String wire) {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read(wire))
            .withMessage("The integer at offset 1 does not fit in 64 bits");
    }

    @Test
    void readRejectsBulkLengthOfTwoToThe32InsteadOfWrappingToZero() {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read("$4294967296\r\n"))
            .withMessage("The bulk string at offset 0 claims 4294967296 bytes, more than the limit of "
                    + RespLimits.DEFAULT_MAX_BULK_LENGTH + " (max-bulk-length)");
    }

    @Test
    void readRejectsArrayOf4294967295ElementsBeforeReadingAnyElement() {
        // Only the prefix is in the stream: reaching for an element would be an
        // EOFException.
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read("*4294967295\r\n"))
            .withMessage("The array at offset 0 claims 4294967295 elements, more than the limit of "
                    + RespLimits.DEFAULT_MAX_ARRAY_LENGTH + " (max-array-length)");
    }

    @Test
    void readRejectsBulkLengthAboveConfiguredLimit() {
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> read("$11\r\nhello world\r\n", SMALL_LIMITS))
            .withMessage(
                    "The bulk string at offset 0 claims 11 bytes, more than the limit of 10 " + "(max-bulk-length)");
    }

    @Test
    void readAcceptsBulkLengthAtConfiguredLimit() throws IOException {
        assertThat(read("$10\r\nhelloworld\r\n", SMALL_LIMITS)).isEqualTo(bulk("helloworld"));
    }

    @Test
    void readRejectsArrayLengthAboveConfiguredLimit() {
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> read(":0\r\n*4\r\n:1\r\n:2\r\n:3\r\n:4\r\n", SMALL_LIMITS, 2))
            .withMessage("The array at offset 4 claims 4 elements, more than the limit of 3 (max-array-length)");
    }

    @Test
    void readAcceptsArrayLengthAtConfiguredLimit() throws IOException {
        assertThat(read("*3\r\n:1\r\n:2\r\n:3\r\n", SMALL_LIMITS))
            .isEqualTo(array(new IntegerReply(1), new IntegerReply(2), new IntegerReply(3)));
    }

    @Test
    void readRejectsArraysNestedDeeperThanConfiguredLimit() {
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> read("*1\r\n*1\r\n*1\r\n:1\r\n", SMALL_LIMITS))
            .withMessage("Array at offset 8 nests deeper than the limit of 2 levels (max-nesting-depth)");
    }

    @Test
    void readAcceptsArraysNestedToConfiguredLimit() throws IOException {
        assertThat(read("*1\r\n*2\r\n:1\r\n*-1\r\n", SMALL_LIMITS))
            .isEqualTo(array(array(new IntegerReply(1), NullReply.NULL_ARRAY)));
    }

    @Test
    void readRejectsNestingDeeperThanDefaultLimit() throws IOException {
        String tooDeep = "*1\r\n".repeat(RespLimits.DEFAULT_MAX_NESTING_DEPTH + 1) + ":1\r\n";
        String deepest = "*1\r\n".repeat(RespLimits.DEFAULT_MAX_NESTING_DEPTH) + ":1\r\n";

        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read(tooDeep))
            .withMessageContaining("max-nesting-depth");
        assertThat(read(deepest)).isInstanceOf(ArrayReply.class);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 2, 3 })
    void readRejectsSimpleStringLongerThanConfiguredLineLimit(int chunkSize) {
        byte[] wire = ascii("+" + "a".repeat(17) + "\r\n");
        InputStream stream = (chunkSize == 0) ? new ByteArrayInputStream(wire)
                : new ChunkedInputStream(wire, chunkSize);

        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> new RespReader(stream, SMALL_LIMITS).read())
            .withMessage("The line at offset 1 is longer than the limit of 16 bytes (max-line-length)");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 3 })
    void readAcceptsSimpleStringAtConfiguredLineLimit(int chunkSize) throws IOException {
        byte[] wire = ascii("+" + "a".repeat(16) + "\r\n");
        InputStream stream = (chunkSize == 0) ? new ByteArrayInputStream(wire)
                : new ChunkedInputStream(wire, chunkSize);

        assertThat(new RespReader(stream, SMALL_LIMITS).read()).isEqualTo(new SimpleString("a".repeat(16)));
    }

    @Test
    void readRejectsErrorLineLongerThanConfiguredLineLimit() {
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> read("-ERR " + "x".repeat(20) + "\r\n", SMALL_LIMITS))
            .withMessageContaining("max-line-length");
    }

    @Test
    void readRejectsEndlessLineWithoutWaitingForItsEnd() {
        // No CR ever comes: the limit, not the end of the stream, must stop the read.
        byte[] wire = concat(ascii("+"), pattern(RespLimits.DEFAULT_MAX_LINE_LENGTH + 100, 'a'));

        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(() -> reader(new ByteArrayInputStream(wire)).read())
            .withMessage("The line at offset 1 is longer than the limit of " + RespLimits.DEFAULT_MAX_LINE_LENGTH
                    + " bytes (max-line-length)");
    }

    @Test
    void readAcceptsSimpleStringSpanningSeveralBuffers() throws IOException {
        String line = "s".repeat(20_000);

        assertThat(read("+" + line + "\r\n")).isEqualTo(new SimpleString(line));
    }

    @Test
    void readReportsStreamOffsetsCorrectlyAfterLargeBulkBypassedTheBuffer() throws IOException {
        byte[] value = pattern(50_000);
        byte[] head = concat(bulkWire(value), ascii("+OK\r\n"));
        RespReader reader = reader(new ByteArrayInputStream(concat(head, ascii("?"))));
        reader.read();
        reader.read();

        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(reader::read)
            .withMessageContaining("at offset " + head.length + " but got '?'");
    }

    @Test
    void readReportsStreamOffsetsCorrectlyAfterLargeBulkArrivingInSmallReads() throws IOException {
        byte[] value = pattern(50_000);
        byte[] head = concat(bulkWire(value), ascii(":1\r\n"));
        RespReader reader = reader(ChunkedInputStream.oneToThreeBytes(concat(head, ascii("?"))));
        reader.read();
        reader.read();

        Throwable thrown = catchThrowable(reader::read);

        assertThat(thrown).isInstanceOf(RedisProtocolException.class)
            .hasMessageContaining("at offset " + head.length + " but got '?'");
    }

    @Test
    void respLimitsRejectValuesBelowTheirMinimumNamingTheProperty() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new RespLimits(0, 1, 1, 16))
            .withMessage("'limits.max-bulk-length' must be at least 1 but was 0");
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new RespLimits(1, 0, 1, 16))
            .withMessage("'limits.max-array-length' must be at least 1 but was 0");
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new RespLimits(1, 1, 0, 16))
            .withMessage("'limits.max-nesting-depth' must be at least 1 but was 0");
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new RespLimits(1, 1, 1, 15))
            .withMessage("'limits.max-line-length' must be at least 16 but was 15");
    }

    // ---- fixtures

    @Test
    void readRejectsLoneLineFeedInsideSimpleStringOrError() {
        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> read("+a\nb\r\n"))
            .withMessage("Expected CR before LF at offset 2 but got 0x0A");
        assertThatExceptionOfType(RedisProtocolException.class)
            .isThrownBy(
                    () -> new RespReader(new ChunkedInputStream(ascii("-ERR x\ny\r\n"), 1), RespLimits.DEFAULTS).read())
            .withMessage("Expected CR before LF at offset 6 but got 0x0A");
    }

    private static final String EVERY_TYPE = "+OK\r\n-ERR bad\r\n:-9223372036854775808\r\n:42\r\n$5\r\nhe\r\no\r\n"
            + "$0\r\n\r\n$-1\r\n*0\r\n*-1\r\n*3\r\n*2\r\n$1\r\na\r\n$-1\r\n-ERR in\r\n*0\r\n+PONG\r\n";

    private static final List<RespReply> EVERY_TYPE_REPLIES = List.of(SimpleString.OK, new ErrorReply("ERR bad"),
            new IntegerReply(Long.MIN_VALUE), new IntegerReply(42), bulk("he\r\no"), bulk(""), NullReply.NULL_BULK,
            array(), NullReply.NULL_ARRAY,
            array(array(bulk("a"), NullReply.NULL_BULK), new ErrorReply("ERR in"), array()), SimpleString.PONG);

    private static RespReply read(String wire) throws IOException {
        return read(wire, RespLimits.DEFAULTS);
    }

    private static RespReply read(String wire, RespLimits limits) throws IOException {
        return new RespReader(new ByteArrayInputStream(ascii(wire)), limits).read();
    }

    /** Reads {@code count} replies and returns the last. */
    private static RespReply read(String wire, RespLimits limits, int count) throws IOException {
        RespReader reader = new RespReader(new ByteArrayInputStream(ascii(wire)), limits);
        RespReply last = null;
        for (int i = 0; i < count; i++) {
            last = reader.read();
        }
        return last;
    }

    private static RespReader reader(InputStream in) {
        return new RespReader(in, RespLimits.DEFAULTS);
    }

    private static List<RespReply> readAll(RespReader reader, int count) throws IOException {
        List<RespReply> replies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            replies.add(reader.read());
        }
        return replies;
    }

    private static BulkString bulk(String value) {
        return new BulkString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static ArrayReply array(RespReply... elements) {
        return new ArrayReply(List.of(elements));
    }

    private static byte[] bulkWire(byte[] value) {
        return concat(ascii("$" + value.length + "\r\n"), value, ascii("\r\n"));
    }

    /**
     * Bytes of every value, CR and LF among them, in a pattern that reveals shifted or
     * lost bytes.
     */
    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + i / 251);
        }
        return bytes;
    }

    private static byte[] pattern(int length, char fill) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Stream.of(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    /**
     * Bytes this thread allocated while running the action: exact per thread, unlike heap
     * usage.
     */
    private static long allocatedBytesDuring(Runnable action) {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "per-thread allocation counting is supported");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "per-thread allocation counting is enabled");
        long threadId = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(threadId);
        action.run();
        return threads.getThreadAllocatedBytes(threadId) - before;
    }

}
