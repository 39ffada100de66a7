package io.redispool.sentinel;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisConnectionException;
import io.redispool.RedisTimeoutException;
import io.redispool.RedisCommands;
import io.redispool.connection.Endpoint;
import io.redispool.testing.RedisSentinelExtension;
import io.redispool.testing.RedisSentinelSetup;
import io.redispool.launcher.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that follows a real Sentinel set-up through a SENTINEL FAILOVER, a failover
 * under writes, and the death of its master. One set-up for the class, with two replicas
 * so that each failover finds one ready; the tests run in order, each starting where the
 * previous one left the master. The figures each test prints are quoted in
 * docs/sentinel.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SentinelFailoverTests {

    private static final String DATA_PASSWORD = "data-secret";

    private static final String SENTINEL_PASSWORD = "sentinel-secret";

    private static final String CLIENT_NAME = "sentinel-failover-tests";

    @RegisterExtension
    static final RedisSentinelExtension sentinel = RedisSentinelExtension
        .create((builder) -> builder.replicas(2).password(DATA_PASSWORD).sentinelPassword(SENTINEL_PASSWORD));

    private static final List<Long> switchTimes = new ArrayList<>();

    private static final List<String> switchCauses = new ArrayList<>();

    private static RedisClient client;

    private static RedisCommands<String, String> redis;

    @BeforeAll
    static void connect() {
        client = RedisClient.create(RedisClientConfig.builder()
            .sentinelMaster(sentinel.setup().masterName())
            .sentinelNodes(sentinel.setup().sentinelAddresses())
            .sentinelPassword(SENTINEL_PASSWORD)
            .password(DATA_PASSWORD)
            .clientName(CLIENT_NAME)
            .maxConnections(16)
            .maxWait(Duration.ofSeconds(2))
            .build());
        redis = client.commands();
        client.sentinel().orElseThrow().addListener((from, to, cause) -> {
            synchronized (switchTimes) {
                switchTimes.add(System.nanoTime());
                switchCauses.add(cause);
            }
        });
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    @Order(1)
    void masterIsTheOneTheSentinelsName(RedisSentinelSetup setup) {
        assertThat(client.sentinel()).isPresent();
        assertThat(client.sentinel().get().currentMaster()).isEmpty();
        redis.set("greeting", "hello");
        assertThat(client.sentinel().get().currentMaster()).contains(endpoint(setup.master()));
        assertThat(get(setup.master(), "greeting")).isEqualTo("hello");
        assertThat(client.sentinel().get().failoversFollowed()).isZero();
    }

    @Test
    @Order(2)
    void sentinelFailoverIsFollowedAndConnectionsToTheOldMasterAreClosed(RedisSentinelSetup setup) {
        RedisServer old = setup.master();
        // Three connections at once, so the pool holds three to the old master.
        client.withConnection((a) -> client.withConnection((b) -> client.withConnection((c) -> c.ping())));
        assertThat(connectionsOfThisClient(old)).isGreaterThanOrEqualTo(3);
        long start = System.nanoTime();
        RedisServer promoted = setup.failover();
        assertThat(Await.isTrue(() -> client.sentinel().get().currentMaster().equals(Optional.of(endpoint(promoted))),
                Duration.ofSeconds(15)))
            .as("the client follows to %s", promoted)
            .isTrue();
        System.out.printf("SENTINEL FAILOVER followed %dms after it was asked for%n", millisSince(start, lastSwitch()));
        synchronized (switchTimes) {
            assertThat(switchCauses).as("what moved the pool: a sentinel's announcement, heard on the subscription")
                .singleElement()
                .satisfies((cause) -> assertThat(cause).containsAnyOf("+promoted-slave", "+switch-master"));
        }
        redis.set("after-failover", "written");
        assertThat(get(promoted, "after-failover")).isEqualTo("written");
        assertThat(Await.isTrue(() -> connectionsOfThisClient(old) == 0, Duration.ofSeconds(15)))
            .as("connections left on the old master")
            .isTrue();
        assertThat(client.sentinel().get().failoversFollowed()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void noWriteRunsTwiceWhenTheMasterFailsOverUnderLoad(RedisSentinelSetup setup) throws InterruptedException {
        long followedBefore = client.sentinel().get().failoversFollowed();
        Writers writers = new Writers(4);
        writers.start();
        writers.awaitSuccesses(200);
        setup.awaitReplicas();
        long failoverStart = System.nanoTime();
        long acknowledgedBefore = writers.succeeded.get();
        RedisServer promoted = setup.failover();
        assertThat(Await.isTrue(() -> client.sentinel().get().currentMaster().equals(Optional.of(endpoint(promoted))),
                Duration.ofSeconds(15)))
            .isTrue();
        long afterFollow = writers.succeeded.get();
        double writesPerMilli = (afterFollow - acknowledgedBefore)
                / (double) millisSince(failoverStart, System.nanoTime());
        writers.awaitSuccesses(afterFollow + 200);
        writers.stop();

        List<String> pushed = redis.lrange("ids", 0, -1);
        Set<String> distinct = new HashSet<>(pushed);
        assertThat(pushed).as("ids pushed twice").hasSameSizeAs(distinct);
        assertThat(writers.certainlyNotRun).as("ids whose RPUSH certainly never ran")
            .doesNotContainAnyElementsOf(distinct);
        long counter = Long.parseLong(redis.get("counter"));
        assertThat(counter).as("INCRs that ran")
            .isLessThanOrEqualTo(writers.incrSucceeded.get() + writers.incrUncertain.get());
        Set<String> acknowledged = new HashSet<>(writers.acknowledged);
        acknowledged.removeAll(distinct);
        assertThat(client.sentinel().get().failoversFollowed()).isEqualTo(followedBefore + 1);
        System.out
            .printf("Failover under load: %d RPUSH acknowledged, %d on the new master, %d acknowledged by the old "
                    + "master and lost (about %.0fms of writes), %d failed maybe-run, %d failed never-run; INCR %d acknowledged, counter %d; errors %s%n",
                    writers.acknowledged.size(), pushed.size(), acknowledged.size(),
                    acknowledged.size() / writesPerMilli, writers.uncertain.get(), writers.certainlyNotRun.size(),
                    writers.incrSucceeded.get(), counter, writers.errors);
    }

    @Test
    @Order(4)
    void killedMasterIsFollowedOnceTheSentinelsPromoteAReplica(RedisSentinelSetup setup) throws InterruptedException {
        long followedBefore = client.sentinel().get().failoversFollowed();
        Writers writers = new Writers(2);
        writers.start();
        writers.awaitSuccesses(100);
        setup.awaitReplicas();
        long killed = System.nanoTime();
        RedisServer promoted = setup.killMaster();
        assertThat(Await.isTrue(() -> client.sentinel().get().currentMaster().equals(Optional.of(endpoint(promoted))),
                Duration.ofSeconds(15)))
            .isTrue();
        long followed = lastSwitch();
        writers.awaitSuccesses(writers.succeeded.get() + 100);
        writers.stop();
        redis.set("after-kill", "written");
        assertThat(get(promoted, "after-kill")).isEqualTo("written");
        assertThat(client.sentinel().get().failoversFollowed()).isEqualTo(followedBefore + 1);
        System.out.printf("Killed master followed %dms after the kill; callers saw errors for %dms: %s%n",
                millisSince(killed, followed), writers.errorWindowMillis(), writers.errors);
    }

    @Test
    @Order(5)
    void closingTheClientStopsItsSentinelThreads(RedisSentinelSetup setup) {
        RedisClient other = RedisClient.create(RedisClientConfig.builder()
            .poolName("closing-pool")
            .sentinelMaster(setup.masterName())
            .sentinelNodes(setup.sentinelAddresses())
            .sentinelPassword(SENTINEL_PASSWORD)
            .password(DATA_PASSWORD)
            .build());
        other.commands().ping();
        assertThat(sentinelThreads("closing-pool")).hasSize(setup.sentinels().size());
        other.close();
        assertThat(Await.isTrue(() -> sentinelThreads("closing-pool").isEmpty(), Duration.ofSeconds(15)))
            .as("threads left: %s", sentinelThreads("closing-pool"))
            .isTrue();
    }

    private static List<String> sentinelThreads(String poolName) {
        return Thread.getAllStackTraces()
            .keySet()
            .stream()
            .filter(Thread::isAlive)
            .map(Thread::getName)
            .filter((name) -> name.startsWith("redis-pool-sentinel-" + poolName + "-"))
            .toList();
    }

    private static long connectionsOfThisClient(RedisServer server) {
        String list = (String) direct(server, (direct) -> direct.execute("CLIENT", "LIST"));
        return list.lines().filter((line) -> line.contains(" name=" + CLIENT_NAME + " ")).count();
    }

    private static String get(RedisServer server, String key) {
        return (String) direct(server, (direct) -> direct.commands().get(key));
    }

    private static Object direct(RedisServer server, Function<RedisClient, Object> work) {
        try (RedisClient direct = RedisClient.create(
                RedisClientConfig.builder().host(server.host()).port(server.port()).password(DATA_PASSWORD).build())) {
            return work.apply(direct);
        }
    }

    private static Endpoint.Tcp endpoint(RedisServer server) {
        return new Endpoint.Tcp(server.host(), server.port());
    }

    private static long lastSwitch() {
        synchronized (switchTimes) {
            return switchTimes.get(switchTimes.size() - 1);
        }
    }

    private static long millisSince(long start, long end) {
        return Duration.ofNanos(end - start).toMillis();
    }

    /**
     * Threads that each push ids of their own and increment a counter, and remember how
     * every attempt ended.
     */
    private static final class Writers {

        final AtomicLong succeeded = new AtomicLong();

        final AtomicLong uncertain = new AtomicLong();

        final AtomicLong incrSucceeded = new AtomicLong();

        final AtomicLong incrUncertain = new AtomicLong();

        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        final Set<String> certainlyNotRun = ConcurrentHashMap.newKeySet();

        final Map<String, Integer> errors = new ConcurrentHashMap<>();

        final AtomicLong firstError = new AtomicLong();

        final AtomicLong lastError = new AtomicLong();

        private final AtomicBoolean running = new AtomicBoolean(true);

        private final List<Thread> threads = new ArrayList<>();

        private final CountDownLatch done;

        Writers(int count) {
            this.done = new CountDownLatch(count);
            for (int i = 0; i < count; i++) {
                int writer = i;
                this.threads.add(new Thread(() -> write(writer), "writer-" + i));
            }
        }

        void start() {
            this.threads.forEach(Thread::start);
        }

        void stop() throws InterruptedException {
            this.running.set(false);
            assertThat(this.done.await(30, TimeUnit.SECONDS)).isTrue();
        }

        void awaitSuccesses(long count) {
            assertThat(Await.isTrue(() -> this.succeeded.get() >= count, Duration.ofSeconds(15)))
                .as("%d writes acknowledged", count)
                .isTrue();
        }

        long errorWindowMillis() {
            return (this.firstError.get() == 0) ? 0 : millisSince(this.firstError.get(), this.lastError.get());
        }

        private void write(int writer) {
            try {
                for (int n = 0; this.running.get(); n++) {
                    String id = writer + "-" + n;
                    try {
                        redis.rpush("ids", List.of(id));
                        this.acknowledged.add(id);
                        this.succeeded.incrementAndGet();
                    }
                    catch (RuntimeException ex) {
                        if (record(ex)) {
                            this.uncertain.incrementAndGet();
                        }
                        else {
                            this.certainlyNotRun.add(id);
                        }
                    }
                    try {
                        redis.incr("counter");
                        this.incrSucceeded.incrementAndGet();
                    }
                    catch (RuntimeException ex) {
                        if (record(ex)) {
                            this.incrUncertain.incrementAndGet();
                        }
                    }
                }
            }
            finally {
                this.done.countDown();
            }
        }

        /** Counts the error and tells whether its command may have run. */
        private boolean record(RuntimeException ex) {
            long now = System.nanoTime();
            this.firstError.compareAndSet(0, now);
            this.lastError.set(now);
            this.errors.merge(ex.getClass().getSimpleName(), 1, Integer::sum);
            return (ex instanceof RedisConnectionException connection && connection.mayHaveReachedServer())
                    || ex instanceof RedisTimeoutException;
        }

    }

}
