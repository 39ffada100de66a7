package io.redispool.faults;

import static io.redispool.pool.PoolAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.RedisTimeoutException;
import io.redispool.commands.Commands;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Response;
import io.redispool.metrics.CloseReason;
import io.redispool.metrics.PoolListener;
import io.redispool.testing.FaultProxy.Direction;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reply reaches only the caller that asked for it, and a write runs at most once,
 * whatever happens between sending a command and reading its reply: a cancelled or
 * interrupted caller, a read timeout with the reply arriving later (redis-py
 * CVE-2023-28858/28859, Jedis #909 and #572), a connection reset on the reply path
 * (redis-py #261, #1140).
 */
class MisdeliveryTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private DirectClient direct;

    @BeforeEach
    void connectDirectly() {
        this.direct = DirectClient.fresh(redis.server());
        this.direct.commands().set("a", "for-caller-a");
        this.direct.commands().set("b", "for-caller-b");
    }

    @AfterEach
    void disconnectDirectly() {
        this.direct.close();
    }

    @Test
    void callCancelledAfterItsCommandWasWrittenLeavesNoReplyForTheNextCaller() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(), (config) -> config.maxConnections(1))) {
            proxied.proxy().stall(Direction.TO_CLIENT);
            AtomicReference<Object> seen = new AtomicReference<>();
            Future<?> call = executor.submit(() -> seen.set(outcome(() -> proxied.commands().get("a"))));
            eventually(() -> this.direct.calls("get") == 1, "the GET has reached the server");
            assertThat(call.cancel(true)).isTrue();
            executor.shutdown();
            assertThat(executor.awaitTermination(2, TimeUnit.SECONDS)).as("the cancelled call ended").isTrue();
            assertThat(seen.get()).isInstanceOf(RedisConnectionException.class);
            proxied.proxy().clear();
            assertThat(proxied.commands().get("b")).isEqualTo("for-caller-b");
            assertThat(proxied.events().closed).containsExactly(CloseReason.BROKEN);
            proxied.assertSettled();
        }
        finally {
            executor.shutdownNow();
        }
    }

    @Test
    void pipelineInterruptedAfterItsWritesLeavesNoReplyForTheNextCaller() throws Exception {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(), (config) -> config.maxConnections(1))) {
            proxied.proxy().stall(Direction.TO_CLIENT);
            Commands<String, String> builders = proxied.commands().builders();
            AtomicReference<Object> seen = new AtomicReference<>();
            Thread caller = new Thread(() -> seen.set(outcome(() -> {
                Pipeline pipeline = proxied.client().pipeline();
                List<Response<String>> replies = List.of(pipeline.add(builders.strings().get("a")),
                        pipeline.add(builders.strings().get("a")), pipeline.add(builders.strings().get("a")));
                pipeline.sync();
                return replies;
            })));
            caller.start();
            eventually(() -> this.direct.calls("get") == 3, "the pipeline has reached the server");
            caller.interrupt();
            caller.join(2000);
            assertThat(caller.isAlive()).as("the interrupted caller ended").isFalse();
            assertThat(seen.get()).isInstanceOf(RedisConnectionException.class);
            proxied.proxy().clear();
            assertThat(proxied.commands().get("b")).isEqualTo("for-caller-b");
            proxied.assertSettled();
        }
    }

    @Test
    void readTimeoutThenReuseNeverHandsTheLateReplyToTheNextCaller() {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(),
                (config) -> config.maxConnections(1)
                    .socketTimeout(Duration.ofMillis(150))
                    .retryOnTimeout(true)
                    .retryAttempts(0))) {
            for (int round = 0; round < 3; round++) {
                // The stall holds the reply until the caller has timed out, then lets it
                // go.
                proxied.proxy().stall(Direction.TO_CLIENT);
                long start = System.nanoTime();
                assertThatExceptionOfType(RedisTimeoutException.class).isThrownBy(() -> proxied.commands().get("a"))
                    .withMessageContaining("150ms (socket-timeout)");
                assertThat(millisSince(start)).isBetween(150L, 2000L);
                proxied.proxy().clear();
                assertThat(proxied.commands().get("b")).isEqualTo("for-caller-b");
                assertThat(proxied.commands().get("b")).isEqualTo("for-caller-b");
            }
            assertThat(proxied.events().closed).containsOnly(CloseReason.BROKEN).hasSize(3);
            proxied.assertSettled();
        }
    }

    @Test
    void writeWhoseReplyPathIsResetRunsExactlyOnceWhateverTheRetrySettings() {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(),
                (config) -> config.retryAttempts(3).retryOnTimeout(true))) {
            proxied.proxy().reset(Direction.TO_CLIENT);
            assertThatExceptionOfType(RedisConnectionException.class)
                .isThrownBy(() -> proxied.commands().incr("counter"))
                .satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue());
            assertThatExceptionOfType(RedisConnectionException.class)
                .isThrownBy(() -> proxied.commands().lpush("list", List.of("once")));
            assertThat(this.direct.commands().get("counter")).isEqualTo("1");
            assertThat(this.direct.commands().lrange("list", 0, -1)).containsExactly("once");
            assertThat(this.direct.calls("incr")).isEqualTo(1);
            assertThat(this.direct.calls("lpush")).isEqualTo(1);
            proxied.proxy().clear();
            assertThat(proxied.commands().incr("counter")).isEqualTo(2);
            proxied.assertSettled();
        }
    }

    @Test
    void readWhoseReplyPathIsResetIsRetriedOnAFreshConnectionAndGetsItsOwnReply() {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(), (config) -> config.retryAttempts(1))) {
            // The fault lasts until the pool has closed the connection it broke.
            proxied.client().pool().addListener(new PoolListener() {
                @Override
                public void connectionClosed(CloseReason reason) {
                    proxied.proxy().clear();
                }
            });
            proxied.proxy().reset(Direction.TO_CLIENT);
            assertThat(proxied.commands().get("a")).isEqualTo("for-caller-a");
            assertThat(this.direct.calls("get")).isEqualTo(2);
            assertThat(proxied.proxy().connectionsAccepted()).isEqualTo(2);
            proxied.assertSettled();
        }
    }

    @Test
    void readWhoseEveryReplyIsResetFailsAfterItsRetriesWithoutLeakingASlot() {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(),
                (config) -> config.retryAttempts(2).maxConnections(1))) {
            proxied.proxy().reset(Direction.TO_CLIENT);
            for (int i = 0; i < 5; i++) {
                assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> proxied.commands().get("a"));
            }
            assertThat(this.direct.calls("get")).isEqualTo(15);
            assertThat(proxied.client().pool().stats().tooManyConnections()).isZero();
            proxied.proxy().clear();
            assertThat(proxied.commands().get("a")).isEqualTo("for-caller-a");
            proxied.assertSettled();
        }
    }

    private static Object outcome(Callable<?> call) {
        try {
            return call.call();
        }
        catch (RedisException ex) {
            return ex;
        }
        catch (Exception ex) {
            return new AssertionError("Unexpected failure", ex);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

}
