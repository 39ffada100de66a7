/**
 * Sentinel in Spring Boot: the {@code redis.pool.sentinel.*} properties, the health
 * details of the master a client follows, and the meter of the failovers it followed.
 */
package io.redispool.spring.sentinel;
