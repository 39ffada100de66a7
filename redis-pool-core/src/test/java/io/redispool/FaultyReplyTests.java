package io.redispool;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.FakeRedisServer.Action;
import io.redispool.metrics.CloseReason;
import io.redispool.pool.RecordingListener;
import io.redispool.protocol.RespLimits;
import java.io.IOException;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Replies a real server never sends on demand: missing, late, cut short or malformed.
 * Each case checks what the caller sees, whether the command was sent again, and that the
 * pool never reuses the connection in doubt.
 */
class FaultyReplyTests {

    private static RedisClient client(FakeRedisServer server, UnaryOperator<RedisClientConfig.Builder> customizer) {
        RedisClientConfig.Builder builder = RedisClientConfig.builder()
            .host("127.0.0.1")
            .port(server.port())
            .socketTimeout(Duration.ofMillis(300));
        return RedisClient.create(customizer.apply(builder).build());
    }

    @Test
    void writeWhoseReplyNeverCameIsNotSentTwice() throws IOException {
        try (FakeRedisServer server = new FakeRedisServer((index, command) -> Action.close());
                RedisClient client = client(server, UnaryOperator.identity())) {
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.commands().incr("n"))
                .withMessageContaining("The server closed the connection at offset 0")
                .satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue());
            assertThat(server.count("INCR")).isEqualTo(1);
            assertAtRest(client.pool());
            assertThat(client.pool().stats().open()).isZero();
        }
    }

    @Test
    void readWhoseReplyNeverCameIsRetriedOnceOnAFreshConnection() throws IOException {
        try (FakeRedisServer server = new FakeRedisServer(
                (index, command) -> (index == 0) ? Action.close() : Action.reply("$5\r\nfresh\r\n"));
                RedisClient client = client(server, UnaryOperator.identity())) {
            assertThat(client.commands().get("k")).isEqualTo("fresh");
            assertThat(server.count("GET")).isEqualTo(2);
            assertThat(server.connections()).isEqualTo(2);
            assertAtRest(client.pool());
        }
    }

    @Test
    void retriesCanBeTurnedOff() throws IOException {
        try (FakeRedisServer server = new FakeRedisServer((index, command) -> Action.close());
                RedisClient client = client(server, (builder) -> builder.retryAttempts(0))) {
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.commands().get("k"));
            assertThat(server.count("GET")).isEqualTo(1);
        }
    }

    @Test
    void readTimeoutIsNotRetriedByDefault() throws IOException {
        try (FakeRedisServer server = new FakeRedisServer((index, command) -> Action.replyLate("$1\r\nx\r\n", 1000));
                RedisClient client = client(server, UnaryOperator.identity())) {
            assertThatExceptionOfType(RedisTimeoutException.class).isThrownBy(() -> client.commands().get("k"))
                .withMessageContaining("300ms (socket-timeout)");
            assertThat(server.count("GET")).isEqualTo(1);
            assertThat(client.pool().stats().open()).isZero();
        }
    }

    @Test
    void readTimeoutIsRetriedForReadsOnlyWhenRetryOnTimeoutIsSet() throws IOException {
        try (FakeRedisServer server = new FakeRedisServer(
                (index, command) -> (index == 0) ? Action.replyLate(":1\r\n", 1000) : Action.reply(":7\r\n"));
                RedisClient client = client(server, (builder) -> builder.retryOnTimeout(true))) {
            assertThat(client.execute("STRLEN", "k")).isEqualTo(7L);
            assertThat(server.count("STRLEN")).isEqualTo(2);
        }
        try (FakeRedisServer server = new FakeRedisServer((index, command) -> Action.replyLate(":1\r\n", 1000));
                RedisClient client = client(server, (builder) -> builder.retryOnTimeout(true))) {
            assertThatExceptionOfType(RedisTimeoutException.class).isThrownBy(() -> client.commands().incr("n"));
            assertThat(server.count("INCR")).isEqualTo(1);
        }
    }

    @Test
    void lateReplyNeverReachesTheNextCaller() throws IOException {
        try (FakeRedisServer server = new FakeRedisServer((index, command) -> (index == 0)
                ? Action.replyLate("$12\r\nfor-caller-1\r\n", 600) : Action.reply("$12\r\nfor-caller-2\r\n"));
                RedisClient client = client(server, (builder) -> builder.retryAttempts(0).maxConnections(1))) {
            assertThatExceptionOfType(RedisTimeoutException.class).isThrownBy(() -> client.commands().get("one"));
            assertThat(client.commands().get("two")).isEqualTo("for-caller-2");
            assertThat(server.connections()).isEqualTo(2);
        }
    }

    @Test
    void malformedReplyIsAProtocolErrorAndTheConnectionIsClosed() throws IOException {
        RecordingListener listener = new RecordingListener();
        try (FakeRedisServer server = new FakeRedisServer(
                (index, command) -> (index == 0) ? Action.reply("?oops\r\n") : Action.reply("+PONG\r\n"));
                RedisClient client = client(server, UnaryOperator.identity())) {
            client.pool().addListener(listener);
            assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> client.commands().ping())
                .withMessage("Expected a RESP type byte at offset 0 but got '?' (0x3F)");
            assertThat(listener.closed).containsExactly(CloseReason.BROKEN);
            assertThat(client.commands().ping()).isEqualTo("PONG");
            assertAtRest(client.pool());
        }
    }

    @Test
    void replyCutShortIsAConnectionErrorAndTheConnectionIsClosed() throws IOException {
        try (FakeRedisServer server = new FakeRedisServer((index, command) -> Action.replyThenClose("$10\r\nabc"));
                RedisClient client = client(server, (builder) -> builder.retryAttempts(0))) {
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.commands().get("k"))
                .withMessageContaining("closed the connection at offset 8");
            assertAtRest(client.pool());
            assertThat(client.pool().stats().open()).isZero();
        }
    }

    @Test
    void bulkLongerThanTheLimitIsRefusedBeforeItArrives() throws IOException {
        RespLimits limits = new RespLimits(1024, 100, 4, 1024);
        try (FakeRedisServer server = new FakeRedisServer((index, command) -> Action.reply("$4294967296\r\n"));
                RedisClient client = client(server, (builder) -> builder.limits(limits))) {
            assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> client.commands().get("k"))
                .withMessageContaining("claims 4294967296 bytes, more than the limit of 1024 (max-bulk-length)");
            assertThat(client.pool().stats().open()).isZero();
        }
    }

    @Test
    void pipelineCutMidwayTellsWhichCommandsHaveReplies() throws IOException {
        try (FakeRedisServer server = new FakeRedisServer(
                (index, command) -> (index < 2) ? Action.reply(":" + (index + 1) + "\r\n") : Action.close());
                RedisClient client = client(server, UnaryOperator.identity())) {
            var builders = client.commands().builders();
            var pipeline = client.pipeline();
            var first = pipeline.add(builders.strings().incr("a"));
            var second = pipeline.add(builders.strings().incr("b"));
            var third = pipeline.add(builders.strings().incr("c"));
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(pipeline::sync);
            assertThat(first.hasReply()).isTrue();
            assertThat(first.get()).isEqualTo(1);
            assertThat(second.get()).isEqualTo(2);
            assertThat(third.hasReply()).isFalse();
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(third::get);
            assertThat(server.count("INCR")).isEqualTo(3);
            assertAtRest(client.pool());
            assertThat(client.pool().stats().open()).isZero();
        }
    }

}
