/**
 * Auto-configuration that keeps redis-pool's credentials out of Actuator's endpoints.
 */
package io.redispool.spring.autoconfigure.actuate;
