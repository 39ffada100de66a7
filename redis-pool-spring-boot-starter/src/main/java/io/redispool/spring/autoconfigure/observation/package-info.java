/**
 * Auto-configuration of an observation for each command of every {@code RedisClient}.
 */
package io.redispool.spring.autoconfigure.observation;
