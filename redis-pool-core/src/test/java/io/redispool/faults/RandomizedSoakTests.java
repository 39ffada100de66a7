package io.redispool.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many threads run commands through a proxy whose faults change at random, and every
 * successful reply is checked against its own request: a failure may be an exception,
 * never wrong data.
 *
 * <p>
 * Bounded in time and repeatable in its choices: {@code -Dredispool.soak.seconds} sets
 * the length (10 by default, for CI; longer by hand), {@code -Dredispool.soak.seed} the
 * seed (random by default, printed at the start and in every failure), and
 * {@code -Dredispool.soak.threads} the number of threads (16). Thread timing still varies
 * from run to run, so a seed repeats the faults and the commands, not every interleaving.
 */
class RandomizedSoakTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    @Test
    void randomFaultsUnderLoadNeverYieldWrongDataNorBreakThePool() throws InterruptedException {
        long seed = Long.getLong("redispool.soak.seed", new Random().nextLong());
        Duration length = Duration.ofSeconds(Long.getLong("redispool.soak.seconds", 10));
        int threads = Integer.getInteger("redispool.soak.threads", 16);
        String rerun = "soak seed " + seed + " (rerun with -Dredispool.soak.seed=" + seed + ")";
        System.out.println("Randomized soak: " + rerun + ", " + length.toSeconds() + "s, " + threads + " threads");
        Random random = new Random(seed);
        try (DirectClient direct = DirectClient.fresh(redis.server());
                ProxiedClient proxied = ProxiedClient.create(redis.server(),
                        (config) -> config.maxConnections(8)
                            .maxWait(Duration.ofMillis(300))
                            .socketTimeout(Duration.ofMillis(250))
                            .connectTimeout(Duration.ofMillis(250))
                            .retryAttempts(random.nextInt(3))
                            .retryOnTimeout(random.nextBoolean())
                            .healthCheckInterval(Duration.ofMillis(random.nextBoolean() ? 0 : 50)))) {
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            List<SoakWorker> workers = new ArrayList<>();
            List<Thread> started = new ArrayList<>();
            for (int id = 0; id < threads; id++) {
                workers.add(new SoakWorker(id, seed, proxied.client(), running, wrong));
                started.add(new Thread(workers.get(id), "soak-worker-" + id));
                started.get(id).start();
            }
            Chaos chaos = new Chaos(proxied.proxy(), direct, new Random(random.nextLong()));
            chaos.runFor(length);
            Thread.sleep(300);
            running.set(false);
            stop(started, wrong);
            report(workers, chaos);
            workers.forEach((worker) -> worker.verifyOnTheServer(direct));
            assertThat(wrong).as(rerun).isEmpty();
            assertThat(workers.stream().mapToLong(SoakWorker::successes).sum()).as(rerun + ": successes")
                .isGreaterThan(100);
            proxied.assertSettled();
        }
    }

    private static void stop(List<Thread> threads, Queue<String> wrong) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(10_000);
            if (thread.isAlive()) {
                wrong.add(thread.getName() + " is stuck: " + List.of(thread.getStackTrace()));
            }
        }
    }

    private static void report(List<SoakWorker> workers, Chaos chaos) {
        long successes = workers.stream().mapToLong(SoakWorker::successes).sum();
        long failures = workers.stream().mapToLong(SoakWorker::failures).sum();
        System.out.println("Randomized soak: " + successes + " successes, " + failures + " typed failures, faults: "
                + chaos.applied());
    }

}
