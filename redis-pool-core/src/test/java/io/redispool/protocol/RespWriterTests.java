package io.redispool.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RespWriterTests {

    private final RecordingOutputStream out = new RecordingOutputStream();

    private final RespWriter writer = new RespWriter(this.out);

    @Test
    void writeEncodesCommandAsArrayOfBulkStrings() throws IOException {
        this.writer.write(args("SET", "k", "v"));
        this.writer.flush();

        assertThat(text(this.out.bytes())).isEqualTo("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n");
    }

    @Test
    void writeEncodesCommandWithoutArguments() throws IOException {
        this.writer.write(args("PING"));
        this.writer.flush();

        assertThat(text(this.out.bytes())).isEqualTo("*1\r\n$4\r\nPING\r\n");
    }

    @Test
    void writeEncodesEmptyArgumentAsZeroLengthBulk() throws IOException {
        this.writer.write(args("SET", "k", ""));
        this.writer.flush();

        assertThat(text(this.out.bytes())).isEqualTo("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$0\r\n\r\n");
    }

    @Test
    void writeEncodesBinaryArgumentWithCrLfVerbatim() throws IOException {
        byte[] binary = { 0, '\r', '\n', (byte) 0xFF, '*', '1', '\r', '\n', '$', '-', '1', '\r', '\n' };
        this.writer.write(new byte[][] { ascii("SET"), ascii("k"), binary });
        this.writer.flush();

        assertThat(this.out.bytes())
            .isEqualTo(concat(ascii("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$13\r\n"), binary, ascii("\r\n")));
    }

    @ParameterizedTest
    @ValueSource(ints = { 8 * 1024 - 1, 8 * 1024, 8 * 1024 + 1, 100 * 1024, 3 * 1024 * 1024 + 5 })
    void writeEncodesArgumentLargerThanOrNearTheBufferExactly(int size) throws IOException {
        byte[] value = pattern(size);
        this.writer.write(new byte[][] { ascii("SET"), ascii("k"), value });
        this.writer.write(args("GET", "k"));
        this.writer.flush();

        assertThat(this.out.bytes()).isEqualTo(concat(ascii("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$" + size + "\r\n"), value,
                ascii("\r\n*2\r\n$3\r\nGET\r\n$1\r\nk\r\n")));
    }

    @Test
    void writeSendsNothingBeforeFlushForSmallCommands() throws IOException {
        this.writer.write(args("SET", "k", "v"));
        this.writer.write(args("GET", "k"));

        assertThat(this.out.writes()).isZero();
        assertThat(this.out.bytes()).isEmpty();
        assertThat(this.out.flushes()).isZero();
    }

    @Test
    void flushSendsManyBufferedCommandsInOneWrite() throws IOException {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            this.writer.write(args("INCR", "counter:" + i));
            expected.append("*2\r\n$4\r\nINCR\r\n$")
                .append(("counter:" + i).length())
                .append("\r\ncounter:")
                .append(i)
                .append("\r\n");
        }

        this.writer.flush();

        assertThat(this.out.writes()).isEqualTo(1);
        assertThat(this.out.flushes()).isEqualTo(1);
        assertThat(text(this.out.bytes())).isEqualTo(expected.toString());
    }

    @Test
    void flushWithNothingBufferedWritesNothingButFlushesTheStream() throws IOException {
        this.writer.flush();

        assertThat(this.out.writes()).isZero();
        assertThat(this.out.flushes()).isEqualTo(1);
    }

    @Test
    void flushAfterFlushDoesNotResendCommands() throws IOException {
        this.writer.write(args("PING"));
        this.writer.flush();
        this.writer.write(args("ECHO", "x"));
        this.writer.flush();

        assertThat(text(this.out.bytes())).isEqualTo("*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nECHO\r\n$1\r\nx\r\n");
    }

    @Test
    void writeOfCommandsBeyondBufferSizeKeepsBytesInOrder() throws IOException {
        // Seeded random sizes land length prefixes and payloads on every side of the
        // buffer's edge.
        Random random = new Random(42);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 2000; i++) {
            List<byte[]> arguments = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int a = 0; a < count; a++) {
                int size = random.nextInt(10) == 0 ? random.nextInt(20_000) : random.nextInt(40);
                byte[] argument = new byte[size];
                random.nextBytes(argument);
                arguments.add(argument);
            }
            byte[][] command = arguments.toArray(new byte[0][]);
            this.writer.write(command);
            expected.writeBytes(reference(command));
        }
        this.writer.flush();

        assertThat(this.out.bytes()).isEqualTo(expected.toByteArray());
    }

    @Test
    void writeProducesBytesTheReaderReadsBackAsTheSameArguments() throws IOException {
        byte[][] command = { ascii("HSET"), ascii("h"), pattern(300), new byte[0], pattern(10_000) };
        this.writer.write(command);
        this.writer.flush();

        RespReply reply = new RespReader(new ByteArrayInputStream(this.out.bytes()), RespLimits.DEFAULTS).read();

        assertThat(reply).isEqualTo(new RespReply.ArrayReply(
                Arrays.stream(command).map(RespReply.BulkString::new).map(RespReply.class::cast).toList()));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 9, 10, 11, 99, 100, 999, 99_999, 100_000, 999_999, 1_000_000, 100_000_000 })
    void writeEncodesBulkLengthDigitsExactly(int length) throws IOException {
        PrefixOutputStream sink = new PrefixOutputStream(32);
        RespWriter prefixWriter = new RespWriter(sink);

        prefixWriter.write(new byte[][] { new byte[length] });
        prefixWriter.flush();

        assertThat(text(sink.prefix())).startsWith("*1\r\n$" + length + "\r\n");
        assertThat(sink.total()).isEqualTo(4 + 1 + Integer.toString(length).length() + 2 + length + 2);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 9, 10, 11, 100, 1000 })
    void writeEncodesArgumentCountDigitsExactly(int count) throws IOException {
        byte[][] command = new byte[count][];
        Arrays.fill(command, ascii("a"));

        this.writer.write(command);
        this.writer.flush();

        assertThat(text(this.out.bytes())).isEqualTo("*" + count + "\r\n" + "$1\r\na\r\n".repeat(count));
    }

    @Test
    void flushPropagatesStreamFailure() throws IOException {
        RespWriter failing = new RespWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("broken pipe");
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                throw new IOException("broken pipe");
            }
        });
        failing.write(args("PING"));

        assertThatIOException().isThrownBy(failing::flush).withMessage("broken pipe");
    }

    /** The encoding written out by hand, to compare the buffered writer against. */
    private static byte[] reference(byte[][] command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(ascii("*" + command.length + "\r\n"));
        for (byte[] argument : command) {
            bytes.writeBytes(ascii("$" + argument.length + "\r\n"));
            bytes.writeBytes(argument);
            bytes.writeBytes(ascii("\r\n"));
        }
        return bytes.toByteArray();
    }

    private static byte[][] args(String... arguments) {
        return Arrays.stream(arguments).map(RespWriterTests::ascii).toArray(byte[][]::new);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + i / 251);
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }

    /**
     * Keeps the first bytes written and counts the rest, so huge writes cost no memory.
     */
    private static final class PrefixOutputStream extends OutputStream {

        private final byte[] prefix;

        private long total;

        PrefixOutputStream(int prefixLength) {
            this.prefix = new byte[prefixLength];
        }

        @Override
        public void write(int b) {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            int kept = (int) Math.max(0, Math.min(length, this.prefix.length - this.total));
            if (kept > 0) {
                System.arraycopy(bytes, offset, this.prefix, (int) this.total, kept);
            }
            this.total += length;
        }

        byte[] prefix() {
            return Arrays.copyOf(this.prefix, (int) Math.min(this.total, this.prefix.length));
        }

        long total() {
            return this.total;
        }

    }

}
