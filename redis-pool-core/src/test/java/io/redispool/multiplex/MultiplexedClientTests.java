package io.redispool.multiplex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisCommands;
import io.redispool.RedisConnectionException;
import io.redispool.RedisWrongTypeException;
import io.redispool.codec.ByteArrayCodec;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import io.redispool.execution.Transaction;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The multiplexed mode against a real server: the same API as the pooled mode, the
 * everyday commands over the shared connections, everything else through the pool.
 */
class MultiplexedClientTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static RedisClient client(int connections) {
        return RedisClient.create(RedisClientConfig.builder()
            .port(redis.server().port())
            .clientName("multiplexed-tests")
            .multiplexedConnections(connections)
            .build());
    }

    @Test
    void everydayCommandsRunOverTheSharedConnectionsAndBorrowNothing() {
        try (RedisClient client = client(2)) {
            RedisCommands<String, String> commands = client.commands();
            assertThat(commands.set("mx:greeting", "hello")).isTrue();
            assertThat(commands.get("mx:greeting")).isEqualTo("hello");
            assertThat(commands.incr("mx:counter")).isEqualTo(1);
            assertThat(commands.get("mx:missing")).isNull();
            assertThat(client.execute("ECHO", "words")).isEqualTo("words");
            assertThat(client.pool().stats().created()).isZero();
        }
    }

    @Test
    void aBinaryCodecSharesTheSameConnections() {
        try (RedisClient client = client(1)) {
            RedisCommands<byte[], byte[]> bytes = client.commands(ByteArrayCodec.INSTANCE);
            bytes.set("mx:bytes".getBytes(), new byte[] { 0, (byte) 0xFF, 13, 10 });
            assertThat(bytes.get("mx:bytes".getBytes())).containsExactly(0, (byte) 0xFF, 13, 10);
            assertThat(client.pool().stats().created()).isZero();
        }
    }

    @Test
    void serverErrorsReachOnlyTheirCallerAsTypedExceptions() {
        try (RedisClient client = client(1)) {
            client.commands().rpush("mx:list", List.of("a"));
            assertThatExceptionOfType(RedisWrongTypeException.class).isThrownBy(() -> client.commands().get("mx:list"));
            assertThat(client.commands().set("mx:after-error", "fine")).isTrue();
            assertThat(client.commands().get("mx:after-error")).isEqualTo("fine");
        }
    }

    @Test
    void blockingCommandsBorrowAPooledConnectionAndStallNobody() throws InterruptedException {
        try (RedisClient client = client(1)) {
            AtomicReference<Object> popped = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            Thread waiter = new Thread(() -> {
                popped.set(client.commands().blpop(List.of("mx:queue"), Duration.ofSeconds(5)));
                done.countDown();
            });
            waiter.start();
            for (int i = 0; i < 50; i++) {
                assertThat(client.commands().echo("while blocked " + i)).isEqualTo("while blocked " + i);
            }
            client.commands().rpush("mx:queue", List.of("job"));
            assertThat(done.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(popped.get()).asString().contains("job");
            assertThat(client.pool().stats().created()).isEqualTo(1);
        }
    }

    @Test
    void stateChangingCommandsAreRefusedAsOnThePool() {
        try (RedisClient client = client(1)) {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> client.execute("SELECT", "1"))
                .withMessageContaining("SELECT cannot run on a pooled connection");
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> client.execute("MULTI"));
        }
    }

    @Test
    void pipelinesAndTransactionsKeepUsingThePool() {
        try (RedisClient client = client(1)) {
            Pipeline pipeline = client.pipeline();
            List<Response<Long>> counts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                counts.add(pipeline.add(client.commands().builders().strings().incr("mx:piped")));
            }
            pipeline.sync();
            assertThat(counts.get(9).get()).isEqualTo(10);
            Transaction transaction = client.multi();
            Response<Long> incremented = transaction.add(client.commands().builders().strings().incr("mx:piped"));
            assertThat(transaction.exec()).isTrue();
            assertThat(incremented.get()).isEqualTo(11);
            assertThat(client.pool().stats().created()).isEqualTo(1);
        }
    }

    @Test
    void manyThreadsShareNoMoreThanTheConfiguredConnections() throws InterruptedException {
        try (RedisClient client = client(2); RedisClient observer = client(0)) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 100; i++) {
                        client.commands().get("mx:absent");
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            String clients = (String) observer.execute("CLIENT", "LIST");
            long shared = clients.lines().filter((line) -> line.contains("name=multiplexed-tests")).count();
            // The observer's own pooled connection carries the same name.
            assertThat(shared).isEqualTo(3);
        }
    }

    @Test
    void aClosedClientRefusesCommandsWithAClearError() {
        RedisClient client = client(1);
        client.commands().get("mx:before-close");
        client.close();
        assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.commands().get("mx:k"))
            .withMessageContaining("is closed")
            .satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isFalse());
    }

}
