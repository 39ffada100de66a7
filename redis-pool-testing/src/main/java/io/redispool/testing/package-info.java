/**
 * Real redis-server processes in tests: {@link io.redispool.testing.RedisServerExtension}
 * hands one (an {@link io.redispool.launcher.RedisServer}) to JUnit 5 tests; and
 * {@link io.redispool.testing.FaultProxy} stands between a client and a server to inject
 * network faults. {@link io.redispool.testing.RedisCluster} forms a real Redis Cluster
 * from such servers, and {@link io.redispool.testing.RedisClusterExtension} hands one to
 * a test class.
 *
 * <p>
 * Only the extension needs JUnit, which is an optional dependency.
 */
package io.redispool.testing;
