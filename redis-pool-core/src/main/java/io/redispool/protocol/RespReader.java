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

    /**
     * Arrays start this small whatever their prefix claims; they grow as elements arrive.
     */
    private static final int INITIAL_ARRAY_CAPACITY = 16;

    private final RespInput input;

    private final RespLimits limits;

    public RespReader(InputStream in, RespLimits limits) {
        this.input = new RespInput(in, limits);
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
        if (this.input.peek() != '$') {
            return read();
        }
        long offset = this.input.offset();
        this.input.readByte();
        int length = this.input.readLength(offset, "bulk string", this.limits.maxBulkLength(), "max-bulk-length");
        if (length < 0) {
            return NullReply.NULL_BULK;
        }
        this.input.bulkTo(sink, length);
        return null;
    }

    private RespReply readReply(int depth) throws IOException {
        long offset = this.input.offset();
        int type = this.input.readByte();
        while (type == '|') {
            // Attributes annotate the reply that follows; no command's value depends on
            // them.
            readAggregate(offset, depth, "attribute", 2);
            offset = this.input.offset();
            type = this.input.readByte();
        }
        switch (type) {
            case '+':
                return this.input.isOk() ? SimpleString.OK : simpleString(this.input.readLine());
            case '-':
                return new ErrorReply(this.input.readLine());
            case ':':
                return new IntegerReply(this.input.readInteger());
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
                this.input.expectCrlf();
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
                throw RespInput.unexpected(offset, "a RESP type byte", type);
        }
    }

    private static SimpleString simpleString(String value) {
        if (value.equals("OK")) {
            return SimpleString.OK;
        }
        return value.equals("PONG") ? SimpleString.PONG : new SimpleString(value);
    }

    private RespReply readBulk(long offset) throws IOException {
        int length = this.input.readLength(offset, "bulk string", this.limits.maxBulkLength(), "max-bulk-length");
        if (length < 0) {
            return NullReply.NULL_BULK;
        }
        byte[] value = this.input.readBytes(length);
        this.input.expectCrlf();
        return new BulkString(value);
    }

    private RespReply readArray(long offset, int depth) throws IOException {
        int count = this.input.readLength(offset, "array", this.limits.maxArrayLength(), "max-array-length");
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
        long entries = this.input.readInteger();
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
        int value = this.input.readByte();
        if (value != 't' && value != 'f') {
            throw RespInput.unexpected(this.input.offset() - 1, "'t' or 'f'", value);
        }
        this.input.expectCrlf();
        return (value == 't') ? BooleanReply.TRUE : BooleanReply.FALSE;
    }

    /**
     * Parses a RESP3 double: decimal digits, a point and an exponent, or {@code inf},
     * {@code -inf} and {@code nan}; never Java's own spellings such as {@code Infinity}
     * or hexadecimal.
     */
    private double readDouble(long offset) throws IOException {
        String text = this.input.readLine();
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
        String text = this.input.readLine();
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
        int length = this.input.readLength(offset, what, this.limits.maxBulkLength(), "max-bulk-length");
        if (length < 0) {
            throw new RedisProtocolException(
                    "Expected a " + what + " length of 0 or more at offset " + offset + " but got " + length);
        }
        byte[] value = this.input.readBytes(length);
        this.input.expectCrlf();
        return value;
    }

    /** At most 32 characters of a malformed token, for an error message. */
    private static String printable(String text) {
        String cut = (text.length() > 32) ? text.substring(0, 32) + "..." : text;
        return "'" + cut.replaceAll("[^\\x20-\\x7E]", "?") + "'";
    }

}
