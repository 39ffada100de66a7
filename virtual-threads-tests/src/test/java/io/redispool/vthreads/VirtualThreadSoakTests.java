package io.redispool.vthreads;

import static io.redispool.vthreads.VirtualThreadStressTests.assertAtRest;
import static io.redispool.vthreads.VirtualThreadStressTests.assertCountersOnTheServer;
import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.testing.RedisServerExtension;
import io.redispool.vthreads.CallerRun.Result;
import io.redispool.vthreads.CallerRun.Threads;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Virtual threads run checked commands while the server kills the pool's connections at
 * random with {@code CLIENT KILL ID}: failures must be typed, replies never crossed, and
 * the pool whole at the end.
 *
 * <p>
 * {@code -Dredispool.vthreads.soak.seconds} sets the length (8 by default, for CI),
 * {@code -Dredispool.vthreads.soak.callers} the number of virtual threads (2000) and
 * {@code -Dredispool.vthreads.soak.seed} the seed of the kills (random, printed).
 */
class VirtualThreadSoakTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final String CLIENT_NAME = "vt-soak";

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void connectionsKilledAtRandomUnderVirtualThreadsYieldTypedFailuresNeverCrossedReplies() throws Exception {
        long seed = Long.getLong("redispool.vthreads.soak.seed", new Random().nextLong());
        Duration length = Duration.ofSeconds(Long.getLong("redispool.vthreads.soak.seconds", 8));
        int callers = Integer.getInteger("redispool.vthreads.soak.callers", 2000);
        String rerun = "kill seed " + seed + " (rerun with -Dredispool.vthreads.soak.seed=" + seed + ")";
        try (RedisClient operator = RedisClient.create(redis.server().url());
                RedisClient client = RedisClient.create(RedisClientConfig.builder()
                    .url(redis.server().url())
                    .clientName(CLIENT_NAME)
                    .maxConnections(VirtualThreadStressTests.CONNECTIONS)
                    .maxWait(Duration.ofSeconds(2))
                    .socketTimeout(Duration.ofSeconds(1))
                    .connectTimeout(Duration.ofSeconds(1))
                    .retryAttempts(1)
                    .build())) {
            operator.commands().flushdb();
            Killer killer = new Killer(operator, new Random(seed));
            Thread killing = Thread.ofPlatform().name("client-killer").start(() -> killer.killUntil(length));
            long end = System.nanoTime() + length.toNanos();
            Result result = CallerRun.run(client, Threads.VIRTUAL, 0, callers, (round) -> System.nanoTime() - end < 0,
                    length.plusSeconds(60));
            killing.join();
            System.out.println("Virtual-thread soak, " + rerun + ": " + result.summary() + "; " + killer.kills
                    + " connections killed");

            assertThat(result.problems()).as(rerun).isEmpty();
            assertThat(killer.kills.get()).as(rerun + ": connections killed").isPositive();
            assertThat(result.operations()).as(rerun + ": round trips that succeeded").isGreaterThan(1000);
            assertCountersOnTheServer(operator, result);
            assertAtRest(client.pool().stats());
        }
    }

    /**
     * Kills one of the pool's connections every 5 to 50 ms, as an operator's CLIENT KILL
     * would.
     */
    private static final class Killer {

        private final RedisClient operator;

        private final Random random;

        private final AtomicLong kills = new AtomicLong();

        Killer(RedisClient operator, Random random) {
            this.operator = operator;
            this.random = random;
        }

        void killUntil(Duration length) {
            long end = System.nanoTime() + length.toNanos();
            while (System.nanoTime() - end < 0) {
                List<String> ids = poolConnectionIds();
                if (!ids.isEmpty()) {
                    String victim = ids.get(this.random.nextInt(ids.size()));
                    this.kills.addAndGet((Long) this.operator.execute("CLIENT", "KILL", "ID", victim));
                }
                try {
                    Thread.sleep(5 + this.random.nextInt(46));
                }
                catch (InterruptedException ex) {
                    return;
                }
            }
        }

        private List<String> poolConnectionIds() {
            String list = (String) this.operator.execute("CLIENT", "LIST", "TYPE", "normal");
            return list.lines()
                .filter((line) -> line.contains(" name=" + CLIENT_NAME + " "))
                .map((line) -> line.substring("id=".length(), line.indexOf(' ')))
                .toList();
        }

    }

}
