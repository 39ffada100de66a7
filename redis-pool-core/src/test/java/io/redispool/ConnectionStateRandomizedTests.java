package io.redispool;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.command.Command;
import io.redispool.command.ReplyDecoders;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ordinary commands mixed at random with every connection-state command, through every
 * path, from several threads on a pool of two connections set to database 2: every reply
 * is checked against its own request, every refused command is refused, and at the end
 * every key is in database 2 and every connection still has its name.
 */
class ConnectionStateRandomizedTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final String[][] STATE_COMMANDS = { { "SELECT", "3" }, { "MULTI" }, { "EXEC" }, { "DISCARD" },
            { "WATCH", "w" }, { "UNWATCH" }, { "SUBSCRIBE", "ch" }, { "PSUBSCRIBE", "c*" }, { "SSUBSCRIBE", "ch" },
            { "UNSUBSCRIBE" }, { "PUNSUBSCRIBE" }, { "MONITOR" }, { "RESET" }, { "AUTH", "other", "pass" },
            { "HELLO", "3" }, { "CLIENT", "SETNAME", "stolen" }, { "CLIENT", "NO-EVICT", "on" },
            { "CLIENT", "TRACKING", "on" }, { "CLIENT", "REPLY", "OFF" }, { "CLIENT", "CACHING", "yes" }, { "QUIT" },
            { "READONLY" }, { "READWRITE" }, { "ASKING" }, { "SYNC" }, { "PSYNC", "?", "-1" } };

    private static final int THREADS = 6;

    private static final int ITERATIONS = 400;

    @Test
    void repliesStayWithTheirCallersAndTheDatabaseWithThePool() throws Exception {
        RedisClientConfig config = RedisClientConfig.builder()
            .host(redis.server().host())
            .port(redis.server().port())
            .database(2)
            .maxConnections(2)
            .maxWait(java.time.Duration.ofSeconds(5))
            .clientName("randomized")
            .build();
        try (RedisClient client = RedisClient.create(config);
                RedisClient observer = RedisClient.create(redis.server().url())) {
            observer.execute("FLUSHALL");
            ExecutorService executor = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = 31L * t + System.nanoTime();
                int worker = t;
                workers.add(executor.submit(() -> run(client, worker, new Random(seed))));
            }
            int refusals = 0;
            for (Future<Integer> each : workers) {
                refusals += each.get(2, TimeUnit.MINUTES);
            }
            executor.shutdown();
            assertThat(refusals).as("state commands tried").isPositive();
            assertThat(observer.execute("DBSIZE")).as("database 0 untouched").isEqualTo(0L);
            String list = (String) observer.execute("CLIENT", "LIST", "TYPE", "normal");
            assertThat(list.lines().filter((line) -> line.contains(" db=2 ")))
                .allSatisfy((line) -> assertThat(line).contains(" name=randomized ")
                    .contains(" flags=N ")
                    .contains(" sub=0 psub=0"));
            assertAtRest(client.pool());
        }
    }

    /**
     * One worker: returns how many state commands it saw refused; throws on any crossed
     * reply.
     */
    private static int run(RedisClient client, int worker, Random random) {
        int refusals = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            String key = "w" + worker + ":" + i;
            switch (random.nextInt(4)) {
                case 0 -> {
                    client.commands().set(key, key);
                    assertThat(client.commands().get(key)).isEqualTo(key);
                }
                case 1 -> {
                    Pipeline pipeline = client.pipeline();
                    pipeline.add(client.commands().builders().strings().set(key, "p" + key));
                    Response<String> read = pipeline.add(client.commands().builders().strings().get(key));
                    Response<Long> counted = pipeline
                        .add(client.commands().builders().strings().incr("count:" + worker));
                    pipeline.sync();
                    assertThat(read.get()).isEqualTo("p" + key);
                    assertThat(counted.get()).isPositive();
                }
                case 2 -> {
                    assertThat(client.execute("ECHO", key)).isEqualTo(key);
                    assertThat(client.execute("CLIENT", "GETNAME")).isEqualTo("randomized");
                }
                default -> {
                    refuse(client, STATE_COMMANDS[random.nextInt(STATE_COMMANDS.length)], random.nextInt(4));
                    refusals++;
                }
            }
        }
        return refusals;
    }

    private static void refuse(RedisClient client, String[] words, int path) {
        byte[][] bytes = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            bytes[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        Runnable attempt = switch (path) {
            case 0 -> () -> client.execute(words);
            case 1 -> () -> client.execute(bytes);
            case 2 -> () -> client.execute(Command.of(bytes, ReplyDecoders.STATUS));
            default -> () -> client.pipeline().add(Command.of(bytes, ReplyDecoders.STATUS));
        };
        try {
            attempt.run();
        }
        catch (IllegalArgumentException ex) {
            assertThat(ex.getMessage()).contains("cannot run on a pooled connection");
            return;
        }
        throw new AssertionError(String.join(" ", words) + " was not refused on path " + path);
    }

}
