package io.redispool.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisConnectionException;
import io.redispool.RedisWrongTypeException;
import io.redispool.codec.ByteArrayCodec;
import io.redispool.commands.list.PoppedElement;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The asynchronous commands in both modes: over the pool (each on a worker thread) and
 * over shared connections.
 */
class RedisAsyncCommandsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static RedisClient client(int multiplexedConnections) {
        return RedisClient.create(RedisClientConfig.builder()
            .port(redis.server().port())
            .maxConnections(4)
            .maxWait(Duration.ofSeconds(5))
            .multiplexedConnections(multiplexedConnections)
            .build());
    }

    @ParameterizedTest(name = "multiplexed connections: {0}")
    @ValueSource(ints = { 0, 2 })
    void everydayCommandsCompleteWithTheirDecodedReplies(int multiplexed) {
        try (RedisClient client = client(multiplexed)) {
            RedisAsyncCommands<String, String> async = client.async();
            String key = "async:" + multiplexed;
            assertThat(async.set(key + ":s", "v").join()).isTrue();
            assertThat(async.get(key + ":s").join()).isEqualTo("v");
            assertThat(async.incr(key + ":n").join()).isEqualTo(1);
            assertThat(async.hset(key + ":h", "f", "x").join()).isEqualTo(1);
            assertThat(async.hgetall(key + ":h").join()).isEqualTo(Map.of("f", "x"));
            assertThat(async.hget(key + ":h", "f").join()).isEqualTo("x");
            assertThat(async.mget(List.of(key + ":s", key + ":none")).join()).containsExactly("v", null);
            assertThat(async.expire(key + ":s", Duration.ofMinutes(1)).join()).isTrue();
            assertThat(async.exists(List.of(key + ":s", key + ":n")).join()).isEqualTo(2);
            assertThat(async.del(List.of(key + ":s")).join()).isEqualTo(1);
            assertThat(async.send((c) -> c.lists().rpush(key + ":l", List.of("a", "b"))).join()).isEqualTo(2);
            assertThat(async.send((c) -> c.lists().lrange(key + ":l", 0, -1)).join()).containsExactly("a", "b");
        }
    }

    @ParameterizedTest(name = "multiplexed connections: {0}")
    @ValueSource(ints = { 0, 1 })
    void manyCommandsInFlightCompleteEachWithItsOwnReply(int multiplexed) {
        try (RedisClient client = client(multiplexed)) {
            RedisAsyncCommands<String, String> async = client.async();
            List<CompletableFuture<String>> echoes = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                String value = "echo-" + i;
                echoes.add(async.send((c) -> c.server().echo(value)));
            }
            for (int i = 0; i < 2000; i++) {
                assertThat(echoes.get(i).join()).isEqualTo("echo-" + i);
            }
        }
    }

    @ParameterizedTest(name = "multiplexed connections: {0}")
    @ValueSource(ints = { 0, 1 })
    void aServerErrorCompletesExceptionallyWithItsTypedException(int multiplexed) {
        try (RedisClient client = client(multiplexed)) {
            client.commands().rpush("async:list:" + multiplexed, List.of("a"));
            CompletableFuture<String> wrongType = client.async().get("async:list:" + multiplexed);
            assertThatExceptionOfType(CompletionException.class).isThrownBy(wrongType::join)
                .withCauseInstanceOf(RedisWrongTypeException.class);
        }
    }

    @ParameterizedTest(name = "multiplexed connections: {0}")
    @ValueSource(ints = { 0, 1 })
    void aBlockingCommandWaitsWithoutHoldingUpTheOthers(int multiplexed) {
        try (RedisClient client = client(multiplexed)) {
            String queue = "async:queue:" + multiplexed;
            CompletableFuture<PoppedElement<String, String>> popped = client.async()
                .send((c) -> c.lists().blpop(List.of(queue), Duration.ofSeconds(5)));
            assertThat(client.async().send((c) -> c.server().echo("meanwhile")).join()).isEqualTo("meanwhile");
            assertThat(popped).isNotDone();
            client.async().send((c) -> c.lists().rpush(queue, List.of("job"))).join();
            assertThat(popped.join().value()).isEqualTo("job");
        }
    }

    @ParameterizedTest(name = "multiplexed connections: {0}")
    @ValueSource(ints = { 0, 1 })
    void aBinaryCodecWorksAsynchronously(int multiplexed) {
        try (RedisClient client = client(multiplexed)) {
            RedisAsyncCommands<byte[], byte[]> bytes = client.async(ByteArrayCodec.INSTANCE);
            bytes.set("async:bytes".getBytes(), new byte[] { 1, 2, 3 }).join();
            assertThat(bytes.get("async:bytes".getBytes()).join()).containsExactly(1, 2, 3);
        }
    }

    @ParameterizedTest(name = "multiplexed connections: {0}")
    @ValueSource(ints = { 0, 1 })
    void aClosedClientCompletesExceptionally(int multiplexed) {
        RedisClient client = client(multiplexed);
        client.async().get("async:before").join();
        client.close();
        assertThatExceptionOfType(CompletionException.class).isThrownBy(() -> client.async().get("async:k").join())
            .withCauseInstanceOf(RedisConnectionException.class);
    }

}
