package io.redispool.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisProtocolException;
import io.redispool.protocol.RespLimits;
import io.redispool.protocol.RespReader;
import io.redispool.protocol.RespReply;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Frames recognised by their shape: bytes in, frames out, and every shape that is not a
 * frame refused.
 */
class PubSubFrameTests {

    @Test
    void aChannelMessageIsRecognised() throws IOException {
        PubSubFrame.Message message = (PubSubFrame.Message) frame("*3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n");
        assertThat(message.kind()).isEqualTo(SubscriptionKind.CHANNEL);
        assertThat(message.pattern()).isNull();
        assertThat(text(message.channel())).isEqualTo("ch");
        assertThat(text(message.payload())).isEqualTo("hi");
    }

    @Test
    void aPatternMessageNamesThePatternFirst() throws IOException {
        PubSubFrame.Message message = (PubSubFrame.Message) frame(
                "*4\r\n$8\r\npmessage\r\n$2\r\nc*\r\n$2\r\nch\r\n$0\r\n\r\n");
        assertThat(message.kind()).isEqualTo(SubscriptionKind.PATTERN);
        assertThat(text(message.pattern())).isEqualTo("c*");
        assertThat(text(message.channel())).isEqualTo("ch");
        assertThat(message.payload()).isEmpty();
    }

    @Test
    void aShardMessageIsRecognised() throws IOException {
        PubSubFrame.Message message = (PubSubFrame.Message) frame("*3\r\n$8\r\nsmessage\r\n$1\r\ns\r\n$1\r\nm\r\n");
        assertThat(message.kind()).isEqualTo(SubscriptionKind.SHARD_CHANNEL);
    }

    @Test
    void confirmationsCarryTheirKindNameAndCount() throws IOException {
        assertThat(frame("*3\r\n$10\r\npsubscribe\r\n$2\r\nc*\r\n:3\r\n"))
            .isInstanceOfSatisfying(PubSubFrame.Confirmation.class, (confirmation) -> {
                assertThat(confirmation.kind()).isEqualTo(SubscriptionKind.PATTERN);
                assertThat(confirmation.subscribed()).isTrue();
                assertThat(text(confirmation.name())).isEqualTo("c*");
                assertThat(confirmation.count()).isEqualTo(3);
            });
        assertThat(frame("*3\r\n$11\r\nunsubscribe\r\n$-1\r\n:0\r\n"))
            .isInstanceOfSatisfying(PubSubFrame.Confirmation.class, (confirmation) -> {
                assertThat(confirmation.subscribed()).isFalse();
                assertThat(confirmation.name()).isNull();
            });
    }

    @Test
    void bothPongsAndErrorsAreRecognised() throws IOException {
        assertThat(frame("*2\r\n$4\r\npong\r\n$0\r\n\r\n")).isSameAs(PubSubFrame.Pong.INSTANCE);
        assertThat(frame("+PONG\r\n")).isSameAs(PubSubFrame.Pong.INSTANCE);
        assertThat(frame("-NOPERM no\r\n")).isEqualTo(new PubSubFrame.ServerError("NOPERM no"));
    }

    @Test
    void shapesThatAreNoFrameAreRefused() {
        for (String wire : new String[] { ":1\r\n", "*0\r\n", "*1\r\n:1\r\n", "*2\r\n$7\r\nmessage\r\n$1\r\nc\r\n",
                "*3\r\n$7\r\nmessage\r\n:1\r\n$1\r\nm\r\n", "*3\r\n$9\r\nsubscribe\r\n$1\r\nc\r\n$1\r\n1\r\n",
                "*3\r\n$5\r\nhello\r\n$1\r\nc\r\n$1\r\nm\r\n", "*3\r\n$8\r\npmessage\r\n$1\r\nc\r\n$1\r\nm\r\n" }) {
            assertThatExceptionOfType(RedisProtocolException.class).as(wire)
                .isThrownBy(() -> frame(wire))
                .withMessageStartingWith("Expected a pub/sub frame");
        }
    }

    private static PubSubFrame frame(String wire) throws IOException {
        RespReply reply = new RespReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)),
                RespLimits.DEFAULTS)
            .read();
        return PubSubFrame.of(reply);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
