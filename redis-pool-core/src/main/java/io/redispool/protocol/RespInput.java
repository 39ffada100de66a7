package io.redispool.protocol;

import io.redispool.RedisProtocolException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes under a {@link RespReader}: a buffer over the stream, and the tokens every
 * RESP type is made of (a length, an integer, a line, a run of bytes, CRLF), each checked
 * against {@link RespLimits} and each failure naming its offset in the stream.
 *
 * <p>
 * Not thread-safe: one reader uses it.
 */
final class RespInput {

    private static final int BUFFER_SIZE = 8 * 1024;

    /** A bulk string beyond this is allocated in doubling steps as it arrives. */
    private static final int ALLOCATION_STEP = 1024 * 1024;

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

    RespInput(InputStream in, RespLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    /** The next byte, not consumed; waits for one if the buffer is empty. */
    int peek() throws IOException {
        if (this.position == this.limit) {
            fill();
        }
        return this.buffer[this.position] & 0xFF;
    }

    /**
     * Reads a bulk string's value and its CRLF, then gives the value's bytes to the sink:
     * from the buffer when they lie there whole.
     */
    void bulkTo(BulkSink sink, int length) throws IOException {
        if (this.limit - this.position >= length + 2) {
            int start = this.position;
            this.position += length;
            expectCrlf();
            sink.bulk(this.buffer, start, length);
        }
        else {
            byte[] value = readBytes(length);
            expectCrlf();
            sink.bulk(value, 0, length);
        }
    }

    /**
     * Consumes a whole {@code OK\r\n} if it is next in the buffer, so the commonest reply
     * allocates nothing.
     */
    boolean isOk() {
        byte[] b = this.buffer;
        int p = this.position;
        if (this.limit - p >= 4 && b[p] == 'O' && b[p + 1] == 'K' && b[p + 2] == '\r' && b[p + 3] == '\n') {
            this.position = p + 4;
            return true;
        }
        return false;
    }

    int readLength(long offset, String what, int maximum, String limitName) throws IOException {
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
    long readInteger() throws IOException {
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
    String readLine() throws IOException {
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

    byte[] readBytes(int length) throws IOException {
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

    void expectCrlf() throws IOException {
        expect('\r');
        expect('\n');
    }

    private void expect(char expected) throws IOException {
        int b = readByte();
        if (b != expected) {
            throw unexpected(offset() - 1, (expected == '\r') ? "CR" : "LF", b);
        }
    }

    int readByte() throws IOException {
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

    long offset() {
        return this.bufferOffset + this.position;
    }

    private EOFException endOfStream() {
        return new EOFException("The server closed the connection at offset " + offset());
    }

    static RedisProtocolException unexpected(long offset, String expected, int actual) {
        return new RedisProtocolException(
                "Expected " + expected + " at offset " + offset + " but got " + describe(actual));
    }

    private static String describe(int b) {
        String hex = String.format("0x%02X", b);
        return (b >= 0x20 && b < 0x7F) ? "'" + (char) b + "' (" + hex + ")" : hex;
    }

}
