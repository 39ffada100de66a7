package io.redispool.spring.cache;

import io.redispool.InvalidSettingException;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RedisPoolCache} stores its entries: their time to live, whether it stores
 * {@code null}, how its keys are prefixed, whether it counts statistics, and how long a
 * {@code @Cacheable(sync = true)} computation may hold its lock.
 *
 * <p>
 * Immutable; each {@code with} method returns a validated copy. Errors name the setting
 * as the starter spells it under {@code redis.pool.cache} ({@code 'time-to-live'}).
 *
 * @param timeToLive how long entries live; {@link Duration#ZERO} for ever
 * @param cacheNullValues whether {@code null} is stored (as Spring's {@code NullValue})
 * @param keyPrefix written before the cache name, or {@code null} for none
 * @param useKeyPrefix whether keys start with {@code [keyPrefix]<cache name>::} at all
 * @param enableStatistics whether gets, puts and evictions are counted, for meters
 * @param lockTimeout how long a synchronized computation may hold its lock before another
 * instance may compute the same entry
 */
public record RedisPoolCacheConfig(Duration timeToLive, boolean cacheNullValues, String keyPrefix, boolean useKeyPrefix,
        boolean enableStatistics, Duration lockTimeout) {

    /**
     * Separates the cache name from the key, as Spring Data Redis's
     * {@code CacheKeyPrefix}.
     */
    public static final String SEPARATOR = "::";

    /** The default lock timeout. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    private static final RedisPoolCacheConfig DEFAULTS = new RedisPoolCacheConfig(Duration.ZERO, true, null, true,
            false, DEFAULT_LOCK_TIMEOUT);

    public RedisPoolCacheConfig {
        Objects.requireNonNull(timeToLive, "'time-to-live' must not be null; use 0 for entries that never expire");
        Objects.requireNonNull(lockTimeout, "'lock-timeout' must not be null");
        if (timeToLive.isNegative() || (!timeToLive.isZero() && timeToLive.toMillis() < 1)) {
            throw InvalidSettingException.invalid("time-to-live", timeToLive,
                    "must be 0 (never expire) or at least 1ms");
        }
        if (lockTimeout.toMillis() < 1) {
            throw InvalidSettingException.invalid("lock-timeout", lockTimeout, "must be at least 1ms");
        }
        if (keyPrefix != null && !useKeyPrefix) {
            throw InvalidSettingException.conflict("key-prefix", null,
                    "is set but 'use-key-prefix' is false, so the prefix would be ignored", "use-key-prefix");
        }
    }

    /**
     * Spring Data Redis's defaults: no expiry, {@code null} stored, keys
     * {@code <cache name>::<key>}; no statistics and a 10s lock timeout.
     * @return the defaults
     */
    public static RedisPoolCacheConfig defaults() {
        return DEFAULTS;
    }

    /**
     * A copy whose entries live this long.
     * @param timeToLive at least 1ms, or {@link Duration#ZERO} for ever
     * @return the copy
     */
    public RedisPoolCacheConfig withTimeToLive(Duration timeToLive) {
        return new RedisPoolCacheConfig(timeToLive, this.cacheNullValues, this.keyPrefix, this.useKeyPrefix,
                this.enableStatistics, this.lockTimeout);
    }

    /**
     * A copy that does or does not store {@code null}.
     * @param cacheNullValues whether to store {@code null}
     * @return the copy
     */
    public RedisPoolCacheConfig withCacheNullValues(boolean cacheNullValues) {
        return new RedisPoolCacheConfig(this.timeToLive, cacheNullValues, this.keyPrefix, this.useKeyPrefix,
                this.enableStatistics, this.lockTimeout);
    }

    /**
     * A copy whose keys are {@code <keyPrefix><cache name>::<key>}.
     * @param keyPrefix the prefix, or {@code null} for none
     * @return the copy
     */
    public RedisPoolCacheConfig withKeyPrefix(String keyPrefix) {
        return new RedisPoolCacheConfig(this.timeToLive, this.cacheNullValues, keyPrefix, this.useKeyPrefix,
                this.enableStatistics, this.lockTimeout);
    }

    /**
     * A copy whose keys are, or are not, prefixed with the cache name.
     * @param useKeyPrefix {@code false} to write keys as they are, shared by every cache
     * @return the copy
     */
    public RedisPoolCacheConfig withUseKeyPrefix(boolean useKeyPrefix) {
        return new RedisPoolCacheConfig(this.timeToLive, this.cacheNullValues, this.keyPrefix, useKeyPrefix,
                this.enableStatistics, this.lockTimeout);
    }

    /**
     * A copy that does or does not count statistics.
     * @param enableStatistics whether to count gets, puts and evictions
     * @return the copy
     */
    public RedisPoolCacheConfig withEnableStatistics(boolean enableStatistics) {
        return new RedisPoolCacheConfig(this.timeToLive, this.cacheNullValues, this.keyPrefix, this.useKeyPrefix,
                enableStatistics, this.lockTimeout);
    }

    /**
     * A copy whose synchronized computations hold their lock at most this long.
     * @param lockTimeout at least 1ms
     * @return the copy
     */
    public RedisPoolCacheConfig withLockTimeout(Duration lockTimeout) {
        return new RedisPoolCacheConfig(this.timeToLive, this.cacheNullValues, this.keyPrefix, this.useKeyPrefix,
                this.enableStatistics, lockTimeout);
    }

    /**
     * What every key of a cache starts with, as Spring Data Redis computes it.
     * @param cacheName the cache's name
     * @return {@code [keyPrefix]<cacheName>::}, or the empty string without key prefixes
     */
    public String keyPrefixFor(String cacheName) {
        if (!this.useKeyPrefix) {
            return "";
        }
        return ((this.keyPrefix != null) ? this.keyPrefix : "") + cacheName + SEPARATOR;
    }

    /**
     * Whether entries expire.
     * @return {@code true} when the time to live is not zero
     */
    public boolean expires() {
        return !this.timeToLive.isZero();
    }
}
