package io.redispool.cache;

import static io.redispool.pool.PoolAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisCommands;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Client-side caching against a real server: hits, invalidations from another client,
 * this client's own writes, flushes, a lost invalidation connection, bounds, broadcast
 * mode.
 */
class ClientSideCacheTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private RedisClient client;

    private RedisClient other;

    private ClientSideCache cache;

    private RedisCommands<String, String> cached;

    @BeforeEach
    void start() {
        this.client = RedisClient.create(redis.server().url() + "?protocol=3");
        this.other = RedisClient.create(redis.server().url());
        this.other.execute("FLUSHALL");
        startCache(ClientSideCacheConfig.DEFAULTS);
    }

    private void startCache(ClientSideCacheConfig config) {
        if (this.cache != null) {
            this.cache.close();
        }
        this.cache = this.client.clientSideCache(config);
        this.cached = this.cache.commands();
        eventually(() -> this.cache.stats().tracking(), "the invalidation connection is up");
    }

    @AfterEach
    void stop() {
        this.cache.close();
        this.client.close();
        this.other.close();
    }

    @Test
    void aClientOnResp2IsRefusedNamingTheSetting() {
        try (RedisClient resp2 = RedisClient.create(redis.server().url())) {
            assertThatIllegalStateException().isThrownBy(() -> resp2.clientSideCache(ClientSideCacheConfig.DEFAULTS))
                .withMessageContaining("'client-side-cache' needs 'protocol' 3 (RESP3)")
                .withMessageContaining("set 'protocol' to 3");
        }
    }

    @Test
    void aSecondReadIsServedFromTheCacheWithoutTheServer() {
        this.other.commands().set("k", "v1");
        assertThat(this.cached.get("k")).isEqualTo("v1");
        long callsBefore = commandCalls("get");

        assertThat(this.cached.get("k")).isEqualTo("v1");
        assertThat(this.cached.get("k")).isEqualTo("v1");

        assertThat(commandCalls("get")).isEqualTo(callsBefore);
        assertThat(this.cache.stats())
            .extracting(ClientSideCacheStats::hits, ClientSideCacheStats::misses, ClientSideCacheStats::size)
            .containsExactly(2L, 1L, 1);
    }

    @Test
    void noStaleReadOnceTheInvalidationOfAnotherClientsWriteHasArrived() {
        this.other.commands().set("k", "old");
        assertThat(this.cached.get("k")).isEqualTo("old");
        assertThat(this.cached.get("k")).isEqualTo("old");
        long invalidations = this.cache.stats().invalidations();

        this.other.commands().set("k", "new");

        eventually(() -> this.cache.stats().invalidations() > invalidations, "the invalidation arrives");
        assertThat(this.cached.get("k")).isEqualTo("new");
        assertThat(this.cached.get("k")).isEqualTo("new");
        assertThat(this.cache.stats().hits()).isEqualTo(2);
    }

    @Test
    void thisClientReadsItsOwnWritesAtOnce() {
        this.cached.set("k", "v1");
        assertThat(this.cached.get("k")).isEqualTo("v1");
        for (int i = 2; i <= 50; i++) {
            this.cached.set("k", "v" + i);
            assertThat(this.cached.get("k")).isEqualTo("v" + i);
        }
        this.cached.hset("h", Map.of("f", "1"));
        assertThat(this.cached.hgetall("h")).containsExactly(Map.entry("f", "1"));
        this.cached.hincrby("h", "f", 5);
        assertThat(this.cached.hgetall("h")).containsExactly(Map.entry("f", "6"));
    }

    @Test
    void anInvalidationEvictsEveryReplyAboutTheKey() {
        this.other.commands().hset("h", Map.of("a", "1", "b", "2"));
        assertThat(this.cached.hget("h", "a")).isEqualTo("1");
        assertThat(this.cached.hgetall("h")).hasSize(2);
        assertThat(this.cached.hlen("h")).isEqualTo(2);
        assertThat(this.cache.stats().size()).isEqualTo(3);
        long invalidations = this.cache.stats().invalidations();

        this.other.commands().hset("h", Map.of("a", "9", "c", "3"));

        eventually(() -> this.cache.stats().invalidations() > invalidations, "the invalidation arrives");
        assertThat(this.cache.stats().size()).isZero();
        assertThat(this.cached.hget("h", "a")).isEqualTo("9");
        assertThat(this.cached.hgetall("h")).hasSize(3);
        assertThat(this.cached.hlen("h")).isEqualTo(3);
    }

    @Test
    void flushallFromAnotherClientEmptiesTheCache() {
        this.other.commands().set("a", "1");
        this.other.commands().set("b", "2");
        this.cached.get("a");
        this.cached.get("b");
        assertThat(this.cache.stats().size()).isEqualTo(2);

        this.other.execute("FLUSHALL");

        eventually(() -> this.cache.stats().size() == 0, "the flush arrives");
        assertThat(this.cached.get("a")).isNull();
    }

    @Test
    void aLostInvalidationConnectionFlushesTheCacheAndTrackingResumesAfterReconnecting() {
        this.other.commands().set("k", "v1");
        this.cached.get("k");
        assertThat(this.cache.stats().size()).isEqualTo(1);

        this.other.execute("CLIENT", "KILL", "ID", Long.toString(invalidationClientId()));

        eventually(() -> this.cache.stats().reconnects() == 1 && this.cache.stats().tracking(),
                "the invalidation connection is back");
        assertThat(this.cache.stats().size()).isZero();
        assertThat(this.cached.get("k")).isEqualTo("v1");
        assertThat(this.cached.get("k")).isEqualTo("v1");
        long invalidations = this.cache.stats().invalidations();
        this.other.commands().set("k", "v2");
        eventually(() -> this.cache.stats().invalidations() > invalidations, "the invalidation arrives");
        assertThat(this.cached.get("k")).isEqualTo("v2");
    }

    @Test
    void entriesBeyondTheBoundAndOlderThanTheTimeToLiveAreEvicted() {
        startCache(ClientSideCacheConfig.DEFAULTS.withBounds(3, Duration.ofMillis(300)));
        for (int i = 0; i < 5; i++) {
            this.other.commands().set("k" + i, "v" + i);
            this.cached.get("k" + i);
        }
        assertThat(this.cache.stats().size()).isEqualTo(3);
        assertThat(this.cache.stats().evictions()).isEqualTo(2);
        assertThat(this.cached.get("k4")).isEqualTo("v4");
        assertThat(this.cache.stats().hits()).isEqualTo(1);

        eventually(() -> {
            this.cached.get("k4");
            return this.cache.stats().evictions() == 3;
        }, "the entry expires");
    }

    @Test
    void broadcastModeCachesOnlyTheTrackedPrefixesAndIsInvalidatedForThem() {
        startCache(ClientSideCacheConfig.DEFAULTS.broadcast("user:"));
        this.other.commands().set("user:1", "ada");
        this.other.commands().set("order:1", "book");
        // Every write to a tracked prefix is announced, read or not: let this one arrive.
        eventually(() -> this.cache.stats().invalidations() == 1, "the invalidation of the write arrives");
        assertThat(this.cached.get("user:1")).isEqualTo("ada");
        assertThat(this.cached.get("order:1")).isEqualTo("book");
        assertThat(this.cached.get("user:1")).isEqualTo("ada");
        assertThat(this.cache.stats()).extracting(ClientSideCacheStats::hits, ClientSideCacheStats::size)
            .containsExactly(1L, 1);
        long invalidations = this.cache.stats().invalidations();

        this.other.commands().set("user:1", "grace");

        eventually(() -> this.cache.stats().invalidations() > invalidations, "the invalidation arrives");
        assertThat(this.cached.get("user:1")).isEqualTo("grace");
    }

    @Test
    void uncachedCommandsPassThrough() {
        this.cached.set("n", "1");
        assertThat(this.cached.incr("n")).isEqualTo(2);
        assertThat(this.cached.mget(List.of("n", "missing"))).containsExactly("2", null);
        assertThat(this.cache.stats().size()).isZero();
    }

    private long invalidationClientId() {
        String clients = (String) this.other.execute("CLIENT", "LIST");
        for (String line : clients.split("\n")) {
            if (line.contains("cmd=blpop")) {
                return Long.parseLong(line.substring(3, line.indexOf(' ')));
            }
        }
        throw new AssertionError("No invalidation connection in " + clients);
    }

    private long commandCalls(String command) {
        String stats = (String) this.other.execute("INFO", "commandstats");
        for (String line : stats.split("\r\n")) {
            if (line.startsWith("cmdstat_" + command + ":calls=")) {
                return Long.parseLong(line.substring(line.indexOf('=') + 1, line.indexOf(',')));
            }
        }
        return 0;
    }

}
