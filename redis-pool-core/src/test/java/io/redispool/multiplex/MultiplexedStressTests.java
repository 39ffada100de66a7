package io.redispool.multiplex;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisCommands;
import io.redispool.StressRun;
import io.redispool.async.RedisAsyncCommands;
import io.redispool.testing.RedisServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many threads on a few shared connections, every reply checked against its own request:
 * each thread writes values no other thread writes, so a reply crossed between callers
 * fails the test.
 */
class MultiplexedStressTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final int THREADS = 64;

    private static final int ITERATIONS = 400;

    @Test
    void sixtyFourThreadsOnTwoSharedConnectionsEachGetTheirOwnReplies() throws InterruptedException {
        try (RedisClient client = RedisClient
            .create(RedisClientConfig.builder().port(redis.server().port()).multiplexedConnections(2).build())) {
            RedisCommands<String, String> commands = client.commands();
            ConcurrentLinkedQueue<String> failures = run((id, i) -> {
                String key = "mxstress:" + id;
                String value = id + ":" + i + ":" + ThreadLocalRandom.current().nextLong();
                commands.set(key, value);
                check(commands.get(key), value, id, i);
                check(commands.incr("mxstress:counter:" + id), (long) i + 1, id, i);
                check(commands.echo(value), value, id, i);
            });
            assertThat(failures).isEmpty();
            assertThat(client.pool().stats().created()).isZero();
        }
    }

    @Test
    void asynchronousBatchesFromManyThreadsEachGetTheirOwnReplies() throws InterruptedException {
        try (RedisClient client = RedisClient
            .create(RedisClientConfig.builder().port(redis.server().port()).multiplexedConnections(1).build())) {
            RedisAsyncCommands<String, String> async = client.async();
            ConcurrentLinkedQueue<String> failures = run((id, i) -> {
                List<CompletableFuture<String>> echoes = new ArrayList<>();
                List<String> sent = new ArrayList<>();
                for (int n = 0; n < 8; n++) {
                    String value = id + "/" + i + "/" + n + "/" + ThreadLocalRandom.current().nextLong();
                    sent.add(value);
                    echoes.add(async.send((c) -> c.server().echo(value)));
                }
                for (int n = 0; n < 8; n++) {
                    check(echoes.get(n).join(), sent.get(n), id, i);
                }
            });
            assertThat(failures).isEmpty();
        }
    }

    static void check(Object actual, Object expected, int id, int i) {
        if (!expected.equals(actual)) {
            throw new AssertionError(
                    "thread " + id + " iteration " + i + " expected " + expected + " but got " + actual);
        }
    }

    static ConcurrentLinkedQueue<String> run(StressRun.Step step) throws InterruptedException {
        return StressRun.run(THREADS, ITERATIONS, step);
    }

}
