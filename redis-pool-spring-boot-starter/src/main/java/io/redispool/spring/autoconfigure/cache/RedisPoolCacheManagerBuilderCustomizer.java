package io.redispool.spring.autoconfigure.cache;

import io.redispool.spring.cache.RedisPoolCacheManager;

/**
 * Adjusts the auto-configured cache manager beyond {@code redis.pool.cache.*}, for
 * example with a time to live per cache:
 *
 * <pre>{@code
 * &#64;Bean
 * RedisPoolCacheManagerBuilderCustomizer shortLivedLeaderboard() {
 *     return (builder) -> builder.withCacheConfiguration("leaderboard",
 *             RedisPoolCacheConfig.defaults().withTimeToLive(Duration.ofSeconds(30)));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface RedisPoolCacheManagerBuilderCustomizer {

    /**
     * Customizes the builder, after the properties have been applied.
     * @param builder the builder
     */
    void customize(RedisPoolCacheManager.Builder builder);

}
