/**
 * Real redis-server processes: {@link io.redispool.launcher.RedisServer} starts, kills,
 * freezes and restarts one, {@link io.redispool.launcher.LocalRedisCluster} forms a Redis
 * Cluster of them, and {@link io.redispool.launcher.RedisServerBinary} finds the
 * executable (Debian's on the {@code PATH}, else the one packed in embedded-redis).
 *
 * <p>
 * Kept apart from JUnit so that both the tests (redis-pool-testing) and the starter's dev
 * server can start servers and clusters; the starter's main code needs nothing from the
 * test support.
 */
package io.redispool.launcher;
