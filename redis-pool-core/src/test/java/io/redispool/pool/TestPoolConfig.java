package io.redispool.pool;

import java.time.Duration;

/**
 * A mutable stand-in for {@link PoolConfig}'s long constructor, with test-friendly
 * defaults.
 */
final class TestPoolConfig {

    int maxConnections = 4;

    Duration maxWait = Duration.ZERO;

    int minIdle;

    Duration idleTimeout = Duration.ZERO;

    Duration maxLifetime = Duration.ZERO;

    Duration healthCheckInterval = Duration.ZERO;

    Duration leakDetectionThreshold = Duration.ZERO;

    Duration shutdownTimeout = Duration.ofMillis(200);

    static TestPoolConfig defaults() {
        return new TestPoolConfig();
    }

    TestPoolConfig max(int maxConnections) {
        this.maxConnections = maxConnections;
        return this;
    }

    TestPoolConfig maxWait(Duration maxWait) {
        this.maxWait = maxWait;
        return this;
    }

    TestPoolConfig minIdle(int minIdle) {
        this.minIdle = minIdle;
        return this;
    }

    TestPoolConfig idleTimeout(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
        return this;
    }

    TestPoolConfig maxLifetime(Duration maxLifetime) {
        this.maxLifetime = maxLifetime;
        return this;
    }

    TestPoolConfig healthCheckInterval(Duration healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
        return this;
    }

    TestPoolConfig leakDetectionThreshold(Duration leakDetectionThreshold) {
        this.leakDetectionThreshold = leakDetectionThreshold;
        return this;
    }

    TestPoolConfig shutdownTimeout(Duration shutdownTimeout) {
        this.shutdownTimeout = shutdownTimeout;
        return this;
    }

    PoolConfig build() {
        return new PoolConfig("test", this.maxConnections, this.maxWait, this.minIdle, this.idleTimeout,
                this.maxLifetime, this.healthCheckInterval, this.leakDetectionThreshold, this.shutdownTimeout);
    }

}
