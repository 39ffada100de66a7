package io.redispool.spring.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redispool.RedisClient;
import io.redispool.pool.PoolMonitor;
import io.redispool.pool.PoolStats;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Binds the meters of one {@link RedisClient}'s pool, listed in {@link RedisPoolMeters},
 * to a {@link MeterRegistry}.
 *
 * <p>
 * Why two mechanisms: the gauges and the {@code too.many.connections} counter read the
 * pool's own {@link PoolStats} when scraped, so they cost nothing between scrapes and
 * always agree with the pool; the timers need each event's duration, so a
 * {@link io.redispool.metrics.PoolListener} records them. Binding the same registry twice
 * adds nothing.
 *
 * @see io.redispool.metrics.PoolListener
 */
public final class RedisPoolMetrics implements MeterBinder {

    /**
     * How many distinct command names get a {@code command} tag of their own by default.
     */
    public static final int DEFAULT_MAX_COMMAND_TAGS = 100;

    private final PoolMonitor pool;

    private final Tags tags;

    private final int maxCommandTags;

    private final Set<MeterRegistry> bound = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Creates a binder that tags every meter {@code pool=poolName}.
     * @param client the client whose pool is measured
     * @param poolName the {@code pool} tag's value, the bean name in a Spring application
     * @param tags more tags for every meter
     */
    public RedisPoolMetrics(RedisClient client, String poolName, Iterable<Tag> tags) {
        this(client, poolName, tags, DEFAULT_MAX_COMMAND_TAGS);
    }

    /**
     * Creates a binder that tags every meter {@code pool=poolName}.
     * @param client the client whose pool is measured
     * @param poolName the {@code pool} tag's value, the bean name in a Spring application
     * @param tags more tags for every meter
     * @param maxCommandTags how many distinct command names are tagged; later ones are
     * tagged {@code OTHER}
     */
    public RedisPoolMetrics(RedisClient client, String poolName, Iterable<Tag> tags, int maxCommandTags) {
        this(client.pool(), poolName, tags, maxCommandTags);
    }

    /**
     * Creates a binder for a pool seen through its monitor, tagging every meter
     * {@code pool=poolName}.
     * @param pool the pool that is measured
     * @param poolName the {@code pool} tag's value
     * @param tags more tags for every meter
     * @param maxCommandTags how many distinct command names are tagged; later ones are
     * tagged {@code OTHER}
     */
    public RedisPoolMetrics(PoolMonitor pool, String poolName, Iterable<Tag> tags, int maxCommandTags) {
        if (maxCommandTags < 0) {
            throw new IllegalArgumentException("'maxCommandTags' must be at least 0 but was " + maxCommandTags);
        }
        this.pool = pool;
        this.tags = Tags.concat(tags, RedisPoolMeters.TagKey.POOL.asString(), poolName);
        this.maxCommandTags = maxCommandTags;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        synchronized (this.bound) {
            if (!this.bound.add(registry)) {
                return;
            }
        }
        PoolMonitor pool = this.pool;
        gauge(registry, RedisPoolMeters.CONNECTIONS, pool, (p) -> p.stats().open());
        gauge(registry, RedisPoolMeters.CONNECTIONS_IN_USE, pool, (p) -> p.stats().inUse());
        gauge(registry, RedisPoolMeters.CONNECTIONS_IDLE, pool, (p) -> p.stats().idle());
        gauge(registry, RedisPoolMeters.CONNECTIONS_PENDING, pool, (p) -> p.stats().pending());
        gauge(registry, RedisPoolMeters.CONNECTIONS_MAX, pool, (p) -> p.stats().max());
        FunctionCounter
            .builder(RedisPoolMeters.TOO_MANY_CONNECTIONS.getName(), pool, (p) -> p.stats().tooManyConnections())
            .description(RedisPoolMeters.TOO_MANY_CONNECTIONS.getDescription())
            .baseUnit(RedisPoolMeters.TOO_MANY_CONNECTIONS.getBaseUnit())
            .tags(this.tags)
            .register(registry);
        pool.addListener(new MicrometerPoolListener(registry, this.tags, this.maxCommandTags));
    }

    private void gauge(MeterRegistry registry, RedisPoolMeters meter, PoolMonitor pool,
            ToDoubleFunction<PoolMonitor> value) {
        Gauge.builder(meter.getName(), pool, value)
            .description(meter.getDescription())
            .baseUnit(meter.getBaseUnit())
            .tags(this.tags)
            .register(registry);
    }

}
