package io.redispool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.FakeRedisServer.Action;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * Replies a real server never sends, on a shared connection: the command whose reply
 * breaks the protocol fails with the protocol error, and the connection is replaced.
 */
class MultiplexedFaultyReplyTests {

    private static RedisClient client(FakeRedisServer server) {
        return RedisClient.create(RedisClientConfig.builder()
            .host("127.0.0.1")
            .port(server.port())
            .socketTimeout(Duration.ofMillis(300))
            .retryAttempts(0)
            .multiplexedConnections(1)
            .build());
    }

    @Test
    void aMalformedReplyFailsItsCommandAndTheNextCommandGetsANewConnection() throws IOException {
        try (FakeRedisServer server = new FakeRedisServer(
                (index, command) -> (index == 0) ? Action.reply("?what\r\n") : Action.reply("$5\r\nfresh\r\n"));
                RedisClient client = client(server)) {
            assertThatExceptionOfType(RedisProtocolException.class).isThrownBy(() -> client.commands().get("k"));
            assertThat(client.commands().get("k")).isEqualTo("fresh");
            assertThat(server.connections()).isEqualTo(2);
        }
    }

    @Test
    void commandsWrittenAfterAMalformedReplyFailAsNeverAnswered() throws IOException {
        try (FakeRedisServer server = new FakeRedisServer(
                (index, command) -> (index == 0) ? Action.replyLate("?what\r\n", 100) : Action.reply(":1\r\n"));
                RedisClient client = client(server)) {
            CompletableFuture<String> first = client.async().get("a");
            CompletableFuture<Long> second = client.async().incr("b");
            assertThatExceptionOfType(CompletionException.class).isThrownBy(first::join)
                .withCauseInstanceOf(RedisProtocolException.class);
            assertThatExceptionOfType(CompletionException.class).isThrownBy(second::join)
                .havingCause()
                .isInstanceOf(RedisConnectionException.class)
                .withMessageContaining("was closed after an earlier failure");
        }
    }

    @Test
    void aLateReplyTimesOutAndIsNeverHandedToTheNextCommand() throws IOException {
        try (FakeRedisServer server = new FakeRedisServer((index, command) -> (index == 0)
                ? Action.replyLate("$5\r\nstale\r\n", 600) : Action.reply("$5\r\nfresh\r\n"));
                RedisClient client = client(server)) {
            assertThatExceptionOfType(RedisTimeoutException.class).isThrownBy(() -> client.commands().get("k"))
                .withMessageContaining("300ms (socket-timeout)");
            assertThat(client.commands().get("k")).isEqualTo("fresh");
        }
    }

}
