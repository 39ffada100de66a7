/**
 * Auto-configuration of a {@link io.redispool.spring.cache.RedisPoolCacheManager} for
 * applications with {@code @EnableCaching}, and of its caches' meters.
 */
package io.redispool.spring.autoconfigure.cache;
