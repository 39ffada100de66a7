package io.redispool.faults;

import static io.redispool.pool.PoolAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisConnectionException;
import io.redispool.TooManyConnectionsException;
import io.redispool.pool.PoolStats;
import io.redispool.testing.FaultProxy;
import io.redispool.testing.FaultProxy.Direction;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pool's bounds under faults: exhaustion refuses within {@code max-wait}, failed
 * setups never leak a slot (redis-py #4298, #4187), leaks are reported once, and closing
 * while callers borrow neither hangs nor leaves a socket open.
 */
class PoolBoundsTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private DirectClient direct;

    @BeforeEach
    void connectDirectly() {
        this.direct = DirectClient.fresh(redis.server());
        this.direct.commands().set("key", "value");
    }

    @AfterEach
    void disconnectDirectly() {
        this.direct.close();
    }

    @Test
    void exhaustedPoolWithoutMaxWaitRefusesAtOnceAndServesTheHoldersTheirReplies() throws InterruptedException {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(),
                (config) -> config.maxConnections(2).maxWait(Duration.ZERO))) {
            proxied.proxy().latency(Direction.TO_CLIENT, Duration.ofMillis(400));
            Holders holders = Holders.start(proxied, 2);
            for (int i = 0; i < 10; i++) {
                long start = System.nanoTime();
                assertThatExceptionOfType(TooManyConnectionsException.class)
                    .isThrownBy(() -> proxied.commands().get("key"))
                    .withMessageContaining("2 of max-connections=2 in use")
                    .withMessageContaining("(max-wait=0)");
                assertThat(millisSince(start)).isLessThan(250);
            }
            holders.awaitReplies();
            assertThat(proxied.client().pool().stats().tooManyConnections()).isEqualTo(10);
            assertThat(proxied.events().refused.get()).isEqualTo(10);
            proxied.assertSettled();
        }
    }

    @Test
    void exhaustedPoolWithMaxWaitRefusesAfterItAndServesThoseAConnectionReachesInTime() throws InterruptedException {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(),
                (config) -> config.maxConnections(2).maxWait(Duration.ofMillis(250)))) {
            proxied.proxy().latency(Direction.TO_CLIENT, Duration.ofMillis(600));
            Holders holders = Holders.start(proxied, 2);
            long start = System.nanoTime();
            assertThatExceptionOfType(TooManyConnectionsException.class).isThrownBy(() -> proxied.commands().get("key"))
                .withMessageContaining("within max-wait=250ms");
            assertThat(millisSince(start)).isBetween(250L, 1000L);
            proxied.proxy().latency(Direction.TO_CLIENT, Duration.ZERO);
            // Waiters from many threads: each is served once a holder's 600ms reply
            // lands, or refused at 250ms.
            ConcurrentLinkedQueue<String> outOfBounds = new ConcurrentLinkedQueue<>();
            AtomicInteger served = new AtomicInteger();
            List<Thread> waiters = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Thread waiter = new Thread(() -> {
                    long begun = System.nanoTime();
                    try {
                        if ("value".equals(proxied.commands().get("key"))) {
                            served.incrementAndGet();
                        }
                    }
                    catch (TooManyConnectionsException ex) {
                        if (millisSince(begun) < 250 || millisSince(begun) > 1000) {
                            outOfBounds.add("refused after " + millisSince(begun) + "ms");
                        }
                    }
                });
                waiter.start();
                waiters.add(waiter);
                Thread.sleep(40);
            }
            for (Thread waiter : waiters) {
                waiter.join(2000);
            }
            holders.awaitReplies();
            assertThat(outOfBounds).isEmpty();
            assertThat(served.get()).isPositive();
            assertThat(proxied.client().pool().stats().pending()).isZero();
            proxied.assertSettled();
        }
    }

    /**
     * A fault that makes every new connection fail before any command of the caller's is
     * sent.
     */
    enum SetupFault {

        REFUSED(FaultProxy::refuse, "Could not connect"),

        RESET_DURING_SETUP((proxy) -> proxy.reset(Direction.TO_CLIENT), "Connection setup failed"),

        STALLED_DURING_SETUP((proxy) -> proxy.stall(Direction.TO_CLIENT), "Connection setup failed");

        final Consumer<FaultProxy> apply;

        final String message;

        SetupFault(Consumer<FaultProxy> apply, String message) {
            this.apply = apply;
            this.message = message;
        }

    }

    @ParameterizedTest
    @EnumSource(SetupFault.class)
    void failedConnectionSetupNeverLeaksASlotNorRunsTheCommand(SetupFault fault) throws InterruptedException {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(),
                (config) -> config.maxConnections(4)
                    .clientName("setup-fails")
                    .socketTimeout(Duration.ofMillis(200))
                    .connectTimeout(Duration.ofMillis(200)))) {
            fault.apply.accept(proxied.proxy());
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            inThreads(4, 5, () -> {
                try {
                    proxied.commands().incr("never");
                    failures.add(new AssertionError("INCR succeeded"));
                }
                catch (RuntimeException ex) {
                    failures.add(ex);
                }
            });
            assertThat(failures).hasSize(20)
                .allSatisfy((ex) -> assertThat(ex)
                    .isInstanceOfSatisfying(RedisConnectionException.class,
                            (connection) -> assertThat(connection.mayHaveReachedServer()).isFalse())
                    .hasMessageContaining(fault.message));
            assertThat(this.direct.calls("incr")).isZero();
            PoolStats stats = proxied.client().pool().stats();
            assertThat(stats.open()).isZero();
            assertThat(stats.inUse()).isZero();
            assertThat(stats.tooManyConnections()).isZero();
            proxied.proxy().clear();
            inThreads(2, 1, () -> proxied.commands().incr("afterwards"));
            assertThat(this.direct.commands().get("afterwards")).isEqualTo("2");
            assertThat(this.direct.calls("incr")).isEqualTo(2);
            proxied.assertSettled();
        }
    }

    @Test
    void refusalWhileEverySlotIsOpeningAConnectionDoesNotReportThePoolAsUnused() throws InterruptedException {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(), (
                config) -> config.maxConnections(2).maxWait(Duration.ZERO).clientName("slow-setup").retryAttempts(0))) {
            proxied.proxy().stall(Direction.TO_CLIENT);
            Holders holders = Holders.startWithoutWaiting(proxied, 2);
            eventually(() -> proxied.proxy().openConnections() == 2, "both slots are opening a connection");
            assertThatExceptionOfType(TooManyConnectionsException.class).isThrownBy(() -> proxied.commands().get("key"))
                .withMessageNotContaining("has 0 of max-connections=2 in use");
            proxied.proxy().clear();
            holders.awaitReplies();
            proxied.assertSettled();
        }
    }

    @Test
    void connectionHeldBeyondTheLeakThresholdIsReportedOnceWithTheBorrowersStack() {
        try (LogCapture logs = LogCapture.start();
                ProxiedClient proxied = ProxiedClient.create(redis.server(),
                        (config) -> config.leakDetectionThreshold(Duration.ofMillis(100)))) {
            proxied.proxy().latency(Direction.TO_CLIENT, Duration.ofMillis(450));
            assertThat(slowReadHeldPastTheThreshold(proxied)).isEqualTo("value");
            List<LogRecord> warnings = logs.at(Level.WARNING);
            assertThat(warnings).hasSize(1);
            assertThat(logs.text()).contains("has been held for more than 100ms (leak-detection-threshold)");
            assertThat(warnings.get(0).getThrown().getStackTrace())
                .anyMatch((frame) -> frame.getMethodName().equals("slowReadHeldPastTheThreshold"));
            assertThat(logs.at(Level.INFO)).singleElement()
                .satisfies((record) -> assertThat(record.getMessage()).contains("reported as a leak, came back"));
            proxied.assertSettled();
        }
    }

    private static String slowReadHeldPastTheThreshold(ProxiedClient proxied) {
        return proxied.commands().get("key");
    }

    @Test
    void closeRacingWithBorrowersNeverHangsAndClosesEverySocket() throws InterruptedException {
        for (int round = 0; round < 3; round++) {
            closeWhileBorrowing(Duration.ZERO, Duration.ofSeconds(1));
            closeWhileBorrowing(Duration.ofMillis(100), Duration.ofMillis(50));
        }
    }

    /**
     * Many threads run commands while the client closes; each call succeeds with its own
     * reply or fails typed.
     */
    private static void closeWhileBorrowing(Duration latency, Duration shutdownTimeout) throws InterruptedException {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(),
                (config) -> config.maxConnections(8)
                    .maxWait(Duration.ofMillis(500))
                    .shutdownTimeout(shutdownTimeout))) {
            proxied.proxy().latency(Direction.TO_CLIENT, latency);
            CheckedLoad load = CheckedLoad.start(proxied.client(), 16);
            long closing;
            long failuresAtClose;
            try {
                Thread.sleep(250 + ThreadLocalRandom.current().nextInt(250));
                long start = System.nanoTime();
                proxied.client().close();
                closing = millisSince(start);
                failuresAtClose = load.failures();
                eventually(() -> load.failures() > failuresAtClose, "callers fail once the pool is closed");
            }
            finally {
                load.stop();
            }
            assertThat(closing).isLessThan(shutdownTimeout.toMillis() + 1500);
            assertThat(load.problems()).isEmpty();
            assertThat(load.successes()).isPositive();
            PoolStats stats = proxied.client().pool().stats();
            assertThat(stats.open()).isZero();
            assertThat(stats.created()).isEqualTo(stats.closed());
            proxied.assertSettled();
            assertThat(proxied.proxy().openConnections()).isZero();
        }
    }

    private static void inThreads(int threads, int callsEach, Runnable call) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                }
                catch (InterruptedException ex) {
                    return;
                }
                for (int i = 0; i < callsEach; i++) {
                    call.run();
                }
            });
            thread.start();
            started.add(thread);
        }
        start.countDown();
        for (Thread thread : started) {
            thread.join(10_000);
            assertThat(thread.isAlive()).as("a caller is stuck").isFalse();
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Threads that each hold a connection through one slow GET. */
    private static final class Holders {

        private final List<Thread> threads = new ArrayList<>();

        private final ConcurrentLinkedQueue<Object> replies = new ConcurrentLinkedQueue<>();

        static Holders start(ProxiedClient proxied, int count) {
            Holders holders = startWithoutWaiting(proxied, count);
            eventually(() -> proxied.client().pool().stats().inUse() == count, "the holders hold every connection");
            return holders;
        }

        static Holders startWithoutWaiting(ProxiedClient proxied, int count) {
            Holders holders = new Holders();
            for (int i = 0; i < count; i++) {
                Thread thread = new Thread(() -> {
                    try {
                        holders.replies.add(proxied.commands().get("key"));
                    }
                    catch (RuntimeException ex) {
                        holders.replies.add(ex);
                    }
                });
                thread.start();
                holders.threads.add(thread);
            }
            return holders;
        }

        void awaitReplies() throws InterruptedException {
            for (Thread thread : this.threads) {
                thread.join(5000);
            }
            assertThat(this.replies).hasSize(this.threads.size()).containsOnly("value");
        }

    }

}
