/**
 * Actuator endpoint support for redis-pool: masking its credentials.
 */
package io.redispool.spring.actuate;
