package io.redispool.spring.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code @Cacheable(sync = true)} across application instances: two clients, each with
 * its own cache manager, stand for two instances sharing one redis-server.
 */
class RedisPoolCacheSyncTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static RedisClient first;

    private static RedisClient second;

    @BeforeAll
    static void createClients() {
        first = RedisClient.create(RedisClientConfig.builder().url(redis.server().url()).maxConnections(32).build());
        second = RedisClient.create(RedisClientConfig.builder().url(redis.server().url()).maxConnections(32).build());
    }

    @AfterAll
    static void closeClients() {
        first.close();
        second.close();
    }

    @BeforeEach
    void emptyServer() {
        first.commands().flushdb();
    }

    @Test
    void concurrentCallersOnTwoInstancesComputeEachEntryOnce() throws Exception {
        RedisPoolCacheConfig config = RedisPoolCacheConfig.defaults().withTimeToLive(Duration.ofMinutes(1));
        RedisPoolCache[] instances = { cache(first, config), cache(second, config) };
        int threads = 24;
        List<String> keys = List.of("daily-report", "weekly-report", "monthly-report");
        Map<String, AtomicInteger> computations = new ConcurrentHashMap<>();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                RedisPoolCache cache = instances[i % 2];
                String key = keys.get(i % keys.size());
                expected.add("report for " + key);
                results.add(executor.submit(() -> {
                    start.await();
                    return cache.get(key, () -> {
                        computations.computeIfAbsent(key, (k) -> new AtomicInteger()).incrementAndGet();
                        Thread.sleep(300);
                        return "report for " + key;
                    });
                }));
            }
            start.countDown();
            for (int i = 0; i < threads; i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS)).as("caller %d", i).isEqualTo(expected.get(i));
            }
        }
        finally {
            executor.shutdownNow();
        }
        assertThat(computations).containsOnlyKeys(keys);
        computations.forEach((key, count) -> assertThat(count).as(key).hasValue(1));
        assertThat(RedisPoolCacheTests.keys(first)).containsExactlyInAnyOrder("reports::daily-report",
                "reports::weekly-report", "reports::monthly-report");
    }

    @Test
    void lockLeftByACrashedInstanceExpiresAfterTheLockTimeout() {
        RedisPoolCache cache = cache(first, RedisPoolCacheConfig.defaults());
        first.execute("SET", "reports::daily-report~lock", "crashed-holder", "PX", "400");
        AtomicInteger computations = new AtomicInteger();
        long start = System.nanoTime();
        assertThat(cache.get("daily-report", () -> "computed " + computations.incrementAndGet()))
            .isEqualTo("computed 1");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(RedisPoolCacheTests.keys(first)).containsExactly("reports::daily-report");
    }

    @Test
    void waitingCallerTakesTheEntryTheHolderStoredWithoutComputing() throws Exception {
        RedisPoolCache holder = cache(first, RedisPoolCacheConfig.defaults());
        RedisPoolCache waiter = cache(second, RedisPoolCacheConfig.defaults());
        CountDownLatch computing = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<String> held = executor.submit(() -> holder.get("daily-report", () -> {
                computing.countDown();
                Thread.sleep(300);
                return "from the holder";
            }));
            assertThat(computing.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(waiter.get("daily-report", () -> "from the waiter")).isEqualTo("from the holder");
            assertThat(held.get(5, TimeUnit.SECONDS)).isEqualTo("from the holder");
        }
        finally {
            executor.shutdownNow();
        }
        assertThat(first.execute("EXISTS", "reports::daily-report~lock")).isEqualTo(0L);
    }

    @Test
    void lockIsReleasedOnlyByItsHolder() {
        CacheStore store = new CacheStore(first);
        byte[] lock = "reports::daily-report~lock".getBytes(StandardCharsets.UTF_8);
        byte[] token = store.tryLock(lock, Duration.ofSeconds(10));
        assertThat(token).isNotNull();
        assertThat(store.tryLock(lock, Duration.ofSeconds(10))).isNull();
        store.unlock(lock, "someone-else".getBytes(StandardCharsets.UTF_8));
        assertThat(first.execute("EXISTS", "reports::daily-report~lock")).isEqualTo(1L);
        store.unlock(lock, token);
        assertThat(first.execute("EXISTS", "reports::daily-report~lock")).isEqualTo(0L);
    }

    @Test
    void lockExpiresAfterTheLockTimeoutAndIsReleasedEvenAfterScriptFlush() {
        CacheStore store = new CacheStore(first);
        byte[] lock = "reports::daily-report~lock".getBytes(StandardCharsets.UTF_8);
        byte[] token = store.tryLock(lock, Duration.ofSeconds(7));
        assertThat((Long) first.execute("PTTL", "reports::daily-report~lock")).isBetween(6_000L, 7_000L);
        first.execute("SCRIPT", "FLUSH");
        store.unlock(lock, token);
        assertThat(first.execute("EXISTS", "reports::daily-report~lock")).isEqualTo(0L);
    }

    private static RedisPoolCache cache(RedisClient client, RedisPoolCacheConfig config) {
        RedisPoolCacheManager manager = RedisPoolCacheManager.builder(client).cacheDefaults(config).build();
        manager.afterPropertiesSet();
        return (RedisPoolCache) manager.getCache("reports");
    }

}
