package io.redispool.spring.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.metrics.CloseReason;
import io.redispool.metrics.CommandOutcome;
import io.redispool.metrics.PoolListener;
import io.redispool.pool.PoolConfig;
import io.redispool.pool.PoolMonitor;
import io.redispool.pool.PoolStats;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The meters added in round two: {@code connections.min}, {@code connections.closed} by
 * reason, one stats snapshot per scrape, and a binder that removes its meters when
 * closed.
 */
class RedisPoolMetricsLifecycleTests {

    private final RedisClient client = RedisClient.create(RedisClientConfig.builder().maxConnections(5).build());

    private final ListeningPool listening = new ListeningPool(this.client.pool());

    private final CountingPool pool = new CountingPool(this.listening);

    private final MeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void close() {
        this.client.close();
    }

    @Test
    void minGaugeIsThePoolsMinIdle() {
        new RedisPoolMetrics(this.pool, "cache", Tags.empty(), 10).bindTo(this.registry);
        assertThat(this.registry.get("redis.pool.connections.min").tag("pool", "cache").gauge().value()).isEqualTo(3);
    }

    @Test
    void closedConnectionsAreCountedByReasonAndEveryReasonIsThereFromTheStart() {
        new RedisPoolMetrics(this.pool, "cache", Tags.empty(), 10).bindTo(this.registry);
        PoolListener listener = this.listening.listener();
        listener.connectionClosed(CloseReason.IDLE_TIMEOUT);
        listener.connectionClosed(CloseReason.IDLE_TIMEOUT);
        listener.connectionClosed(CloseReason.BROKEN);
        assertThat(closed("idle_timeout")).isEqualTo(2);
        assertThat(closed("broken")).isEqualTo(1);
        assertThat(closed("pool_closed")).isZero();
        assertThat(this.registry.find("redis.pool.connections.closed").functionCounters())
            .hasSize(CloseReason.values().length);
    }

    @Test
    void oneScrapeTakesOneStatsSnapshotAndTheNextScrapeANewOne() {
        new RedisPoolMetrics(this.pool, "cache", Tags.empty(), 10).bindTo(this.registry);
        scrape();
        assertThat(this.pool.statsCalls.get()).isEqualTo(1);
        scrape();
        assertThat(this.pool.statsCalls.get()).isEqualTo(2);
    }

    @Test
    void aGaugeReadAloneAfterTheSnapshotAgedSeesTheCurrentState() throws InterruptedException {
        new RedisPoolMetrics(this.pool, "cache", Tags.empty(), 10).bindTo(this.registry);
        scrape();
        Thread.sleep(ScrapeSnapshot.MAX_AGE_MILLIS + 50);
        this.registry.get("redis.pool.connections.idle").gauge().value();
        assertThat(this.pool.statsCalls.get()).isEqualTo(2);
    }

    @Test
    void closeRemovesEveryMeterFromEveryRegistryAndStopsListening() {
        MeterRegistry other = new SimpleMeterRegistry();
        RedisPoolMetrics metrics = new RedisPoolMetrics(this.pool, "cache", Tags.empty(), 10);
        RedisPoolMetrics neighbour = new RedisPoolMetrics(new CountingPool(this.listening), "sessions", Tags.empty(),
                10);
        metrics.bindTo(this.registry);
        metrics.bindTo(other);
        neighbour.bindTo(this.registry);
        this.listening.listener().commandCompleted("GET", 1_000, CommandOutcome.SUCCESS);
        assertThat(meters(this.registry, "cache")).isGreaterThan(10);

        metrics.close();

        assertThat(meters(this.registry, "cache")).isZero();
        assertThat(meters(other, "cache")).isZero();
        assertThat(meters(this.registry, "sessions")).isGreaterThan(10);
        metrics.bindTo(this.registry);
        assertThat(meters(this.registry, "cache")).as("a closed binder binds nothing").isZero();
    }

    private void scrape() {
        for (Meter meter : this.registry.find("redis.pool.connections").meters()) {
            meter.measure().forEach((measurement) -> measurement.getValue());
        }
        for (String name : new String[] { "redis.pool.connections.in.use", "redis.pool.connections.idle",
                "redis.pool.connections.pending", "redis.pool.connections.max", "redis.pool.too.many.connections" }) {
            this.registry.get(name).meter().measure().forEach((measurement) -> measurement.getValue());
        }
    }

    private long closed(String reason) {
        return (long) this.registry.get("redis.pool.connections.closed")
            .tag("pool", "cache")
            .tag("reason", reason)
            .functionCounter()
            .count();
    }

    private static long meters(MeterRegistry registry, String pool) {
        return registry.getMeters().stream().filter((meter) -> pool.equals(meter.getId().getTag("pool"))).count();
    }

    /**
     * A pool whose settings say min-idle 3 and max 7, and that counts how often its stats
     * are read.
     */
    private static final class CountingPool implements PoolMonitor {

        private final PoolMonitor pool;

        private final AtomicInteger statsCalls = new AtomicInteger();

        CountingPool(PoolMonitor pool) {
            this.pool = pool;
        }

        @Override
        public PoolConfig config() {
            return new PoolConfig("cache", 7, Duration.ZERO, 3, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                    Duration.ZERO, Duration.ZERO);
        }

        @Override
        public PoolStats stats() {
            this.statsCalls.incrementAndGet();
            return this.pool.stats();
        }

        @Override
        public void addListener(PoolListener listener) {
            this.pool.addListener(listener);
        }

        @Override
        public void removeListener(PoolListener listener) {
            this.pool.removeListener(listener);
        }

        @Override
        public void reset() {
            this.pool.reset();
        }

        @Override
        public boolean isClosed() {
            return this.pool.isClosed();
        }

    }

}
