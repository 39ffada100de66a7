package io.redispool.benchmarks.protocol;

import io.redispool.commands.Commands;
import io.redispool.protocol.RespLimits;
import io.redispool.protocol.RespReader;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * RESP without a socket: encoding a SET and parsing the replies a client reads most
 * often.
 *
 * <p>
 * Run with the gc profiler for bytes allocated per operation. The reader and writer live
 * as long as the benchmark, as they live as long as a connection, so their 8 KB buffers
 * are not counted. Not final: JMH generates subclasses of benchmark classes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RespBenchmark {

    static final String KEY = "key:__rand_int__";

    static final String VALUE = "v".repeat(100);

    private static final byte[][] SET = { bytes("SET"), bytes(KEY), bytes(VALUE) };

    private final Commands<String, String> commands = Commands.utf8();

    private final RespWriter writer = new RespWriter(OutputStream.nullOutputStream());

    private RespReader simpleString;

    private RespReader bulk100;

    private RespReader bulk16k;

    private RespReader array100;

    @Setup
    public void prepare() throws IOException {
        this.simpleString = reader(bytes("+OK\r\n"));
        this.bulk100 = reader(bulk(100));
        this.bulk16k = reader(bulk(16 * 1024));
        ByteArrayOutputStream array = new ByteArrayOutputStream();
        array.write(bytes("*100\r\n"));
        for (int i = 0; i < 100; i++) {
            array.write(bulk(10));
        }
        this.array100 = reader(array.toByteArray());
    }

    /** SET with a 100-byte value, its arguments already bytes: the writer alone. */
    @Benchmark
    public RespWriter encodeSet() throws IOException {
        this.writer.write(SET);
        this.writer.flush();
        return this.writer;
    }

    /** SET from Strings as {@code commands().set(key, value)} builds it, then encoded. */
    @Benchmark
    public RespWriter buildAndEncodeSet() throws IOException {
        this.writer.write(this.commands.strings().set(KEY, VALUE).arguments());
        this.writer.flush();
        return this.writer;
    }

    /** {@code +OK}. */
    @Benchmark
    public RespReply parseSimpleString() throws IOException {
        return this.simpleString.read();
    }

    /** A 100-byte bulk string, as GET of a small value returns. */
    @Benchmark
    public RespReply parseBulk100() throws IOException {
        return this.bulk100.read();
    }

    /** A 16 KB bulk string. */
    @Benchmark
    public RespReply parseBulk16k() throws IOException {
        return this.bulk16k.read();
    }

    /** An array of 100 ten-byte bulk strings, as LRANGE or MGET returns. */
    @Benchmark
    public RespReply parseArray100() throws IOException {
        return this.array100.read();
    }

    private static RespReader reader(byte[] reply) {
        return new RespReader(new ReplayingInputStream(reply), RespLimits.DEFAULTS);
    }

    private static byte[] bulk(int length) {
        byte[] value = new byte[length];
        Arrays.fill(value, (byte) 'x');
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 16);
        out.writeBytes(bytes("$" + length + "\r\n"));
        out.writeBytes(value);
        out.writeBytes(bytes("\r\n"));
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

}
