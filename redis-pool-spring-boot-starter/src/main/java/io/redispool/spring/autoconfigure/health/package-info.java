/**
 * Auto-configuration of the {@code redisPool} Actuator health contributor.
 */
package io.redispool.spring.autoconfigure.health;
