package io.redispool.spring.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.cache.Cache;
import org.springframework.cache.Cache.ValueWrapper;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;

/**
 * Spring Data Redis's {@code RedisCacheManager}, configured as Spring Boot configures it
 * from {@code spring.cache.redis.*}, and ours share one redis-server: each reads what the
 * other wrote, and both write the same bytes under the same keys, so an application can
 * switch between them without a cold cache.
 */
class SpringDataRedisCompatibilityTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final String CACHE = "scores";

    private static RedisClient client;

    private static LettuceConnectionFactory connectionFactory;

    @BeforeAll
    static void connect() {
        client = RedisClient.create(redis.server().url());
        connectionFactory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(redis.server().host(), redis.server().port()));
        connectionFactory.afterPropertiesSet();
        connectionFactory.start();
    }

    @AfterAll
    static void disconnect() {
        connectionFactory.destroy();
        client.close();
    }

    @BeforeEach
    void emptyServer() {
        client.commands().flushdb();
    }

    /** Keys of the types {@code @Cacheable} produces, and some that applications pass. */
    static List<Object> keys() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", 2);
        map.put("c", 3);
        return List.of("home", "with spaces and ünïcödé", 42, 7L, 1.5d, true, SimpleKey.EMPTY, new SimpleKey("home", 7),
                new SimpleKey("home", List.of(1, 2)), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                LocalDate.of(2024, 2, 29), TimeUnit.SECONDS, List.of("a", "b"), new String[] { "x", "y" }, map,
                new TreeMap<>(Map.of("k", "v")));
    }

    /** Values: records, collections, boxed numbers, Strings and null. */
    static List<Object> values() {
        List<Object> values = new ArrayList<>(List.of(new Score("home", 42), "text", 42L,
                new ArrayList<>(List.of(new Score("a", 1), new Score("b", 2))), new TreeMap<>(Map.of("k", 1))));
        values.add(null);
        return values;
    }

    @Test
    void springDataRedisWritesAndOursReads() {
        Cache theirs = springDataRedis(UnaryOperator.identity()).getCache(CACHE);
        Cache ours = ours(UnaryOperator.identity()).getCache(CACHE);
        assertReads(theirs, ours);
    }

    @Test
    void oursWritesAndSpringDataRedisReads() {
        Cache theirs = springDataRedis(UnaryOperator.identity()).getCache(CACHE);
        Cache ours = ours(UnaryOperator.identity()).getCache(CACHE);
        assertReads(ours, theirs);
    }

    @Test
    void bothWriteTheSameBytesUnderTheSameKeys() {
        Map<String, byte[]> theirs = written(springDataRedis(UnaryOperator.identity()).getCache(CACHE));
        client.commands().flushdb();
        Map<String, byte[]> ours = written(ours(UnaryOperator.identity()).getCache(CACHE));
        assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(theirs.keySet());
        assertThat(ours).hasSize(keys().size());
        theirs.forEach((key, bytes) -> assertThat(ours.get(key)).as(key).isEqualTo(bytes));
    }

    @Test
    void withKeyPrefixAndTimeToLiveEachReadsTheOthersEntriesWhichExpire() {
        Duration timeToLive = Duration.ofMinutes(10);
        Cache theirs = springDataRedis((config) -> config.prefixCacheNameWith("app:").entryTtl(timeToLive))
            .getCache(CACHE);
        Cache ours = ours((config) -> config.withKeyPrefix("app:").withTimeToLive(timeToLive)).getCache(CACHE);
        theirs.put("written-by-them", new Score("them", 1));
        ours.put("written-by-us", new Score("us", 2));
        assertThat(RedisPoolCacheTests.keys(client)).containsExactlyInAnyOrder("app:scores::written-by-them",
                "app:scores::written-by-us");
        assertThat(ours.get("written-by-them", Score.class)).isEqualTo(new Score("them", 1));
        assertThat(theirs.get("written-by-us", Score.class)).isEqualTo(new Score("us", 2));
        for (String key : List.of("app:scores::written-by-them", "app:scores::written-by-us")) {
            assertThat((Long) client.execute("PTTL", key)).as(key).isBetween(599_000L, 600_000L);
        }
    }

    @Test
    void putIfAbsentOfEachSeesTheOthersEntryAndKeepsTheSameExpiry() {
        Duration timeToLive = Duration.ofSeconds(90);
        Cache theirs = springDataRedis((config) -> config.entryTtl(timeToLive)).getCache(CACHE);
        Cache ours = ours((config) -> config.withTimeToLive(timeToLive)).getCache(CACHE);
        assertThat(theirs.putIfAbsent("home", new Score("them", 1))).isNull();
        ValueWrapper existing = ours.putIfAbsent("home", new Score("us", 2));
        assertThat(existing).isNotNull();
        assertThat(existing.get()).isEqualTo(new Score("them", 1));
        assertThat(ours.putIfAbsent("pricing", new Score("us", 3))).isNull();
        assertThat(theirs.putIfAbsent("pricing", new Score("them", 4)).get()).isEqualTo(new Score("us", 3));
        assertThat((Long) client.execute("PTTL", "scores::home")).isBetween(89_000L, 90_000L);
        assertThat((Long) client.execute("PTTL", "scores::pricing")).isBetween(89_000L, 90_000L);
    }

    @Test
    void withoutKeyPrefixBothWriteTheBareKey() {
        Cache theirs = springDataRedis(RedisCacheConfiguration::disableKeyPrefix).getCache(CACHE);
        Cache ours = ours((config) -> config.withUseKeyPrefix(false)).getCache(CACHE);
        theirs.put("them", "1");
        ours.put("us", "2");
        assertThat(RedisPoolCacheTests.keys(client)).containsExactlyInAnyOrder("them", "us");
        assertThat(ours.get("them", String.class)).isEqualTo("1");
        assertThat(theirs.get("us", String.class)).isEqualTo("2");
    }

    @Test
    void oursEvictsAndClearsWhatSpringDataRedisWrote() {
        Cache theirs = springDataRedis(UnaryOperator.identity()).getCache(CACHE);
        Cache ours = ours(UnaryOperator.identity()).getCache(CACHE);
        theirs.put("home", "1");
        theirs.put("pricing", "2");
        theirs.put("about", "3");
        assertThat(ours.evictIfPresent("home")).isTrue();
        assertThat(theirs.get("home")).isNull();
        ours.clear();
        assertThat(RedisPoolCacheTests.keys(client)).isEmpty();
    }

    private static void assertReads(Cache writer, Cache reader) {
        List<Object> keys = keys();
        List<Object> values = values();
        for (int i = 0; i < keys.size(); i++) {
            writer.put(keys.get(i), values.get(i % values.size()));
        }
        for (int i = 0; i < keys.size(); i++) {
            ValueWrapper read = reader.get(keys.get(i));
            assertThat(read).as("entry of key %s", keys.get(i)).isNotNull();
            assertThat(read.get()).as("value of key %s", keys.get(i)).isEqualTo(values.get(i % values.size()));
        }
        assertThat(reader.get("never-written")).isNull();
    }

    private static Map<String, byte[]> written(Cache cache) {
        List<Object> keys = keys();
        List<Object> values = values();
        for (int i = 0; i < keys.size(); i++) {
            cache.put(keys.get(i), values.get(i % values.size()));
        }
        Map<String, byte[]> written = new LinkedHashMap<>();
        for (String key : RedisPoolCacheTests.keys(client)) {
            written.put(key, (byte[]) client.execute(utf8("GET"), utf8(key)));
        }
        return written;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * As Spring Boot's cache auto-configuration builds it from
     * {@code spring.cache.redis.*}, except that writes complete before {@code put}
     * returns: over Lettuce, Spring Data Redis otherwise writes in the background, which
     * changes when, not what, it writes.
     */
    private static RedisCacheManager springDataRedis(UnaryOperator<RedisCacheConfiguration> customizer) {
        RedisCacheConfiguration config = RedisCacheConfiguration.defaultCacheConfig()
            .serializeValuesWith(SerializationPair.fromSerializer(
                    new JdkSerializationRedisSerializer(SpringDataRedisCompatibilityTests.class.getClassLoader())));
        RedisCacheWriter writer = RedisCacheWriter.create(connectionFactory,
                RedisCacheWriter.RedisCacheWriterConfigurer::immediateWrites);
        RedisCacheManager manager = RedisCacheManager.builder(writer).cacheDefaults(customizer.apply(config)).build();
        manager.afterPropertiesSet();
        return manager;
    }

    private static RedisPoolCacheManager ours(UnaryOperator<RedisPoolCacheConfig> customizer) {
        RedisPoolCacheManager manager = RedisPoolCacheManager.builder(client)
            .cacheDefaults(customizer.apply(RedisPoolCacheConfig.defaults()))
            .classLoader(SpringDataRedisCompatibilityTests.class.getClassLoader())
            .build();
        manager.afterPropertiesSet();
        return manager;
    }

}
