/**
 * Real redis-server processes for tests and local development: {@link io.redispool.testing.RedisServer}
 * starts, kills, freezes and restarts one; {@link io.redispool.testing.RedisServerBinary} finds the
 * executable; {@link io.redispool.testing.RedisServerExtension} hands one to JUnit 5 tests.
 *
 * <p>Only the extension needs JUnit, which is an optional dependency.
 */
package io.redispool.testing;
