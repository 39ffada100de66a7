package io.redispool;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.commands.Commands;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many threads on a small pool, every reply checked against its own request: a reply
 * crossed between callers fails the test.
 */
class ConcurrencyStressTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final int THREADS = 64;

    private static final int ITERATIONS = 300;

    @Test
    void sixtyFourThreadsOnEightConnectionsEachReadTheirOwnReplies() throws InterruptedException {
        try (RedisClient client = RedisClient.create(RedisClientConfig.builder()
            .port(redis.server().port())
            .maxConnections(8)
            .maxWait(Duration.ofSeconds(10))
            .build())) {
            ConcurrentLinkedQueue<String> failures = StressRun.run(THREADS, ITERATIONS, (id, i) -> {
                RedisCommands<String, String> commands = client.commands();
                String key = "stress:" + id;
                String value = id + ":" + i + ":" + ThreadLocalRandom.current().nextLong();
                commands.set(key, value);
                check(commands.get(key), value, id, i);
                check(commands.incr("counter:" + id), (long) i + 1, id, i);
                if (i % 10 == 0) {
                    pipelined(client, id, i);
                }
            });
            assertThat(failures).isEmpty();
            assertAtRest(client.pool());
            assertThat(client.pool().stats().created()).isLessThanOrEqualTo(8);
            assertThat(client.pool().stats().tooManyConnections()).isZero();
        }
    }

    @Test
    void refusalsUnderSaturationAreCountedAndNeverCrossReplies() throws InterruptedException {
        AtomicInteger refusals = new AtomicInteger();
        try (RedisClient client = RedisClient.create(RedisClientConfig.builder()
            .port(redis.server().port())
            .maxConnections(4)
            .maxWait(Duration.ZERO)
            .build())) {
            ConcurrentLinkedQueue<String> failures = StressRun.run(THREADS, ITERATIONS, (id, i) -> {
                String key = "saturated:" + id + ":" + i;
                try {
                    client.commands().set(key, key);
                    check(client.commands().get(key), key, id, i);
                }
                catch (TooManyConnectionsException ex) {
                    refusals.incrementAndGet();
                }
            });
            assertThat(failures).isEmpty();
            assertAtRest(client.pool());
            assertThat(client.pool().stats().tooManyConnections()).isEqualTo(refusals.get());
            assertThat(client.pool().stats().created()).isLessThanOrEqualTo(4);
        }
    }

    private static void pipelined(RedisClient client, int id, int i) {
        Commands<String, String> builders = client.commands().builders();
        Pipeline pipeline = client.pipeline();
        List<Response<String>> echoes = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            echoes.add(pipeline.add(builders.server().echo(id + "/" + i + "/" + n)));
        }
        pipeline.sync();
        for (int n = 0; n < 5; n++) {
            check(echoes.get(n).get(), id + "/" + i + "/" + n, id, i);
        }
    }

    private static void check(Object actual, Object expected, int id, int i) {
        if (!expected.equals(actual)) {
            throw new AssertionError(
                    "thread " + id + " iteration " + i + " expected " + expected + " but got " + actual);
        }
    }

}
