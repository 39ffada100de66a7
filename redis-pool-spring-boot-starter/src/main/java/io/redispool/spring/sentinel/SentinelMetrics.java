package io.redispool.spring.sentinel;

import io.micrometer.core.instrument.Meter;
import java.util.IdentityHashMap;
import java.util.Map;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redispool.RedisClient;
import io.redispool.sentinel.SentinelMonitor;
import io.redispool.spring.metrics.RedisPoolMeters;

/**
 * Binds the Sentinel meters of one {@link RedisClient}, listed in {@link SentinelMeters};
 * binds nothing for a client of one server.
 *
 * <p>
 * The failover counter reads {@link SentinelMonitor#failoversFollowed()} when scraped, so
 * it always agrees with the client and costs nothing between scrapes.
 */
public final class SentinelMetrics implements MeterBinder, AutoCloseable {

    private final RedisClient client;

    private final Tags tags;

    private final Map<MeterRegistry, Meter> registered = new IdentityHashMap<>();

    /**
     * Creates a binder that tags every meter {@code pool=poolName}.
     * @param client the client whose failovers are counted
     * @param poolName the {@code pool} tag's value, the bean name in a Spring application
     * @param tags more tags for every meter
     */
    public SentinelMetrics(RedisClient client, String poolName, Iterable<Tag> tags) {
        this.client = client;
        this.tags = Tags.concat(tags, RedisPoolMeters.TagKey.POOL.asString(), poolName);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.client.sentinel().ifPresent((sentinel) -> {
            Meter counter = FunctionCounter
                .builder(SentinelMeters.FAILOVERS.getName(), sentinel, SentinelMonitor::failoversFollowed)
                .description(SentinelMeters.FAILOVERS.getDescription())
                .baseUnit(SentinelMeters.FAILOVERS.getBaseUnit())
                .tags(this.tags)
                .register(registry);
            synchronized (this.registered) {
                this.registered.put(registry, counter);
            }
        });
    }

    /** Removes the meters this binder registered from every registry it was bound to. */
    @Override
    public void close() {
        Map<MeterRegistry, Meter> bound;
        synchronized (this.registered) {
            bound = new IdentityHashMap<>(this.registered);
            this.registered.clear();
        }
        bound.forEach(MeterRegistry::remove);
    }

}
