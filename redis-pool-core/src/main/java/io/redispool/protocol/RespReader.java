package io.redispool.protocol;

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
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads RESP2 and RESP3 replies from a stream, one complete reply per {@link #read()}.
 *
 * <p>
 * Strict and bounded, because every byte comes from the network: lengths are parsed with
 * overflow checks and checked against {@link RespLimits} before anything is allocated,
 * and a bulk string's memory grows as its bytes arrive rather than as its prefix claims,
 * so a 12-byte {@code $536870912} costs nothing until half a gigabyte actually comes. Any
 * violation is a {@link RedisProtocolException} naming the offset, what was expected and
 * what came. RESP3's aggregates (map, set, push, attribute) count against the same
 * element and depth limits as arrays, its doubles and big numbers against the line limit,
 * its verbatim strings and blob errors against the bulk limit.
 *
 * <p>
 * Not thread-safe: a connection reads its replies on one thread at a time.
 */
public final class RespReader {

    private static final int BUFFER_SIZE = 8 * 1024;

    /** A bulk string beyond this is allocated in doubling steps as it arrives. */
    private static final int ALLOCATION_STEP = 1024 * 1024;

    /**
     * Arrays start this small whatever their prefix claims; they grow as elements arrive.
     */
    private static final int INITIAL_ARRAY_CAPACITY = 16;

    private final InputStream in;

    private final RespLimits limits;

    private final byte[] buffer = new byte[BUFFER_SIZE];

    private int position;

    private int limit;

    /**
     * Stream offset of {@code buffer[0]}, so errors can say where in the stream they
     * happened.
     */
    private long bufferOffset;

    public RespReader(InputStream in, RespLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    /**
     * Reads one complete reply, blocking until it has arrived.
     * @return the reply; error replies are returned, not thrown
     * @throws IOException if the stream fails or ends ({@link EOFException}) mid-reply
     * @throws RedisProtocolException if the bytes are not valid RESP2 or RESP3 or exceed
     * a limit
     */
    public RespReply read() throws IOException {
        return readReply(0);
    }

    /**
     * Reads one complete reply, as {@link #read()} does, except that a bulk string goes
     * to {@code sink} instead of becoming a {@link BulkString}: straight from the read
     * buffer when it lies there whole, which saves a pipeline of GETs two objects per
     * reply. A null bulk string is still returned, as {@link NullReply#NULL_BULK}.
     * @param sink takes a bulk string's bytes, once they and their CRLF are consumed
     * @return the reply, or {@code null} when it was a bulk string handed to the sink
     * @throws IOException if the stream fails or ends ({@link EOFException}) mid-reply
     * @throws RedisProtocolException if the bytes are not valid RESP2 or RESP3 or exceed
     * a limit
     */
    public RespReply read(BulkSink sink) throws IOException {
        if (this.position == this.limit) {
            fill();
        }
        if (this.buffer[this.position] != '$') {
            return read();
        }
        long offset = offset();
        this.position++;
        int length = readLength(offset, "bulk string", this.limits.maxBulkLength(), "max-bulk-length");
        if (length < 0) {
            return NullReply.NULL_BULK;
        }
        if (this.limit - this.position >= length + 2) {
            int start = this.position;
            this.position += length;
            expect('\r');
            expect('\n');
            sink.bulk(this.buffer, start, length);
        }
        else {
            byte[] value = readBytes(length);
            expect('\r');
            expect('\n');
            sink.bulk(value, 0, length);
        }
        return null;
    }

    private RespReply readReply(int depth) throws IOException {
        long offset = offset();
        int type = readByte();
        while (type == '|') {
            // Attributes annotate the reply that follows; no command's value depends on
            // them.
            readAggregate(offset, depth, "attribute", 2);
            offset = offset();
            type = readByte();
        }
        switch (type) {
            case '+':
                return isOk() ? SimpleString.OK : simpleString(readLine());
            case '-':
                return new ErrorReply(readLine());
            case ':':
                return new IntegerReply(readInteger());
            case '$':
                return readBulk(offset);
            case '*':
                return readArray(offset, depth);
            case '%':
                return new MapReply(readAggregate(offset, depth, "map", 2));
            case '~':
                return new SetReply(readAggregate(offset, depth, "set", 1));
            case '>':
                if (depth > 0) {
                    throw new RedisProtocolException("A push at offset " + offset
                            + " is nested inside another reply; pushes only come at the top level");
                }
                return new PushReply(readAggregate(offset, depth, "push", 1));
            case '_':
                expect('\r');
                expect('\n');
                return NullReply.NULL;
            case '#':
                return readBoolean();
            case ',':
                return new DoubleReply(readDouble(offset));
            case '(':
                return new BigNumberReply(readBigNumber(offset));
            case '=':
                return readVerbatim(offset);
            case '!':
                return new ErrorReply(new String(readBlob(offset, "blob error"), StandardCharsets.UTF_8));
            default:
                throw unexpected(offset, "a RESP type byte", type);
        }
    }

    /**
     * Consumes a whole {@code OK\r\n} if it is next in the buffer, so the commonest reply
     * allocates nothing.
     */
    private boolean isOk() {
        byte[] b = this.buffer;
        int p = this.position;
        if (this.limit - p >= 4 && b[p] == 'O' && b[p + 1] == 'K' && b[p + 2] == '\r' && b[p + 3] == '\n') {
            this.position = p + 4;
            return true;
        }
        return false;
    }

    private static SimpleString simpleString(String value) {
        if (value.equals("OK")) {
            return SimpleString.OK;
        }
        return value.equals("PONG") ? SimpleString.PONG : new SimpleString(value);
    }

    private RespReply readBulk(long offset) throws IOException {
        int length = readLength(offset, "bulk string", this.limits.maxBulkLength(), "max-bulk-length");
        if (length < 0) {
            return NullReply.NULL_BULK;
        }
        byte[] value = readBytes(length);
        expect('\r');
        expect('\n');
        return new BulkString(value);
    }

    private RespReply readArray(long offset, int depth) throws IOException {
        int count = readLength(offset, "array", this.limits.maxArrayLength(), "max-array-length");
        if (count < 0) {
            return NullReply.NULL_ARRAY;
        }
        return new ArrayReply(readElements(offset, depth, "array", count));
    }

    /**
     * Reads a RESP3 aggregate whose count is never -1.
     * @param perEntry elements per counted entry: 2 for maps and attributes (a key and a
     * value each), 1 otherwise
     */
    private List<RespReply> readAggregate(long offset, int depth, String what, int perEntry) throws IOException {
        long entries = readInteger();
        long count = entries * perEntry;
        if (entries < 0) {
            throw new RedisProtocolException(
                    "Expected a " + what + " length of 0 or more at offset " + offset + " but got " + entries);
        }
        if (entries > this.limits.maxArrayLength() || count > this.limits.maxArrayLength()) {
            throw new RedisProtocolException("The " + what + " at offset " + offset + " claims " + entries
                    + ((perEntry == 2) ? " entries" : " elements") + ", more than the limit of "
                    + this.limits.maxArrayLength() + " elements (max-array-length)");
        }
        return readElements(offset, depth, what, (int) count);
    }

    private List<RespReply> readElements(long offset, int depth, String what, int count) throws IOException {
        if (depth >= this.limits.maxNestingDepth()) {
            throw new RedisProtocolException(
                    capitalized(what) + " at offset " + offset + " nests deeper than the limit of "
                            + this.limits.maxNestingDepth() + " levels (max-nesting-depth)");
        }
        List<RespReply> elements = new ArrayList<>(Math.min(count, INITIAL_ARRAY_CAPACITY));
        for (int i = 0; i < count; i++) {
            elements.add(readReply(depth + 1));
        }
        return Collections.unmodifiableList(elements);
    }

    private static String capitalized(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }

    private BooleanReply readBoolean() throws IOException {
        int value = readByte();
        if (value != 't' && value != 'f') {
            throw unexpected(offset() - 1, "'t' or 'f'", value);
        }
        expect('\r');
        expect('\n');
        return (value == 't') ? BooleanReply.TRUE : BooleanReply.FALSE;
    }

    /**
     * Parses a RESP3 double: decimal digits, a point and an exponent, or {@code inf},
     * {@code -inf} and {@code nan}; never Java's own spellings such as {@code Infinity}
     * or hexadecimal.
     */
    private double readDouble(long offset) throws IOException {
        String text = readLine();
        switch (text) {
            case "inf":
            case "+inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan":
            case "-nan":
                return Double.NaN;
            default:
                if (!text.isEmpty() && text.chars().allMatch(RespReader::isDecimalCharacter)) {
                    try {
                        return Double.parseDouble(text);
                    }
                    catch (NumberFormatException ex) {
                        // Refused below with the offset.
                    }
                }
                throw new RedisProtocolException(
                        "Expected a double at offset " + offset + " but got " + printable(text));
        }
    }

    private static boolean isDecimalCharacter(int c) {
        return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }

    private BigInteger readBigNumber(long offset) throws IOException {
        String text = readLine();
        int digits = (text.startsWith("-") || text.startsWith("+")) ? 1 : 0;
        if (text.length() == digits || !text.substring(digits).chars().allMatch((c) -> c >= '0' && c <= '9')) {
            throw new RedisProtocolException(
                    "Expected a big number at offset " + offset + " but got " + printable(text));
        }
        return new BigInteger(text);
    }

    private RespReply readVerbatim(long offset) throws IOException {
        byte[] bytes = readBlob(offset, "verbatim string");
        if (bytes == null || bytes.length < 4 || bytes[3] != ':') {
            throw new RedisProtocolException(
                    "The verbatim string at offset " + offset + " does not start with a three-letter format and ':'");
        }
        return new VerbatimString(new String(bytes, 0, 3, StandardCharsets.US_ASCII),
                Arrays.copyOfRange(bytes, 4, bytes.length));
    }

    /** Reads a length-prefixed RESP3 string that, unlike a bulk string, is never null. */
    private byte[] readBlob(long offset, String what) throws IOException {
        int length = readLength(offset, what, this.limits.maxBulkLength(), "max-bulk-length");
        if (length < 0) {
            throw new RedisProtocolException(
                    "Expected a " + what + " length of 0 or more at offset " + offset + " but got " + length);
        }
        byte[] value = readBytes(length);
        expect('\r');
        expect('\n');
        return value;
    }

    /** At most 32 characters of a malformed token, for an error message. */
    private static String printable(String text) {
        String cut = (text.length() > 32) ? text.substring(0, 32) + "..." : text;
        return "'" + cut.replaceAll("[^\\x20-\\x7E]", "?") + "'";
    }

    private int readLength(long offset, String what, int maximum, String limitName) throws IOException {
        long length = readInteger();
        if (length == -1) {
            return -1;
        }
        if (length < -1) {
            throw new RedisProtocolException(
                    "Expected a " + what + " length of -1 or more at offset " + offset + " but got " + length);
        }
        if (length > maximum) {
            throw new RedisProtocolException("The " + what + " at offset " + offset + " claims " + length
                    + (what.equals("array") ? " elements" : " bytes") + ", more than the limit of " + maximum + " ("
                    + limitName + ")");
        }
        return (int) length;
    }

    /**
     * Parses a signed decimal ending in CRLF; accumulates negatively so Long.MIN_VALUE
     * fits.
     */
    private long readInteger() throws IOException {
        long start = offset();
        int b = readByte();
        boolean negative = (b == '-');
        if (negative) {
            b = readByte();
        }
        if (b < '0' || b > '9') {
            throw unexpected(offset() - 1, "a digit", b);
        }
        long value = 0;
        while (b >= '0' && b <= '9') {
            int digit = b - '0';
            if (value < (Long.MIN_VALUE + digit) / 10) {
                throw new RedisProtocolException("The integer at offset " + start + " does not fit in 64 bits");
            }
            value = value * 10 - digit;
            b = readByte();
        }
        if (b != '\r') {
            throw unexpected(offset() - 1, "a digit or CR", b);
        }
        expect('\n');
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                throw new RedisProtocolException("The integer at offset " + start + " does not fit in 64 bits");
            }
            return -value;
        }
        return value;
    }

    /** Reads up to CRLF; simple strings and errors may not contain CR or LF. */
    private String readLine() throws IOException {
        long start = offset();
        for (int i = this.position; i < this.limit; i++) {
            if (this.buffer[i] == '\n') {
                throw unexpected(this.bufferOffset + i, "CR before LF", '\n');
            }
            if (this.buffer[i] == '\r') {
                checkLineLength(start, i - this.position);
                String line = new String(this.buffer, this.position, i - this.position, StandardCharsets.UTF_8);
                this.position = i + 1;
                expect('\n');
                return line;
            }
        }
        return readLineAcrossBuffers(start);
    }

    private String readLineAcrossBuffers(long start) throws IOException {
        byte[] line = new byte[64];
        int length = 0;
        int b;
        while ((b = readByte()) != '\r') {
            if (b == '\n') {
                throw unexpected(offset() - 1, "CR before LF", b);
            }
            checkLineLength(start, length + 1);
            if (length == line.length) {
                line = Arrays.copyOf(line, length * 2);
            }
            line[length++] = (byte) b;
        }
        expect('\n');
        return new String(line, 0, length, StandardCharsets.UTF_8);
    }

    private void checkLineLength(long start, int length) {
        if (length > this.limits.maxLineLength()) {
            throw new RedisProtocolException("The line at offset " + start + " is longer than the limit of "
                    + this.limits.maxLineLength() + " bytes (max-line-length)");
        }
    }

    private byte[] readBytes(int length) throws IOException {
        byte[] value = new byte[Math.min(length, ALLOCATION_STEP)];
        int filled = 0;
        while (filled < length) {
            if (filled == value.length) {
                value = Arrays.copyOf(value, (int) Math.min(length, 2L * value.length));
            }
            int wanted = value.length - filled;
            if (this.position == this.limit && wanted >= BUFFER_SIZE) {
                // Large payloads skip the buffer rather than pass through it.
                discardBuffer();
                int read = this.in.read(value, filled, wanted);
                if (read < 0) {
                    throw endOfStream();
                }
                this.bufferOffset += read;
                filled += read;
                continue;
            }
            if (this.position == this.limit) {
                fill();
            }
            int count = Math.min(this.limit - this.position, wanted);
            System.arraycopy(this.buffer, this.position, value, filled, count);
            this.position += count;
            filled += count;
        }
        return value;
    }

    private void expect(char expected) throws IOException {
        int b = readByte();
        if (b != expected) {
            throw unexpected(offset() - 1, (expected == '\r') ? "CR" : "LF", b);
        }
    }

    private int readByte() throws IOException {
        if (this.position == this.limit) {
            fill();
        }
        return this.buffer[this.position++] & 0xFF;
    }

    private void fill() throws IOException {
        discardBuffer();
        int read;
        do {
            read = this.in.read(this.buffer, 0, this.buffer.length);
        }
        while (read == 0);
        if (read < 0) {
            throw endOfStream();
        }
        this.limit = read;
    }

    private void discardBuffer() {
        this.bufferOffset += this.limit;
        this.position = 0;
        this.limit = 0;
    }

    private long offset() {
        return this.bufferOffset + this.position;
    }

    private EOFException endOfStream() {
        return new EOFException("The server closed the connection at offset " + offset());
    }

    private static RedisProtocolException unexpected(long offset, String expected, int actual) {
        return new RedisProtocolException(
                "Expected " + expected + " at offset " + offset + " but got " + describe(actual));
    }

    private static String describe(int b) {
        String hex = String.format("0x%02X", b);
        return (b >= 0x20 && b < 0x7F) ? "'" + (char) b + "' (" + hex + ")" : hex;
    }

}
