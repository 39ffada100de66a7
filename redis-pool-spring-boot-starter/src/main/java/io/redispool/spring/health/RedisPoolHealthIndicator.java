package io.redispool.spring.health;

import io.redispool.RedisClient;
import io.redispool.ServerProbe;
import io.redispool.pool.PoolStats;
import io.redispool.spring.cluster.ClusterHealthDetails;
import io.redispool.spring.sentinel.SentinelHealthDetails;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A {@link HealthIndicator} for a {@link RedisClient}: UP when the server answers PING,
 * DOWN with the error when it does not, and the pool's state in the details either way.
 *
 * <p>
 * Why it probes outside the pool: a pool at {@code max-connections} is busy, not broken,
 * so the check uses {@link RedisClient#probe()}, a connection of its own bounded by the
 * connect and socket timeouts, and is never refused or turned DOWN by saturation;
 * saturation shows in the details ({@code inUse}, {@code pending},
 * {@code tooManyConnections}) instead.
 */
public final class RedisPoolHealthIndicator extends AbstractHealthIndicator {

    private final RedisClient client;

    /**
     * Creates an indicator for a client.
     * @param client the client to check
     */
    public RedisPoolHealthIndicator(RedisClient client) {
        super("Redis health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try {
            ServerProbe probe = this.client.probe();
            builder.up().withDetail("version", probe.version());
            this.client.cluster().ifPresent((cluster) -> ClusterHealthDetails.contribute(builder, cluster));
        }
        finally {
            PoolStats stats = this.client.pool().stats();
            builder.withDetail("connections", stats.open())
                .withDetail("inUse", stats.inUse())
                .withDetail("idle", stats.idle())
                .withDetail("pending", stats.pending())
                .withDetail("max", stats.max())
                .withDetail("tooManyConnections", stats.tooManyConnections());
            this.client.sentinel()
                .ifPresent((sentinel) -> builder.withDetail("sentinel", SentinelHealthDetails.of(sentinel)));
        }
    }

}
