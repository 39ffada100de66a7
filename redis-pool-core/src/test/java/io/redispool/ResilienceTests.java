package io.redispool;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static io.redispool.pool.PoolAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.metrics.CloseReason;
import io.redispool.pool.RecordingListener;
import io.redispool.launcher.RedisServer;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a real server does to a pool: slow commands, interrupted callers, connections
 * killed while idle, and the server itself killed and restarted under load.
 */
class ResilienceTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static RedisClientConfig.Builder config() {
        return RedisClientConfig.builder().host(redis.server().host()).port(redis.server().port());
    }

    @Test
    void readTimeoutClosesTheConnectionAndTheNextCallerGetsItsOwnReply() throws InterruptedException {
        RecordingListener listener = new RecordingListener();
        try (RedisClient client = RedisClient
            .create(config().socketTimeout(Duration.ofMillis(200)).maxConnections(1).build())) {
            client.pool().addListener(listener);
            client.commands().set("mine", "my-value");
            assertThatExceptionOfType(RedisTimeoutException.class)
                .isThrownBy(() -> client.execute("DEBUG", "SLEEP", "0.6"))
                .withMessageContaining("200ms (socket-timeout)");
            assertThat(listener.closed).containsExactly(CloseReason.BROKEN);
            // The server is single-threaded: wait out its sleep, then read on a fresh
            // connection.
            Thread.sleep(600);
            assertThat(client.commands().get("mine")).isEqualTo("my-value");
            assertThat(listener.commands).contains("DEBUG:TIMEOUT");
            assertAtRest(client.pool());
        }
    }

    @Test
    void interruptedCallerLeavesNoReplyBehind() throws Exception {
        try (RedisClient client = RedisClient.create(config().maxConnections(1).build())) {
            client.commands().set("after-interrupt", "intact");
            AtomicReference<Object> outcome = new AtomicReference<>();
            CountDownLatch started = new CountDownLatch(1);
            Thread caller = new Thread(() -> {
                started.countDown();
                try {
                    outcome.set(client.execute("BLPOP", "never-filled", "1"));
                }
                catch (RedisException ex) {
                    outcome.set(ex);
                }
            });
            caller.start();
            started.await();
            eventually(() -> client.pool().stats().inUse() == 1, "the caller holds the connection");
            Thread.sleep(100);
            caller.interrupt();
            caller.join(5000);
            assertThat(caller.isAlive()).isFalse();
            // Either the reply came and was consumed, or the call failed; nothing is left
            // unread.
            assertThat(outcome.get()).satisfiesAnyOf((value) -> assertThat(value).isNull(),
                    (value) -> assertThat(value).isInstanceOf(RedisException.class));
            assertThat(client.commands().get("after-interrupt")).isEqualTo("intact");
            assertAtRest(client.pool());
            assertThat(client.pool().stats().closed()).isEqualTo(1);
        }
    }

    @Test
    void idleConnectionsKilledByTheServerAreReplacedByTheHealthCheck() throws InterruptedException {
        try (RedisClient client = RedisClient
            .create(config().healthCheckInterval(Duration.ofMillis(1)).clientName("killed-while-idle").build())) {
            holdAtOnce(client, 4);
            assertThat(client.pool().stats().idle()).isEqualTo(4);
            killOtherClients();
            // Idle time is read from the pool's millisecond clock, whose tick a loaded
            // machine can delay: let it pass the interval, or a connection released a
            // moment ago is rightly handed out unchecked.
            Thread.sleep(50);
            for (int i = 0; i < 4; i++) {
                assertThat(client.commands().incr("counted-once")).isEqualTo(i + 1);
            }
            assertAtRest(client.pool());
        }
    }

    @Test
    void idleConnectionKilledByTheServerCostsAReadNoError() {
        try (RedisClient client = RedisClient.create(config().build())) {
            client.commands().set("survivor", "yes");
            killOtherClients();
            assertThat(client.commands().get("survivor")).isEqualTo("yes");
            assertAtRest(client.pool());
        }
    }

    @Test
    void idleConnectionsClosedByTheServerAreNoticedAtCheckoutSoWritesSucceed() throws InterruptedException {
        RecordingListener listener = new RecordingListener();
        try (RedisClient client = RedisClient.create(config().build())) {
            client.pool().addListener(listener);
            holdAtOnce(client, 3);
            killOtherClients();
            Thread.sleep(300);
            for (int i = 0; i < 3; i++) {
                assertThat(client.commands().incr("written-once")).isEqualTo(i + 1);
            }
            assertThat(listener.closed).containsExactly(CloseReason.SERVER_CLOSED, CloseReason.SERVER_CLOSED,
                    CloseReason.SERVER_CLOSED);
            assertAtRest(client.pool());
        }
    }

    @Test
    void serverRestartCostsIdleConnectionsNoError() throws InterruptedException {
        try (RedisClient client = RedisClient.create(config().build())) {
            holdAtOnce(client, 3);
            redis.server().restart();
            for (int i = 0; i < 3; i++) {
                assertThat(client.commands().incr("after-restart")).isEqualTo(i + 1);
            }
            assertAtRest(client.pool());
        }
    }

    private static void killOtherClients() {
        try (RedisClient admin = RedisClient.create(redis.server().url())) {
            admin.execute("CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes");
        }
    }

    @Test
    void serverKilledAndRestartedUnderLoadRecoversWithoutCrossedRepliesOrLeakedSlots() throws Exception {
        RedisServer server = redis.server();
        int threads = 8;
        try (RedisClient client = RedisClient.create(config().maxConnections(4)
            .maxWait(Duration.ofSeconds(2))
            .socketTimeout(Duration.ofMillis(500))
            .connectTimeout(Duration.ofMillis(500))
            .build())) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger successesAfterRestart = new AtomicInteger();
            AtomicBoolean restarted = new AtomicBoolean();
            ConcurrentLinkedQueue<String> wrongReplies = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread worker = new Thread(() -> {
                    for (int i = 0; running.get(); i++) {
                        String key = "load:" + id;
                        String value = id + ":" + i;
                        try {
                            client.commands().set(key, value);
                            String read = client.commands().get(key);
                            if (!value.equals(read)) {
                                wrongReplies.add("thread " + id + " wrote " + value + " but read " + read);
                            }
                            if (restarted.get()) {
                                successesAfterRestart.incrementAndGet();
                            }
                        }
                        catch (RedisConnectionException | RedisTimeoutException ex) {
                            // Expected while the server is down.
                        }
                        catch (Throwable ex) {
                            unexpected.add(ex);
                        }
                    }
                });
                worker.start();
                workers.add(worker);
            }
            Thread.sleep(300);
            server.kill();
            Thread.sleep(300);
            server.restart();
            restarted.set(true);
            eventually(() -> successesAfterRestart.get() >= threads * 20, "every worker succeeds again");
            running.set(false);
            for (Thread worker : workers) {
                worker.join(10_000);
                assertThat(worker.isAlive()).isFalse();
            }
            assertThat(wrongReplies).isEmpty();
            assertThat(unexpected).isEmpty();
            assertAtRest(client.pool());
            assertThat(client.pool().stats().open()).isLessThanOrEqualTo(4);
            assertThat(client.pool().stats().tooManyConnections()).isZero();
        }
    }

    private static void holdAtOnce(RedisClient client, int count) {
        HeldConnections.hold(client, count).close();
    }

}
