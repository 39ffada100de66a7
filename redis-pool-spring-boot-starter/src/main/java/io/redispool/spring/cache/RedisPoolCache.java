package io.redispool.spring.cache;

import io.redispool.RedisClient;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.springframework.cache.support.AbstractValueAdaptingCache;
import org.springframework.cache.support.NullValue;
import org.springframework.cache.support.SimpleValueWrapper;

/**
 * A Spring {@link org.springframework.cache.Cache} whose entries live in Redis, written
 * and read as Spring Data Redis's {@code RedisCache} writes and reads them with its
 * defaults.
 *
 * <p>
 * {@link #get(Object, Callable)}, behind {@code @Cacheable(sync = true)}, computes a
 * missing entry once across every instance that shares the Redis server: the first caller
 * takes a short-lived lock beside the entry, computes, stores and releases; the others
 * wait for the entry to appear, or for the lock to go, then take it themselves. A lock
 * outlives its holder by at most {@code lock-timeout}; a computation that runs longer may
 * run twice.
 */
public final class RedisPoolCache extends AbstractValueAdaptingCache {

    private static final long FIRST_WAIT_MILLIS = 5;

    private static final long MAX_WAIT_MILLIS = 100;

    private final String name;

    private final RedisPoolCacheConfig config;

    private final CacheStore store;

    private final CacheKeys keys;

    private final CacheKeyConverter keyConverter;

    private final CacheValueSerializer serializer;

    private final CacheStatistics statistics;

    RedisPoolCache(String name, RedisPoolCacheConfig config, CacheStore store, CacheKeyConverter keyConverter,
            CacheValueSerializer serializer) {
        super(config.cacheNullValues());
        this.name = name;
        this.config = config;
        this.store = store;
        this.keys = new CacheKeys(config.keyPrefixFor(name));
        this.keyConverter = keyConverter;
        this.serializer = serializer;
        this.statistics = new CacheStatistics(config.enableStatistics());
    }

    @Override
    public String getName() {
        return this.name;
    }

    /**
     * The client the entries are read and written through.
     * @return the client
     */
    @Override
    public RedisClient getNativeCache() {
        return this.store.client();
    }

    /**
     * How this cache stores its entries.
     * @return its configuration
     */
    public RedisPoolCacheConfig getConfig() {
        return this.config;
    }

    /**
     * This cache's counts, all zero unless {@code enable-statistics} is set.
     * @return the live counts
     */
    public CacheStatistics getStatistics() {
        return this.statistics;
    }

    @Override
    protected Object lookup(Object key) {
        byte[] value = this.store.get(entryKey(key));
        this.statistics.recordGet(value != null);
        return (value != null) ? this.serializer.deserialize(this.name, value) : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Callable<T> valueLoader) {
        byte[] entry = entryKey(key);
        byte[] cached = this.store.get(entry);
        this.statistics.recordGet(cached != null);
        if (cached != null) {
            return (T) fromStoreValue(this.serializer.deserialize(this.name, cached));
        }
        return loadOnce(key, entry, valueLoader);
    }

    @SuppressWarnings("unchecked")
    private <T> T loadOnce(Object key, byte[] entry, Callable<T> valueLoader) {
        byte[] lock = this.keys.lock(entry);
        long waitMillis = FIRST_WAIT_MILLIS;
        while (true) {
            byte[] token = this.store.tryLock(lock, this.config.lockTimeout());
            if (token != null) {
                T value;
                try {
                    // The holder before us may have stored it just before releasing.
                    byte[] stored = this.store.get(entry);
                    value = (stored != null) ? (T) fromStoreValue(this.serializer.deserialize(this.name, stored))
                            : load(key, entry, valueLoader);
                }
                catch (RuntimeException | Error ex) {
                    unlockAfter(ex, lock, token);
                    throw ex;
                }
                this.store.unlock(lock, token);
                return value;
            }
            pause(key, valueLoader, waitMillis);
            waitMillis = Math.min(waitMillis * 2, MAX_WAIT_MILLIS);
            byte[] stored = this.store.get(entry);
            if (stored != null) {
                return (T) fromStoreValue(this.serializer.deserialize(this.name, stored));
            }
        }
    }

    /**
     * Releases the lock after a failure without letting a failed release hide the
     * failure.
     */
    private void unlockAfter(Throwable failure, byte[] lock, byte[] token) {
        try {
            this.store.unlock(lock, token);
        }
        catch (RuntimeException ex) {
            failure.addSuppressed(ex);
        }
    }

    private <T> T load(Object key, byte[] entry, Callable<T> valueLoader) {
        T value;
        try {
            value = valueLoader.call();
        }
        catch (Exception ex) {
            throw new ValueRetrievalException(key, valueLoader, ex);
        }
        write(entry, value);
        return value;
    }

    private void pause(Object key, Callable<?> valueLoader, long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ValueRetrievalException(key, valueLoader, ex);
        }
    }

    @Override
    public void put(Object key, Object value) {
        write(entryKey(key), value);
    }

    private void write(byte[] entry, Object value) {
        this.store.set(entry, this.serializer.serialize(this.name, storeValueOf(value)), this.config.timeToLive());
        this.statistics.recordPut();
    }

    /**
     * Stores the value with SET NX unless an entry exists.
     * @return {@code null} if it was stored, else the existing value; with {@code null}
     * values not cached, putting {@code null} stores nothing and returns what
     * {@link #get(Object)} does
     */
    @Override
    public ValueWrapper putIfAbsent(Object key, Object value) {
        if (value == null && !isAllowNullValues()) {
            return get(key);
        }
        byte[] entry = entryKey(key);
        byte[] bytes = this.serializer.serialize(this.name, storeValueOf(value));
        Duration timeToLive = this.config.timeToLive();
        while (true) {
            if (this.store.setIfAbsent(entry, bytes, timeToLive)) {
                this.statistics.recordPut();
                return null;
            }
            byte[] existing = this.store.get(entry);
            if (existing != null) {
                return new SimpleValueWrapper(fromStoreValue(this.serializer.deserialize(this.name, existing)));
            }
            // It expired or was evicted between the two commands: try again.
        }
    }

    @Override
    public void evict(Object key) {
        evictIfPresent(key);
    }

    @Override
    public boolean evictIfPresent(Object key) {
        long removed = this.store.unlink(entryKey(key));
        this.statistics.recordEvictions(removed);
        return removed > 0;
    }

    /**
     * Removes every entry of this cache with SCAN and UNLINK. Without key prefixes every
     * key of the database is an entry, so every key is removed, as Spring Data Redis
     * does.
     */
    @Override
    public void clear() {
        invalidate();
    }

    @Override
    public boolean invalidate() {
        long removed = this.store.unlinkMatching(this.keys.pattern());
        this.statistics.recordEvictions(removed);
        return removed > 0;
    }

    private Object storeValueOf(Object value) {
        if (value == null && !isAllowNullValues()) {
            throw new IllegalArgumentException("Cache '" + this.name + "' does not store null (cache-null-values "
                    + "is false); leave null results out with @Cacheable(unless = \"#result == null\")");
        }
        return (value != null) ? value : NullValue.INSTANCE;
    }

    private byte[] entryKey(Object key) {
        return this.keys.entry(this.keyConverter.convert(key));
    }

    @Override
    public String toString() {
        return "RedisPoolCache[" + this.name + ", " + this.keys + "]";
    }

}
