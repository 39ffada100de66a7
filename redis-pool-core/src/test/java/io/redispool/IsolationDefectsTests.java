package io.redispool;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static io.redispool.pool.PoolAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.redispool.FakeRedisServer.Action;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import io.redispool.metrics.PoolListener;
import io.redispool.testing.RedisServerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The defects found by trying the pool as a user would, each one reproduced: a popped
 * item lost to a timeout, min-idle opening past max-connections, a retry's refusal hiding
 * the first error, an interrupted caller destroying a healthy connection, a null argument
 * costing a connection, binary data corrupted by the String codec, a probe after close.
 */
class IsolationDefectsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static RedisClient client(int maxConnections) {
        return RedisClient
            .create(RedisClientConfig.builder().url(redis.server().url()).maxConnections(maxConnections).build());
    }

    @Test
    void blockingPopLongerThanTheSocketTimeoutReturnsTheItemPushedLate() throws Exception {
        RedisClientConfig config = RedisClientConfig.builder()
            .url(redis.server().url())
            .socketTimeout(Duration.ofMillis(300))
            .build();
        try (RedisClient client = RedisClient.create(config); RedisClient pusher = client(1)) {
            pusher.execute("DEL", "late-queue");
            CompletableFuture<Object> popped = CompletableFuture
                .supplyAsync(() -> client.execute("BLPOP", "late-queue", "3"));
            Thread.sleep(900);
            pusher.execute("RPUSH", "late-queue", "item");
            assertThat(popped.get(5, TimeUnit.SECONDS)).isEqualTo(java.util.List.of("late-queue", "item"));
            assertThat(pusher.execute("LLEN", "late-queue")).as("nothing left behind, nothing lost").isEqualTo(0L);
            assertAtRest(client.pool());
        }
    }

    @Test
    void blockingPopStillTimesOutOnceItsOwnWaitAndTheSocketTimeoutHavePassed() {
        RedisClientConfig config = RedisClientConfig.builder()
            .url(redis.server().url())
            .socketTimeout(Duration.ofMillis(200))
            .build();
        try (RedisClient client = RedisClient.create(config)) {
            client.execute("DEL", "empty-queue");
            long start = System.nanoTime();
            assertThat(client.execute("BLPOP", "empty-queue", "0.3")).isNull();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
            assertAtRest(client.pool());
        }
    }

    @Test
    void minIdleNeverOpensMoreThanMaxConnections() throws Exception {
        RedisClientConfig config = RedisClientConfig.builder()
            .url(redis.server().url())
            .maxConnections(2)
            .minIdle(2)
            .build();
        try (RedisClient client = RedisClient.create(config)) {
            eventually(() -> client.pool().stats().open() == 2, "min-idle filled the pool");
            try (HeldConnections held = HeldConnections.hold(client, 1)) {
                client.pool().reset();
                // The reset retires the idle connection; the filler wants 2 idle with 1
                // held.
                eventually(() -> client.pool().stats().idle() == 1, "the filler topped up");
                Thread.sleep(200);
                assertThat(client.pool().stats().open()).isEqualTo(2);
            }
        }
    }

    @Test
    void retryRefusedByAFullPoolKeepsTheFirstFailureAsSuppressed() throws IOException {
        try (FakeRedisServer server = new FakeRedisServer(
                (index, command) -> (index == 0) ? Action.close() : Action.reply("+OK\r\n"));
                RedisClient client = RedisClient.create(RedisClientConfig.builder()
                    .host("127.0.0.1")
                    .port(server.port())
                    .maxConnections(1)
                    .maxWait(Duration.ZERO)
                    .build())) {
            AtomicReference<HeldConnections> taken = new AtomicReference<>();
            AtomicBoolean first = new AtomicBoolean(true);
            client.pool().addListener(new PoolListener() {
                @Override
                public void connectionReleased(long heldNanos) {
                    if (first.getAndSet(false)) {
                        // Another caller takes the only slot between the failure and the
                        // retry.
                        taken.set(HeldConnections.hold(client, 1));
                    }
                }
            });
            assertThatExceptionOfType(TooManyConnectionsException.class).isThrownBy(() -> client.commands().get("k"))
                .satisfies((ex) -> assertThat(ex.getSuppressed()).singleElement()
                    .isInstanceOf(RedisConnectionException.class)
                    .extracting(Throwable::getMessage)
                    .asString()
                    .contains("The server closed the connection"));
            taken.get().close();
        }
    }

    @Test
    void interruptedCallerIsToldSoAndTheIdleConnectionSurvives() {
        try (RedisClient client = client(1)) {
            client.commands().set("k", "v");
            long created = client.pool().stats().created();
            Thread.currentThread().interrupt();
            try {
                assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.commands().get("k"))
                    .withMessageContaining("is interrupted; nothing was sent")
                    .satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isFalse());
                assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
            }
            finally {
                Thread.interrupted();
            }
            assertThat(client.commands().get("k")).isEqualTo("v");
            assertThat(client.pool().stats().created()).as("the idle connection was reused").isEqualTo(created);
        }
    }

    @Test
    void nullArgumentIsRefusedBeforeAnyConnectionIsBorrowed() {
        try (RedisClient client = client(1)) {
            assertThatIllegalArgumentException().isThrownBy(() -> client.execute("SET", null, "v"))
                .withMessage("'arguments' must not hold null but argument 1 of 3 was null");
            assertThatIllegalArgumentException()
                .isThrownBy(() -> client.execute("SET".getBytes(StandardCharsets.UTF_8), null))
                .withMessage("'arguments' must not hold null but argument 1 of 2 was null");
            assertThat(client.pool().stats().created()).as("no connection opened").isZero();
        }
    }

    @Test
    void nullArgumentInAPipelineLeavesTheQueuedCommandsUsable() {
        try (RedisClient client = client(1)) {
            Pipeline pipeline = client.pipeline();
            Response<Long> incremented = pipeline.add(client.commands().builders().strings().incr("pipelined"));
            assertThatIllegalArgumentException().isThrownBy(() -> pipeline.add(io.redispool.command.Command
                .of(new byte[][] { "GET".getBytes(), null }, io.redispool.command.ReplyDecoders.STATUS)));
            pipeline.sync();
            assertThat(incremented.get()).isPositive();
            assertAtRest(client.pool());
        }
    }

    @Test
    void stringCommandsRefuseBinaryValuesInsteadOfCorruptingThem() {
        try (RedisClient client = client(1)) {
            byte[] binary = { 'a', (byte) 0xFF, (byte) 0xFE };
            client.execute("SET".getBytes(), "binary".getBytes(), binary);
            assertThatExceptionOfType(RedisCodecException.class).isThrownBy(() -> client.commands().get("binary"))
                .withMessageContaining("is not valid UTF-8");
            assertThat((byte[]) client.execute("GET".getBytes(), "binary".getBytes())).isEqualTo(binary);
            assertThat(client.commands().ping()).as("the connection is healthy after").isEqualTo("PONG");
        }
    }

    @Test
    void probeAfterCloseIsRefusedWithoutConnecting() {
        RedisClient client = client(1);
        client.close();
        long before = clients();
        assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(client::probe)
            .withMessageContaining("is closed");
        assertThat(clients()).isEqualTo(before);
    }

    @Test
    void tooManyConnectionsIsAConnectionExceptionThatNeverReachedTheServer() throws Exception {
        try (RedisClient client = RedisClient.create(RedisClientConfig.builder()
            .url(redis.server().url())
            .maxConnections(1)
            .maxWait(Duration.ZERO)
            .build())) {
            try (HeldConnections held = HeldConnections.hold(client, 1)) {
                assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.commands().get("k"))
                    .isInstanceOf(TooManyConnectionsException.class)
                    .satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isFalse());
            }
        }
    }

    private static long clients() {
        try (RedisClient counter = client(1)) {
            String list = (String) counter.execute("CLIENT", "LIST", "TYPE", "normal");
            return list.lines().filter((line) -> !line.isBlank()).count() - 1;
        }
    }

}
