/**
 * Actuator health for redis-pool clients.
 */
package io.redispool.spring.health;
