package io.redispool.spring.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.redispool.RedisClient;
import io.redispool.RedisServerException;
import io.redispool.testing.RedisServerExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.cache.Cache;
import org.springframework.cache.Cache.ValueWrapper;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.cache.support.NullValue;
import org.springframework.core.serializer.support.SerializationFailedException;

class RedisPoolCacheTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static RedisClient client;

    @BeforeAll
    static void createClient() {
        client = RedisClient.create(redis.server().url());
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @BeforeEach
    void emptyServer() {
        client.commands().flushdb();
        client.execute("CONFIG", "RESETSTAT");
    }

    @Test
    void putStoresTheValueUnderCacheNameAndKeyAndGetReadsItBack() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        cache.put("home", new Score("home", 42));
        assertThat(keys()).containsExactly("scores::home");
        assertThat(cache.get("home", Score.class)).isEqualTo(new Score("home", 42));
        assertThat(cache.get("pricing")).isNull();
    }

    @Test
    void valueIsStoredAsJavaSerializationBytes() throws IOException {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        cache.put("home", new Score("home", 42));
        assertThat((byte[]) client.execute(bytes("GET"), bytes("scores::home")))
            .isEqualTo(javaSerialized(new Score("home", 42)));
    }

    @Test
    void nullIsStoredAsNullValueAndReadBackAsACachedNull() throws IOException {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        cache.put("nobody", null);
        assertThat((byte[]) client.execute(bytes("GET"), bytes("scores::nobody")))
            .isEqualTo(javaSerialized(NullValue.INSTANCE));
        ValueWrapper cached = cache.get("nobody");
        assertThat(cached).isNotNull();
        assertThat(cached.get()).isNull();
    }

    @Test
    void nullIsRefusedWhenNullValuesAreNotCached() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults().withCacheNullValues(false));
        assertThatIllegalArgumentException().isThrownBy(() -> cache.put("nobody", null))
            .withMessageContaining("Cache 'scores' does not store null (cache-null-values is false)");
        assertThat(cache.putIfAbsent("nobody", null)).isNull();
        assertThat(keys()).isEmpty();
    }

    @Test
    void timeToLiveIsSetInMillisecondsOnPut() {
        RedisPoolCache cache = cache("scores",
                RedisPoolCacheConfig.defaults().withTimeToLive(Duration.ofMillis(90_500)));
        cache.put("home", new Score("home", 1));
        assertThat(pttl("scores::home")).isBetween(89_000L, 90_500L);
    }

    @Test
    void entriesWithoutTimeToLiveNeverExpire() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        cache.put("home", new Score("home", 1));
        cache.putIfAbsent("pricing", new Score("pricing", 1));
        assertThat(pttl("scores::home")).isEqualTo(-1);
        assertThat(pttl("scores::pricing")).isEqualTo(-1);
    }

    @Test
    void putIfAbsentStoresOnlyWhenAbsentAndReturnsWhatIsThere() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults().withTimeToLive(Duration.ofMinutes(2)));
        assertThat(cache.putIfAbsent("home", new Score("home", 1))).isNull();
        ValueWrapper existing = cache.putIfAbsent("home", new Score("home", 2));
        assertThat(existing).isNotNull();
        assertThat(existing.get()).isEqualTo(new Score("home", 1));
        assertThat(cache.get("home", Score.class)).isEqualTo(new Score("home", 1));
        assertThat(pttl("scores::home")).isBetween(119_000L, 120_000L);
        assertThat(commandCalls("set")).isEqualTo(2);
    }

    @Test
    void putIfAbsentWithATimeToLiveOfMillisecondsKeepsThem() {
        RedisPoolCache cache = cache("scores",
                RedisPoolCacheConfig.defaults().withTimeToLive(Duration.ofMillis(5_250)));
        cache.putIfAbsent("home", new Score("home", 1));
        assertThat(pttl("scores::home")).isBetween(4_000L, 5_250L);
    }

    @Test
    void evictRemovesOneEntryAndEvictIfPresentSaysWhetherThereWasOne() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        cache.put("home", new Score("home", 1));
        cache.put("pricing", new Score("pricing", 1));
        cache.evict("home");
        assertThat(keys()).containsExactly("scores::pricing");
        assertThat(cache.evictIfPresent("pricing")).isTrue();
        assertThat(cache.evictIfPresent("pricing")).isFalse();
        assertThat(commandCalls("unlink")).isEqualTo(3);
    }

    @Test
    void clearRemovesEveryEntryOfTheCacheWithScanAndUnlinkNeverKeys() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        RedisPoolCache other = cache("visitors", RedisPoolCacheConfig.defaults());
        for (int i = 0; i < 2_500; i++) {
            cache.put("page-" + i, new Score("page-" + i, i));
        }
        other.put("alice", new Score("alice", 1));
        client.execute("SET", "unrelated", "1");
        assertThat(cache.invalidate()).isTrue();
        assertThat(commandCalls("scan")).isGreaterThan(1);
        assertThat(commandCalls("unlink")).isGreaterThan(1);
        assertThat(commandCalls("keys")).isZero();
        assertThat(keys()).containsExactlyInAnyOrder("visitors::alice", "unrelated");
        assertThat(cache.invalidate()).isFalse();
    }

    @Test
    void clearOfACacheWhoseNameHoldsGlobCharactersLeavesCachesItWouldOtherwiseMatch() {
        RedisPoolCache star = cache("a*", RedisPoolCacheConfig.defaults());
        RedisPoolCache bracket = cache("[ab]?", RedisPoolCacheConfig.defaults());
        cache("ab", RedisPoolCacheConfig.defaults()).put("1", "ab");
        cache("a?", RedisPoolCacheConfig.defaults()).put("1", "a?");
        cache("b", RedisPoolCacheConfig.defaults()).put("1", "b");
        star.put("1", "a*");
        bracket.put("1", "[ab]?");
        star.clear();
        bracket.clear();
        assertThat(keys()).containsExactlyInAnyOrder("ab::1", "a?::1", "b::1");
    }

    @Test
    void keyPrefixGoesBeforeTheCacheNameAndClearStaysWithinIt() {
        RedisPoolCache prefixed = cache("scores", RedisPoolCacheConfig.defaults().withKeyPrefix("app:"));
        RedisPoolCache plain = cache("scores", RedisPoolCacheConfig.defaults());
        prefixed.put("home", "prefixed");
        plain.put("home", "plain");
        assertThat(keys()).containsExactlyInAnyOrder("app:scores::home", "scores::home");
        prefixed.clear();
        assertThat(keys()).containsExactly("scores::home");
    }

    @Test
    void withoutKeyPrefixKeysAreSharedAndClearRemovesEveryKeyOfTheDatabase() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults().withUseKeyPrefix(false));
        cache.put("home", "bare");
        client.execute("SET", "unrelated", "1");
        assertThat(keys()).containsExactlyInAnyOrder("home", "unrelated");
        cache.clear();
        assertThat(keys()).isEmpty();
    }

    @Test
    void keysThatAreNotStringsAreConvertedAsSpringDataRedisConvertsThem() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        cache.put(42, "int");
        cache.put(SimpleKey.EMPTY, "none");
        cache.put(new SimpleKey("home", 7), "two");
        cache.put(List.of("a", "b"), "list");
        assertThat(keys()).containsExactlyInAnyOrder("scores::42", "scores::SimpleKey []",
                "scores::SimpleKey [home, 7]", "scores::a,b");
        assertThat(cache.get(new SimpleKey("home", 7), String.class)).isEqualTo("two");
    }

    @Test
    void keyWithoutAStringFormFailsNamingItsType() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> cache.put(new Object(), "x"))
            .withMessageContaining("java.lang.Object");
    }

    @Test
    void valueThatIsNotSerializableFailsNamingTheCacheAndType() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        assertThatExceptionOfType(SerializationFailedException.class).isThrownBy(() -> cache.put("home", new Object()))
            .withMessageContaining("Cache 'scores' cannot store a java.lang.Object");
        assertThat(keys()).isEmpty();
    }

    @Test
    void entryThatIsNotJavaSerializationFailsNamingTheCache() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        client.execute("SET", "scores::home", "written by someone else");
        assertThatExceptionOfType(SerializationFailedException.class).isThrownBy(() -> cache.get("home"))
            .withMessageContaining("Cache 'scores' cannot read an entry of 23 bytes");
    }

    @Test
    void getWithLoaderComputesAMissingEntryOnceAndStoresIt() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults().withTimeToLive(Duration.ofMinutes(1)));
        AtomicInteger computations = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(cache.get("home", () -> new Score("home", computations.incrementAndGet())))
                .isEqualTo(new Score("home", 1));
        }
        assertThat(computations).hasValue(1);
        assertThat(keys()).containsExactly("scores::home");
        assertThat(pttl("scores::home")).isBetween(59_000L, 60_000L);
    }

    @Test
    void getWithLoaderStoresANullResultAsACachedNull() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        AtomicInteger computations = new AtomicInteger();
        String computed = cache.get("nobody", () -> {
            computations.incrementAndGet();
            return null;
        });
        Integer cached = cache.get("nobody", computations::incrementAndGet);
        assertThat(computed).isNull();
        assertThat(cached).isNull();
        assertThat(computations).hasValue(1);
    }

    @Test
    void loaderThatFailsReleasesTheLockSoTheNextCallerComputes() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        assertThatExceptionOfType(Cache.ValueRetrievalException.class).isThrownBy(() -> cache.get("home", () -> {
            throw new IllegalStateException("database down");
        })).withRootCauseInstanceOf(IllegalStateException.class);
        assertThat(keys()).isEmpty();
        assertThat(cache.get("home", () -> "computed")).isEqualTo("computed");
    }

    @Test
    void loaderFailureStaysTheFailureWhenTheLockCannotBeReleased() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        assertThatExceptionOfType(Cache.ValueRetrievalException.class).isThrownBy(() -> cache.get("home", () -> {
            client.execute("DEL", "scores::home~lock");
            client.execute("LPUSH", "scores::home~lock", "not a lock");
            throw new IllegalStateException("database down");
        }))
            .withRootCauseInstanceOf(IllegalStateException.class)
            .satisfies((ex) -> assertThat(ex.getSuppressed()).singleElement().isInstanceOf(RedisServerException.class));
    }

    @Test
    void statisticsCountGetsByResultPutsAndEvictionsWhenEnabled() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults().withEnableStatistics(true));
        cache.get("home");
        cache.put("home", "1");
        cache.get("home");
        cache.get("home", () -> "never");
        cache.get("pricing", () -> "computed");
        cache.putIfAbsent("about", "1");
        cache.putIfAbsent("about", "2");
        cache.evict("home");
        cache.evict("home");
        cache.clear();
        CacheStatistics statistics = cache.getStatistics();
        assertThat(statistics.isEnabled()).isTrue();
        assertThat(statistics.hits()).isEqualTo(2);
        assertThat(statistics.misses()).isEqualTo(2);
        assertThat(statistics.puts()).isEqualTo(3);
        assertThat(statistics.evictions()).isEqualTo(3);
    }

    @Test
    void statisticsStayAtZeroWhenNotEnabled() {
        RedisPoolCache cache = cache("scores", RedisPoolCacheConfig.defaults());
        cache.get("home");
        cache.put("home", "1");
        cache.get("home");
        cache.evict("home");
        CacheStatistics statistics = cache.getStatistics();
        assertThat(statistics.isEnabled()).isFalse();
        assertThat(List.of(statistics.hits(), statistics.misses(), statistics.puts(), statistics.evictions()))
            .containsOnly(0L);
    }

    @Test
    void managerCreatesNamedCachesUpFrontAndOthersOnFirstUse() {
        RedisPoolCacheManager manager = RedisPoolCacheManager.builder(client)
            .initialCacheNames(List.of("scores"))
            .withCacheConfiguration("short", RedisPoolCacheConfig.defaults().withTimeToLive(Duration.ofSeconds(30)))
            .build();
        manager.afterPropertiesSet();
        assertThat(manager.getCacheNames()).containsExactly("scores", "short");
        assertThat(((RedisPoolCache) manager.getCache("short")).getConfig().timeToLive())
            .isEqualTo(Duration.ofSeconds(30));
        assertThat(manager.getCache("later")).isInstanceOf(RedisPoolCache.class);
        assertThat(manager.getCacheNames()).containsExactly("scores", "short", "later");
        assertThat(manager.getCache("scores").getNativeCache()).isSameAs(client);
    }

    @Test
    void blankInitialCacheNameIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RedisPoolCacheManager.builder(client).initialCacheNames(List.of("scores", " ")))
            .withMessageStartingWith("'cache-names' must not hold a blank name");
    }

    private static RedisPoolCache cache(String name, RedisPoolCacheConfig config) {
        RedisPoolCacheManager manager = RedisPoolCacheManager.builder(client).cacheDefaults(config).build();
        manager.afterPropertiesSet();
        return (RedisPoolCache) manager.getCache(name);
    }

    private static List<String> keys() {
        return keys(client);
    }

    @SuppressWarnings("unchecked")
    static List<String> keys(RedisClient client) {
        return (List<String>) client.execute("KEYS", "*");
    }

    private static long pttl(String key) {
        return (Long) client.execute("PTTL", key);
    }

    private static long commandCalls(String command) {
        String stats = client.commands().info("commandstats");
        for (String line : stats.split("\r\n")) {
            if (line.startsWith("cmdstat_" + command + ":calls=")) {
                return Long.parseLong(line.substring(line.indexOf('=') + 1, line.indexOf(',')));
            }
        }
        return 0;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] javaSerialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

}
