package io.redispool.faults;

import static io.redispool.pool.PoolAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisConnectionException;
import io.redispool.HeldConnections;
import io.redispool.RedisException;
import io.redispool.RedisTimeoutException;
import io.redispool.ServerProbe;
import io.redispool.metrics.CloseReason;
import io.redispool.launcher.RedisServer;
import io.redispool.testing.FaultProxy.Direction;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the server does to connections: closes idle ones (its {@code timeout} setting, a
 * network reset), kills one blocked in BLPOP, restarts under load, freezes.
 */
class ServerSideFaultTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private DirectClient direct;

    @BeforeEach
    void connectDirectly() {
        RedisServer server = redis.server();
        if (!server.isRunning()) {
            server.start();
        }
        this.direct = DirectClient.fresh(server);
    }

    @AfterEach
    void disconnectDirectly() {
        this.direct.close();
    }

    @Test
    void idleConnectionsClosedByTheServersTimeoutCostNoErrorAndNoDoubleWrite() {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(), (config) -> config)) {
            holdAtOnce(proxied, 4);
            eventually(() -> this.direct.otherClients() == 4, "the server has every connection");
            this.direct.execute("CONFIG", "SET", "timeout", "1");
            try {
                eventually(() -> this.direct.otherClients() == 0, "the server has closed the idle connections");
            }
            finally {
                this.direct.execute("CONFIG", "SET", "timeout", "0");
            }
            // The proxy passes each server close on from threads of its own, later on a
            // loaded machine.
            eventually(() -> proxied.proxy().endsPassedOn(Direction.TO_CLIENT) == 4, "the clients can see the closes");
            for (int i = 1; i <= 4; i++) {
                assertThat(proxied.commands().incr("counter")).isEqualTo(i);
            }
            assertThat(this.direct.calls("incr")).isEqualTo(4);
            assertThat(proxied.events().closed).containsExactly(CloseReason.SERVER_CLOSED, CloseReason.SERVER_CLOSED,
                    CloseReason.SERVER_CLOSED, CloseReason.SERVER_CLOSED);
            proxied.assertSettled();
        }
    }

    @Test
    void idleConnectionsResetByTheNetworkCostNoErrorAndNoDoubleWrite() throws InterruptedException {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(), (config) -> config)) {
            holdAtOnce(proxied, 3);
            eventually(() -> proxied.proxy().openConnections() == 3, "the proxy has accepted every connection");
            proxied.proxy().resetConnections();
            Thread.sleep(50);
            for (int i = 1; i <= 3; i++) {
                assertThat(proxied.commands().incr("counter")).isEqualTo(i);
            }
            assertThat(this.direct.calls("incr")).isEqualTo(3);
            assertThat(proxied.events().closed).containsOnly(CloseReason.SERVER_CLOSED).hasSize(3);
            proxied.assertSettled();
        }
    }

    @Test
    void connectionKilledDuringBlpopFailsItsCallerAtOnceAndIsNotRetried() throws InterruptedException {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(),
                (config) -> config.retryAttempts(3).socketTimeout(Duration.ofSeconds(10)))) {
            AtomicReference<Object> seen = new AtomicReference<>();
            Thread caller = new Thread(() -> seen.set(outcome(() -> proxied.client().execute("BLPOP", "queue", "8"))));
            caller.start();
            eventually(() -> blockedClients() == 1, "BLPOP is blocked on the server");
            long start = System.nanoTime();
            assertThat(this.direct.killOtherClients()).isEqualTo(1);
            caller.join(3000);
            assertThat(caller.isAlive()).as("the caller ended").isFalse();
            assertThat(millisSince(start)).isLessThan(2000);
            assertThat(seen.get()).isInstanceOfSatisfying(RedisConnectionException.class,
                    (ex) -> assertThat(ex.mayHaveReachedServer()).isTrue());
            // A BLPOP sent again would take this element.
            this.direct.commands().rpush("queue", List.of("left-alone"));
            Thread.sleep(100);
            assertThat(this.direct.commands().lrange("queue", 0, -1)).containsExactly("left-alone");
            assertThat(proxied.commands().ping()).isEqualTo("PONG");
            proxied.assertSettled();
        }
    }

    @Test
    void serverKilledDuringBlpopFailsItsCallerAtOnceAndThePoolRecoversAfterRestart() throws InterruptedException {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(),
                (config) -> config.socketTimeout(Duration.ofSeconds(10)))) {
            AtomicReference<Object> seen = new AtomicReference<>();
            Thread caller = new Thread(() -> seen.set(outcome(() -> proxied.client().execute("BLPOP", "queue", "8"))));
            caller.start();
            eventually(() -> blockedClients() == 1, "BLPOP is blocked on the server");
            long start = System.nanoTime();
            redis.server().kill();
            caller.join(3000);
            assertThat(caller.isAlive()).as("the caller ended").isFalse();
            assertThat(millisSince(start)).isLessThan(2000);
            assertThat(seen.get()).isInstanceOf(RedisConnectionException.class);
            redis.server().start();
            assertThat(proxied.commands().ping()).isEqualTo("PONG");
            proxied.assertSettled();
        }
    }

    @Test
    void serverRestartUnderLoadTakesTheProbeUpDownUpWithoutCrossedReplies() throws InterruptedException {
        RedisServer server = redis.server();
        try (ProxiedClient proxied = ProxiedClient.create(server,
                (config) -> config.maxConnections(4)
                    .maxWait(Duration.ofSeconds(2))
                    .socketTimeout(Duration.ofMillis(500))
                    .connectTimeout(Duration.ofMillis(500)))) {
            CheckedLoad load = CheckedLoad.start(proxied.client(), 8);
            try {
                assertThat(proxied.client().probe()).extracting(ServerProbe::version).isEqualTo(server.version());
                Thread.sleep(200);
                server.stop();
                long start = System.nanoTime();
                assertThatExceptionOfType(RedisException.class).isThrownBy(() -> proxied.client().probe());
                assertThat(millisSince(start)).isLessThan(3000);
                Thread.sleep(200);
                server.start();
                long before = load.successes();
                assertThat(proxied.client().probe().version()).isEqualTo(server.version());
                eventually(() -> load.successes() - before >= 100, "the load succeeds again");
            }
            finally {
                load.stop();
            }
            assertThat(load.problems()).isEmpty();
            assertThat(load.failures()).isPositive();
            assertThat(proxied.client().pool().stats().tooManyConnections()).isZero();
            proxied.assertSettled();
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void frozenServerFailsCommandsNewConnectionsAndProbesWithinTheirTimeoutsWithoutExhaustingThePool()
            throws InterruptedException {
        RedisServer server = redis.server();
        this.direct.commands().set("key", "value");
        try (ProxiedClient proxied = ProxiedClient.create(server,
                (config) -> config.maxConnections(4)
                    .socketTimeout(Duration.ofMillis(300))
                    .connectTimeout(Duration.ofMillis(300))
                    .clientName("frozen-test"))) {
            holdAtOnce(proxied, 2);
            server.pause();
            try {
                List<Long> elapsed = failingReadsAtOnce(proxied, 4);
                assertThat(elapsed).hasSize(4).allSatisfy((millis) -> assertThat(millis).isBetween(300L, 3000L));
                long start = System.nanoTime();
                assertThatExceptionOfType(RedisConnectionException.class)
                    .isThrownBy(() -> proxied.commands().get("key"))
                    .withMessageContaining("Connection setup failed")
                    .satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isFalse());
                assertThat(millisSince(start)).isBetween(300L, 3000L);
                start = System.nanoTime();
                assertThatExceptionOfType(RedisException.class).isThrownBy(() -> proxied.client().probe());
                assertThat(millisSince(start)).isBetween(300L, 3000L);
                assertThat(proxied.client().pool().stats().tooManyConnections()).isZero();
                assertThat(proxied.client().pool().stats().inUse()).isZero();
            }
            finally {
                server.resume();
            }
            assertThat(proxied.commands().get("key")).isEqualTo("value");
            assertThat(proxied.client().probe().version()).isEqualTo(server.version());
            proxied.assertSettled();
        }
    }

    /**
     * Sends one GET from each of {@code count} threads at once; each must time out;
     * returns their times.
     */
    private static List<Long> failingReadsAtOnce(ProxiedClient proxied, int count) throws InterruptedException {
        ConcurrentLinkedQueue<Long> elapsed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Object> unexpected = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(() -> {
                long start = System.nanoTime();
                Object outcome = outcome(() -> proxied.commands().get("key"));
                if (outcome instanceof RedisTimeoutException || outcome instanceof RedisConnectionException
                        && ((RedisConnectionException) outcome).getMessage().contains("Connection setup failed")) {
                    elapsed.add(millisSince(start));
                }
                else {
                    unexpected.add(outcome);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join(5000);
        }
        assertThat(unexpected).isEmpty();
        return new ArrayList<>(elapsed);
    }

    private long blockedClients() {
        for (String line : this.direct.commands().info("clients").split("\r\n")) {
            if (line.startsWith("blocked_clients:")) {
                return Long.parseLong(line.substring("blocked_clients:".length()));
            }
        }
        return -1;
    }

    private static void holdAtOnce(ProxiedClient proxied, int count) {
        HeldConnections.hold(proxied.client(), count).close();
    }

    private static Object outcome(Supplier<?> call) {
        try {
            return call.get();
        }
        catch (RedisException ex) {
            return ex;
        }
        catch (RuntimeException ex) {
            return new AssertionError("Unexpected failure", ex);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

}
