package io.redispool.cache;

import static io.redispool.pool.PoolAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisCommands;
import io.redispool.testing.RedisServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Readers through the cache while other clients write the same keys: every reply belongs
 * to its own key and is a value that was written, and once the last invalidation has
 * arrived not one key is served stale.
 */
class ClientSideCacheStressTests {

    private static final int KEYS = 16;

    private static final int READERS = 8;

    private static final int WRITES_PER_WRITER = 1_500;

    private static final long MIN_READS = 20_000;

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    @Test
    void concurrentReadsAndWritesNeverLeaveAStaleEntryBehind() throws Exception {
        AtomicLongArray started = new AtomicLongArray(KEYS);
        AtomicLongArray written = new AtomicLongArray(KEYS);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        try (RedisClient client = RedisClient
            .create(RedisClientConfig.builder().url(redis.server().url() + "?protocol=3").maxConnections(12).build());
                RedisClient writers = RedisClient.create(redis.server().url());
                ClientSideCache cache = client.clientSideCache(ClientSideCacheConfig.DEFAULTS)) {
            eventually(() -> cache.stats().tracking(), "the invalidation connection is up");
            RedisCommands<String, String> cached = cache.commands();
            for (int i = 0; i < KEYS; i++) {
                writers.commands().set(key(i), value(i, 0));
            }
            ExecutorService threads = Executors.newFixedThreadPool(READERS + 2);
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(threads.submit(() -> read(cached, started, writing, reads)));
            }
            List<Future<?>> writerTasks = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int parity = w;
                writerTasks.add(threads.submit(() -> write(writers.commands(), started, written, parity, reads)));
            }
            for (Future<?> writer : writerTasks) {
                writer.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get(1, TimeUnit.MINUTES);
            }
            threads.shutdown();

            // The server sends invalidations in the order of the writes, on one
            // connection: once the marker's has arrived, every earlier one has too.
            cached.get("marker");
            long invalidations = cache.stats().invalidations();
            writers.commands().set("marker", "done");
            eventually(() -> cache.stats().invalidations() > invalidations, "the marker's invalidation arrives");
            for (int i = 0; i < KEYS; i++) {
                assertThat(cached.get(key(i))).as(key(i)).isEqualTo(value(i, written.get(i)));
            }
            ClientSideCacheStats stats = cache.stats();
            assertThat(reads.get()).isGreaterThanOrEqualTo(MIN_READS);
            assertThat(stats.hits()).isPositive();
            assertThat(stats.invalidations()).isPositive();
        }
    }

    private static Void read(RedisCommands<String, String> cached, AtomicLongArray started, AtomicBoolean writing,
            AtomicLong reads) {
        while (writing.get()) {
            int i = ThreadLocalRandom.current().nextInt(KEYS);
            String value = cached.get(key(i));
            long newest = started.get(i);
            assertThat(value).as("the reply to GET %s", key(i)).startsWith(key(i) + "=");
            long version = Long.parseLong(value.substring(value.indexOf('=') + 1));
            // Never a value that was not written; an older one is allowed until its
            // invalidation arrives.
            assertThat(version).isBetween(0L, newest);
            reads.incrementAndGet();
        }
        return null;
    }

    private static Void write(RedisCommands<String, String> commands, AtomicLongArray started, AtomicLongArray written,
            int parity, AtomicLong reads) {
        // Writes go on until the readers have read enough, however slow the machine.
        for (int n = 1; n <= WRITES_PER_WRITER || reads.get() < MIN_READS; n++) {
            int i = ThreadLocalRandom.current().nextInt(KEYS / 2) * 2 + parity;
            long version = written.get(i) + 1;
            started.set(i, version);
            commands.set(key(i), value(i, version));
            written.set(i, version);
        }
        return null;
    }

    private static String key(int i) {
        return "key:" + i;
    }

    private static String value(int i, long version) {
        return key(i) + "=" + version;
    }

}
