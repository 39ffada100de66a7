/**
 * Auto-configuration of a development redis-server, started when nothing answers at the
 * configured address and {@code redis.pool.dev-server.enabled} is set.
 */
package io.redispool.spring.autoconfigure.devserver;
