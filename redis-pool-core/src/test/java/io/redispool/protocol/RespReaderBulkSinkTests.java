package io.redispool.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisProtocolException;
import io.redispool.protocol.RespReply.ErrorReply;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.NullReply;
import io.redispool.protocol.RespReply.PushReply;
import io.redispool.protocol.RespReply.SimpleString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading with a {@link BulkSink}: a bulk string goes to the sink, whole and once,
 * whether it lies in the buffer or arrives in pieces, and the reader stays in step.
 */
class RespReaderBulkSinkTests {

    private final List<String> taken = new ArrayList<>();

    private final BulkSink sink = (source, offset, length) -> this.taken
        .add(new String(source, offset, length, StandardCharsets.UTF_8));

    @Test
    void bulkStringGoesToTheSinkAndNoReplyIsReturned() throws IOException {
        RespReader reader = reader(bytes("$5\r\nhello\r\n$0\r\n\r\n"));

        assertThat(reader.read(this.sink)).isNull();
        assertThat(reader.read(this.sink)).isNull();

        assertThat(this.taken).containsExactly("hello", "");
    }

    @Test
    void otherRepliesAreReturnedAndTheSinkIsNotCalled() throws IOException {
        RespReader reader = reader(bytes("+OK\r\n:42\r\n-ERR no\r\n$-1\r\n*1\r\n$1\r\na\r\n"));

        assertThat(reader.read(this.sink)).isSameAs(SimpleString.OK);
        assertThat(reader.read(this.sink)).isEqualTo(new IntegerReply(42));
        assertThat(reader.read(this.sink)).isEqualTo(new ErrorReply("ERR no"));
        assertThat(reader.read(this.sink)).isSameAs(NullReply.NULL_BULK);
        assertThat(reader.read(this.sink)).isInstanceOf(RespReply.ArrayReply.class);

        assertThat(this.taken).isEmpty();
    }

    @Test
    void pushBeforeTheReplyIsReturnedForTheConnectionToDeliver() throws IOException {
        RespReader reader = reader(bytes(">2\r\n$10\r\ninvalidate\r\n_\r\n$3\r\nbar\r\n"));

        assertThat(reader.read(this.sink)).isInstanceOf(PushReply.class);
        assertThat(reader.read(this.sink)).isNull();

        assertThat(this.taken).containsExactly("bar");
    }

    @Test
    void bulkStringsArrivingAByteAtATimeAreReassembled() throws IOException {
        String value = "x".repeat(100);
        RespReader reader = reader(ChunkedInputStream.oneToThreeBytes(bytes("$100\r\n" + value + "\r\n:1\r\n")));

        assertThat(reader.read(this.sink)).isNull();
        assertThat(reader.read(this.sink)).isEqualTo(new IntegerReply(1));

        assertThat(this.taken).containsExactly(value);
    }

    @Test
    void bulkStringsCrossingTheBufferAndLargerThanItArriveWhole() throws IOException {
        String nearEnd = "a".repeat(8 * 1024 - 20);
        String large = "b".repeat(40_000);
        RespReader reader = reader(
                bytes("$" + nearEnd.length() + "\r\n" + nearEnd + "\r\n$" + large.length() + "\r\n" + large + "\r\n"));

        assertThat(reader.read(this.sink)).isNull();
        assertThat(reader.read(this.sink)).isNull();

        assertThat(this.taken).containsExactly(nearEnd, large);
    }

    @Test
    void theSinkIsCalledOnlyAfterTheTerminatorSoABadOneNeverReachesIt() {
        RespReader reader = reader(bytes("$3\r\nabcX\n"));

        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> reader.read(this.sink));
        assertThat(this.taken).isEmpty();
    }

    @Test
    void aSinkThatFailsLeavesTheReaderAtTheNextReply() throws IOException {
        RespReader reader = reader(bytes("$3\r\nabc\r\n:7\r\n"));

        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> reader.read((source, offset, length) -> {
                throw new IllegalStateException("refused");
            }));

        assertThat(reader.read(this.sink)).isEqualTo(new IntegerReply(7));
    }

    @Test
    void bulkLimitsHoldForTheSinkToo() {
        RespReader reader = new RespReader(new ByteArrayInputStream(bytes("$17\r\n")), new RespLimits(10, 3, 2, 16));

        assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> reader.read(this.sink))
            .withMessageContaining("max-bulk-length");
        assertThat(this.taken).isEmpty();
    }

    @Test
    void theBytesHandedOverAreExactlyTheValue() throws IOException {
        byte[] value = { 0, (byte) 0xff, '\r', '\n', 7 };
        byte[] frame = new byte[4 + value.length + 2];
        System.arraycopy(bytes("$5\r\n"), 0, frame, 0, 4);
        System.arraycopy(value, 0, frame, 4, value.length);
        frame[frame.length - 2] = '\r';
        frame[frame.length - 1] = '\n';
        List<byte[]> received = new ArrayList<>();
        RespReader reader = reader(frame);

        reader.read((source, offset, length) -> received.add(Arrays.copyOfRange(source, offset, offset + length)));

        assertThat(received).singleElement().isEqualTo(value);
    }

    private static RespReader reader(byte[] bytes) {
        return reader(new ByteArrayInputStream(bytes));
    }

    private static RespReader reader(InputStream in) {
        return new RespReader(in, RespLimits.DEFAULTS);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
