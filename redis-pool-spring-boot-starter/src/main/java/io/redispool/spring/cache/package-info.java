/**
 * Spring's cache abstraction ({@code @Cacheable}) backed by a
 * {@link io.redispool.RedisClient}, reading and writing entries as Spring Data Redis's
 * {@code RedisCacheManager} does.
 */
package io.redispool.spring.cache;
