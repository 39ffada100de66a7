package io.redispool.spring.cache;

import io.redispool.InvalidSettingException;
import io.redispool.RedisClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.cache.Cache;
import org.springframework.cache.support.AbstractCacheManager;
import org.springframework.util.ClassUtils;

/**
 * A Spring {@link org.springframework.cache.CacheManager} of {@link RedisPoolCache}s over
 * one {@link RedisClient}; the counterpart of Spring Data Redis's
 * {@code RedisCacheManager}, whose entries it reads and writes alike.
 *
 * <p>
 * The caches named up front exist from the start; any other name asked for is created on
 * first use with the default configuration, as Spring Data Redis does. It needs nothing
 * beyond spring-context: for puts and evictions that wait for a transaction's commit,
 * wrap it in spring-context-support's {@code TransactionAwareCacheManagerProxy}.
 */
public final class RedisPoolCacheManager extends AbstractCacheManager {

    private final CacheStore store;

    private final RedisPoolCacheConfig defaults;

    private final Map<String, RedisPoolCacheConfig> initialCaches = new LinkedHashMap<>();

    private final CacheKeyConverter keyConverter = CacheKeyConverter.withDefaultConversions();

    private final CacheValueSerializer serializer;

    private RedisPoolCacheManager(Builder builder) {
        this.store = new CacheStore(builder.client);
        this.defaults = builder.defaults;
        builder.initialCaches
            .forEach((name, config) -> this.initialCaches.put(name, (config != null) ? config : builder.defaults));
        this.serializer = new CacheValueSerializer(builder.classLoader);
    }

    /**
     * Starts a cache manager over a client.
     * @param client where entries are stored
     * @return a builder with Spring Data Redis's defaults
     */
    public static Builder builder(RedisClient client) {
        return new Builder(client);
    }

    @Override
    protected Collection<? extends Cache> loadCaches() {
        List<Cache> caches = new ArrayList<>(this.initialCaches.size());
        this.initialCaches.forEach((name, config) -> caches.add(createCache(name, config)));
        return caches;
    }

    @Override
    protected Cache getMissingCache(String name) {
        return createCache(name, this.defaults);
    }

    private RedisPoolCache createCache(String name, RedisPoolCacheConfig config) {
        return new RedisPoolCache(name, config, this.store, this.keyConverter, this.serializer);
    }

    /**
     * The configuration of caches not configured by name.
     * @return the default configuration
     */
    public RedisPoolCacheConfig getDefaultConfig() {
        return this.defaults;
    }

    /**
     * Builds a {@link RedisPoolCacheManager}. Not thread-safe.
     */
    public static final class Builder {

        private final RedisClient client;

        private RedisPoolCacheConfig defaults = RedisPoolCacheConfig.defaults();

        // A null configuration stands for the defaults, which may still change.
        private final Map<String, RedisPoolCacheConfig> initialCaches = new LinkedHashMap<>();

        private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

        private Builder(RedisClient client) {
            this.client = Objects.requireNonNull(client, "'client' must not be null");
        }

        /**
         * Sets the configuration of every cache not configured by name.
         * @param defaults the configuration
         * @return this builder
         */
        public Builder cacheDefaults(RedisPoolCacheConfig defaults) {
            this.defaults = Objects.requireNonNull(defaults, "'defaults' must not be null");
            return this;
        }

        /**
         * Creates caches up front with the default configuration, so that they exist, and
         * are metered, from the start; other names are still created on first use.
         * @param names the cache names
         * @return this builder
         */
        public Builder initialCacheNames(Collection<String> names) {
            for (String name : names) {
                if (name == null || name.isBlank()) {
                    throw InvalidSettingException.invalid("cache-names", names, "must not hold a blank name");
                }
                this.initialCaches.putIfAbsent(name, null);
            }
            return this;
        }

        /**
         * Creates a cache up front with its own configuration, such as a shorter time to
         * live.
         * @param name the cache name
         * @param config its configuration
         * @return this builder
         */
        public Builder withCacheConfiguration(String name, RedisPoolCacheConfig config) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A cache name must not be blank but was '" + name + "'");
            }
            this.initialCaches.put(name, Objects.requireNonNull(config, "'config' must not be null"));
            return this;
        }

        /**
         * Sets the class loader that cached values are deserialized with.
         * @param classLoader the application's class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /**
         * Builds the cache manager; call {@code afterPropertiesSet()} before use unless
         * it is a bean.
         * @return the cache manager
         */
        public RedisPoolCacheManager build() {
            return new RedisPoolCacheManager(this);
        }

    }

}
