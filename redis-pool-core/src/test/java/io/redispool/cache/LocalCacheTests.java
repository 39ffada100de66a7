package io.redispool.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.BulkString;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pending-read bookkeeping that keeps a stale reply out, step by step.
 */
class LocalCacheTests {

    private final LocalCache cache = new LocalCache(ClientSideCacheConfig.DEFAULTS.withBounds(2, Duration.ZERO));

    @Test
    void nothingIsCachedWhileNoInvalidationConnectionIsUp() {
        assertThat(this.cache.begin(key("GET", "k"))).isNull();
        this.cache.connected(7);
        LocalCache.PendingRead read = this.cache.begin(key("GET", "k"));
        assertThat(read.invalidationClientId()).isEqualTo(7);
    }

    @Test
    void aReadCompletedUnspoiledIsServedNext() {
        this.cache.connected(1);
        LocalCache.PendingRead read = this.cache.begin(key("GET", "k"));
        this.cache.complete(read, reply("v"), 0);
        assertThat(this.cache.get(key("GET", "k"), 1)).isEqualTo(reply("v"));
    }

    @Test
    void anInvalidationWhileTheReadIsUnderWayKeepsItsReplyOut() {
        this.cache.connected(1);
        LocalCache.PendingRead read = this.cache.begin(key("GET", "k"));
        this.cache.invalidate(List.of(redisKey("k")), true);
        this.cache.complete(read, reply("old"), 0);
        assertThat(this.cache.get(key("GET", "k"), 1)).isNull();
        assertThat(this.cache.stats().size()).isZero();
    }

    @Test
    void anInvalidationOfAnotherKeySpoilsNothing() {
        this.cache.connected(1);
        LocalCache.PendingRead read = this.cache.begin(key("GET", "k"));
        this.cache.invalidate(List.of(redisKey("other")), true);
        this.cache.complete(read, reply("v"), 0);
        assertThat(this.cache.get(key("GET", "k"), 1)).isEqualTo(reply("v"));
    }

    @Test
    void aFlushOrALostConnectionWhileTheReadIsUnderWayKeepsItsReplyOut() {
        this.cache.connected(1);
        LocalCache.PendingRead flushed = this.cache.begin(key("GET", "a"));
        this.cache.flush(true);
        this.cache.complete(flushed, reply("v"), 0);
        LocalCache.PendingRead lost = this.cache.begin(key("GET", "b"));
        this.cache.disconnected();
        this.cache.connected(2);
        this.cache.complete(lost, reply("v"), 0);
        assertThat(this.cache.stats().size()).isZero();
    }

    @Test
    void twoReadsOfTheSameEntryThatBothCompleteLeaveNeitherCached() {
        this.cache.connected(1);
        LocalCache.PendingRead first = this.cache.begin(key("GET", "k"));
        LocalCache.PendingRead second = this.cache.begin(key("GET", "k"));
        this.cache.complete(first, reply("new"), 0);
        this.cache.complete(second, reply("old"), 0);
        assertThat(this.cache.get(key("GET", "k"), 1)).isNull();
    }

    @Test
    void theLeastRecentlyUsedEntryGoesFirstAndIsCounted() {
        this.cache.connected(1);
        store("a");
        store("b");
        this.cache.get(key("GET", "a"), 0);
        store("c");
        assertThat(this.cache.get(key("GET", "b"), 0)).isNull();
        assertThat(this.cache.get(key("GET", "a"), 0)).isNotNull();
        assertThat(this.cache.stats().evictions()).isEqualTo(1);
    }

    private void store(String name) {
        this.cache.complete(this.cache.begin(key("GET", name)), reply(name), 0);
    }

    private static CacheKey key(String command, String key) {
        return new CacheKey(new byte[][] { bytes(command), bytes(key) }, redisKey(key));
    }

    private static RedisKey redisKey(String key) {
        return new RedisKey(bytes(key));
    }

    private static RespReply reply(String value) {
        return new BulkString(bytes(value));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
