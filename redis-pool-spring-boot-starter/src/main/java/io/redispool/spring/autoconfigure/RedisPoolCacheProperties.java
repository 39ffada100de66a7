package io.redispool.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The cache manager for @EnableCaching, mirroring spring.cache.redis.*; entries are
 * written as Spring Data Redis's RedisCacheManager writes them.
 */
public class RedisPoolCacheProperties {

    /**
     * Entry expiration, 0 for entries that never expire.
     */
    private Duration timeToLive = Duration.ofSeconds(0);

    /**
     * Whether to cache null values.
     */
    private boolean cacheNullValues = true;

    /**
     * Key prefix written before the cache name.
     */
    private String keyPrefix;

    /**
     * Whether keys start with the key prefix and the cache name; false writes keys as
     * they are, shared by every cache.
     */
    private boolean useKeyPrefix = true;

    /**
     * Cache names created at startup, so that they are metered from the start; others are
     * created on first use.
     */
    private List<String> cacheNames = new ArrayList<>();

    /**
     * Whether to count gets, puts and evictions for the cache meters.
     */
    private boolean enableStatistics = false;

    /**
     * How long a @Cacheable(sync = true) computation may hold its lock before another
     * instance may compute the same entry.
     */
    private Duration lockTimeout = Duration.ofSeconds(10);

    public Duration getTimeToLive() {
        return this.timeToLive;
    }

    public void setTimeToLive(Duration timeToLive) {
        this.timeToLive = timeToLive;
    }

    public boolean isCacheNullValues() {
        return this.cacheNullValues;
    }

    public void setCacheNullValues(boolean cacheNullValues) {
        this.cacheNullValues = cacheNullValues;
    }

    public String getKeyPrefix() {
        return this.keyPrefix;
    }

    public void setKeyPrefix(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    public boolean isUseKeyPrefix() {
        return this.useKeyPrefix;
    }

    public void setUseKeyPrefix(boolean useKeyPrefix) {
        this.useKeyPrefix = useKeyPrefix;
    }

    public List<String> getCacheNames() {
        return this.cacheNames;
    }

    public void setCacheNames(List<String> cacheNames) {
        this.cacheNames = cacheNames;
    }

    public boolean isEnableStatistics() {
        return this.enableStatistics;
    }

    public void setEnableStatistics(boolean enableStatistics) {
        this.enableStatistics = enableStatistics;
    }

    public Duration getLockTimeout() {
        return this.lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

}
