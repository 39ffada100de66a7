package io.redispool.pool;

import io.redispool.InvalidSettingException;
import java.time.Duration;

/**
 * How a {@link ConnectionPool} sizes itself, waits, and keeps its connections fresh.
 *
 * <p>
 * Validated when built; a bad value names its property, the limit and the value.
 *
 * @param name the pool's name, in messages, logs and metric tags
 * @param maxConnections the most connections open at once
 * @param maxWait how long a borrower waits for a free connection at the limit; zero
 * refuses at once
 * @param minIdle connections kept open and idle, ready for a burst
 * @param idleTimeout how long a connection may sit idle before it is closed; zero keeps
 * it
 * @param maxLifetime how old a connection may grow before it is replaced; zero keeps it
 * @param healthCheckInterval idle time after which a borrowed connection is PINGed first;
 * zero never
 * @param leakDetectionThreshold hold time after which a warning names the borrower; zero
 * never
 * @param shutdownTimeout how long closing waits for connections in use to come back
 */
public record PoolConfig(String name, int maxConnections, Duration maxWait, int minIdle, Duration idleTimeout,
        Duration maxLifetime, Duration healthCheckInterval, Duration leakDetectionThreshold, Duration shutdownTimeout) {

    public PoolConfig {
        if (name == null || name.isBlank()) {
            throw InvalidSettingException.invalid("pool-name", name, "must not be empty");
        }
        if (maxConnections < 1) {
            throw InvalidSettingException.invalid("max-connections", maxConnections, "must be at least 1");
        }
        if (minIdle < 0) {
            throw InvalidSettingException.invalid("min-idle", minIdle, "must be at least 0");
        }
        if (minIdle > maxConnections) {
            throw InvalidSettingException.conflict("min-idle", minIdle,
                    "must not exceed 'max-connections' (" + maxConnections + ")", "max-connections");
        }
        requireNotNegative("max-wait", maxWait);
        requireNotNegative("idle-timeout", idleTimeout);
        requireNotNegative("max-lifetime", maxLifetime);
        requireNotNegative("health-check-interval", healthCheckInterval);
        requireNotNegative("leak-detection-threshold", leakDetectionThreshold);
        requireNotNegative("shutdown-timeout", shutdownTimeout);
    }

    static void requireNotNegative(String property, Duration value) {
        if (value == null) {
            throw InvalidSettingException.invalid(property, null, "must not be null");
        }
        if (value.isNegative()) {
            throw InvalidSettingException.invalid(property, value, "must not be negative");
        }
    }
}
