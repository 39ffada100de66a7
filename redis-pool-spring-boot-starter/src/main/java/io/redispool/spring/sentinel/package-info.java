/**
 * Sentinel in Spring Boot: the {@code redis.pool.sentinel.*} properties, the health
 * details of the master a client follows and the replicas it reads from, and the meters
 * of the failovers it followed and of the replicas' pools.
 */
package io.redispool.spring.sentinel;
