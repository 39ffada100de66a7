/**
 * Auto-configuration of Micrometer metrics for every {@link io.redispool.RedisClient}
 * bean.
 */
package io.redispool.spring.autoconfigure.metrics;
