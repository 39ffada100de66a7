package io.redispool.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.testing.RedisServerExtension;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the socket-timeout watchdog decides about a read whose deadline has passed: a
 * reply that arrived and waits unread in the socket (its reader not yet run, as a virtual
 * thread waiting for a carrier) is left to be read; a read with nothing come is a timeout
 * and the transport is closed. The watchdog's decision is called directly, with the
 * read's deadline set in the past, so no timing is involved.
 */
class ChannelTransportDeadlineTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create((builder) -> builder.unixSocket(true));

    @Test
    void aReadPastItsDeadlineWhoseReplyWaitsUnreadIsNotExpired() throws Exception {
        ChannelTransport transport = tcp();
        try {
            transport.output().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!transport.replyWaiting() && System.nanoTime() - deadline < 0) {
                Thread.sleep(1);
            }
            assertThat(transport.replyWaiting()).as("PONG waiting unread").isTrue();
            readDeadlinePassed(transport);
            transport.expireIfOverdue(System.nanoTime());
            assertThat(transport.isOpen()).isTrue();
            byte[] reply = new byte[7];
            assertThat(transport.input().read(reply, 0, reply.length)).isEqualTo(7);
            assertThat(new String(reply, StandardCharsets.US_ASCII)).isEqualTo("+PONG\r\n");
        }
        finally {
            transport.close();
        }
    }

    @Test
    void aReadPastItsDeadlineWithNothingComeIsExpired() throws Exception {
        ChannelTransport transport = tcp();
        assertThat(transport.replyWaiting()).isFalse();
        readDeadlinePassed(transport);
        transport.expireIfOverdue(System.nanoTime());
        assertThat(transport.isOpen()).isFalse();
    }

    @Test
    void aUnixDomainTransportIsExpiredWhateverWaits() throws Exception {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(redis.server().unixSocketPath().orElseThrow()));
        ChannelTransport transport = ChannelTransport.of(channel, Duration.ofSeconds(10));
        transport.output().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
        Thread.sleep(50);
        assertThat(transport.replyWaiting()).isFalse();
        readDeadlinePassed(transport);
        transport.expireIfOverdue(System.nanoTime());
        assertThat(transport.isOpen()).isFalse();
    }

    private static ChannelTransport tcp() throws IOException {
        SocketChannel channel = SocketChannel.open(new InetSocketAddress(redis.server().host(), redis.server().port()));
        return ChannelTransport.of(channel, Duration.ofSeconds(10));
    }

    /**
     * The state of a read begun longer ago than the socket timeout and not yet returned.
     */
    private static void readDeadlinePassed(ChannelTransport transport) throws ReflectiveOperationException {
        Field deadline = ChannelTransport.class.getDeclaredField("readDeadline");
        deadline.setAccessible(true);
        deadline.setLong(transport, System.nanoTime() - Duration.ofSeconds(1).toNanos());
    }

}
