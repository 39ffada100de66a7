/**
 * Auto-configuration of a pooled {@link io.redispool.RedisClient} from
 * {@code redis.pool.*}.
 */
package io.redispool.spring.autoconfigure;
