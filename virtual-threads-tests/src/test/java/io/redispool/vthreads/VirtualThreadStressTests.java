package io.redispool.vthreads;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.pool.PoolStats;
import io.redispool.testing.RedisServerExtension;
import io.redispool.vthreads.CallerRun.Result;
import io.redispool.vthreads.CallerRun.Threads;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import jdk.jfr.Recording;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ten thousand virtual threads on a pool of sixteen connections, every reply checked
 * against its own request: a crossed reply, a deadlock, a wait beyond {@code max-wait} or
 * a pinned carrier fails the test.
 */
class VirtualThreadStressTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    static final int CALLERS = 10_000;

    static final int CONNECTIONS = 16;

    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private static final int ROUNDS = 4;

    private static final Duration LIMIT = Duration.ofSeconds(100);

    @BeforeEach
    void emptyTheServer() {
        try (RedisClient client = RedisClient.create(redis.server().url())) {
            client.commands().flushdb();
        }
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void tenThousandVirtualThreadsOnSixteenConnectionsEachReadTheirOwnRepliesWithinMaxWait() throws Exception {
        try (RedisClient client = client()) {
            Result result = CallerRun.run(client, Threads.VIRTUAL, 0, CALLERS, (round) -> round < ROUNDS, LIMIT);
            System.out.println(result.summary());

            assertThat(result.problems()).isEmpty();
            assertThat(result.typedFailures()).as("typed failures").isZero();
            assertThat(result.refusals()).as("refusals").isZero();
            assertThat(result.operations()).isEqualTo((long) CALLERS * (ROUNDS * 3 + ROUNDS / 2));
            assertThat(result.maxBorrowWaitNanos()).as("longest wait for a connection, ns")
                .isLessThanOrEqualTo(MAX_WAIT.toNanos());
            assertThat(result.peakPending()).as("callers that queued for a connection at once")
                .isGreaterThan(CONNECTIONS);
            assertCountersOnTheServer(client, result);
            assertAtRest(client.pool().stats());
        }
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void tenThousandVirtualThreadsNeverPinTheirCarrierInRedisPool() throws Exception {
        try (RedisClient client = client()) {
            CallerRun.warmUp(client);
            Recording recording = PinnedEvents.start();
            Result result = CallerRun.run(client, Threads.VIRTUAL, 0, CALLERS, (round) -> round < 2, LIMIT);
            PinnedEvents pinned = PinnedEvents.stop(recording, "stress-pinning");
            System.out.println(result.summary() + "; " + pinned.all().size() + " pinning events");
            if (!pinned.all().isEmpty()) {
                System.out.println(pinned.describe(pinned.all()));
            }

            assertThat(result.problems()).isEmpty();
            assertThat(pinned.causedByRedisPool())
                .as("pinning caused by redis-pool:%n%s", pinned.describe(pinned.inRedisPool()))
                .isEmpty();
        }
    }

    @Test
    void recordingSeesAVirtualThreadThatPinsItsCarrier() throws Exception {
        Recording recording = PinnedEvents.start();
        Thread.ofVirtual().start(ParksInItsInitializer::touch).join();
        PinnedEvents pinned = PinnedEvents.stop(recording, "canary-pinning");

        assertThat(pinned.describe(pinned.all())).contains("ParksInItsInitializer.<clinit>");
    }

    private static RedisClient client() {
        return RedisClient.create(RedisClientConfig.builder()
            .url(redis.server().url())
            .maxConnections(CONNECTIONS)
            .maxWait(MAX_WAIT)
            .build());
    }

    /**
     * Checks that every caller's counter on the server agrees with the INCRs it saw
     * succeed.
     */
    static void assertCountersOnTheServer(RedisClient client, Result result) {
        List<CheckedCaller> callers = result.workers();
        List<String> keys = IntStream.range(0, callers.size()).mapToObj(CheckedCaller::counterKey).toList();
        List<String> counters = client.commands().mget(keys);
        List<String> mismatches = IntStream.range(0, callers.size())
            .mapToObj((id) -> callers.get(id).counterMismatch(counters.get(id)))
            .filter(Objects::nonNull)
            .toList();
        assertThat(mismatches).isEmpty();
    }

    static void assertAtRest(PoolStats stats) {
        assertThat(stats.inUse()).as("in use").isZero();
        assertThat(stats.pending()).as("pending").isZero();
        assertThat(stats.open()).as("open").isLessThanOrEqualTo(CONNECTIONS).isEqualTo(stats.idle());
        assertThat(stats.created() - stats.closed()).as("created - closed").isEqualTo(stats.open());
    }

    /**
     * Parks in its class initializer, which pins a virtual thread on every JDK so far.
     */
    private static final class ParksInItsInitializer {

        static {
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }

        static void touch() {
        }

    }

}
