package io.redispool.spring.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redispool.RedisClient;
import io.redispool.pool.PoolMonitor;
import io.redispool.pool.PoolStats;
import io.redispool.metrics.CloseReason;
import io.redispool.metrics.PoolListener;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Binds the meters of one {@link RedisClient}'s pool, listed in {@link RedisPoolMeters},
 * to a {@link MeterRegistry}.
 *
 * <p>
 * Why two mechanisms: the gauges and the {@code too.many.connections} counter read the
 * pool's own {@link PoolStats} when scraped, one snapshot per scrape, so they cost
 * nothing between scrapes and agree with each other; the timers need each event's
 * duration and the {@code connections.closed} counter each close's reason, so a
 * {@link io.redispool.metrics.PoolListener} records them. Binding the same registry twice
 * adds nothing; {@link #close()} removes what binding added.
 *
 * @see io.redispool.metrics.PoolListener
 */
public final class RedisPoolMetrics implements MeterBinder, AutoCloseable {

    /**
     * How many distinct command names get a {@code command} tag of their own by default.
     */
    public static final int DEFAULT_MAX_COMMAND_TAGS = 100;

    private final PoolMonitor pool;

    private final Tags tags;

    private final int maxCommandTags;

    private static final Set<String> METER_NAMES = Stream.of(RedisPoolMeters.values())
        .map(RedisPoolMeters::getName)
        .collect(Collectors.toUnmodifiableSet());

    private final ScrapeSnapshot snapshot;

    /** The registries bound, each with the listeners that feed its meters. */
    private final Map<MeterRegistry, List<PoolListener>> bound = new IdentityHashMap<>();

    private boolean closed;

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
        this.snapshot = new ScrapeSnapshot(pool);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        List<PoolListener> listeners;
        synchronized (this.bound) {
            if (this.closed || this.bound.containsKey(registry)) {
                return;
            }
            ClosedConnections closed = new ClosedConnections();
            listeners = List.of(new MicrometerPoolListener(registry, this.tags, this.maxCommandTags), closed);
            this.bound.put(registry, listeners);
            bindGauges(registry);
            for (CloseReason reason : ClosedConnections.reasons()) {
                FunctionCounter
                    .builder(RedisPoolMeters.CONNECTIONS_CLOSED.getName(), closed, (counts) -> counts.count(reason))
                    .description(RedisPoolMeters.CONNECTIONS_CLOSED.getDescription())
                    .baseUnit(RedisPoolMeters.CONNECTIONS_CLOSED.getBaseUnit())
                    .tags(this.tags)
                    .tag(RedisPoolMeters.TagKey.REASON.asString(), reason.name().toLowerCase(Locale.ROOT))
                    .register(registry);
            }
        }
        listeners.forEach(this.pool::addListener);
    }

    private void bindGauges(MeterRegistry registry) {
        ScrapeSnapshot snapshot = this.snapshot;
        gauge(registry, RedisPoolMeters.CONNECTIONS, (p) -> snapshot.read(0).open());
        gauge(registry, RedisPoolMeters.CONNECTIONS_IN_USE, (p) -> snapshot.read(1).inUse());
        gauge(registry, RedisPoolMeters.CONNECTIONS_IDLE, (p) -> snapshot.read(2).idle());
        gauge(registry, RedisPoolMeters.CONNECTIONS_PENDING, (p) -> snapshot.read(3).pending());
        gauge(registry, RedisPoolMeters.CONNECTIONS_MAX, (p) -> snapshot.read(4).max());
        gauge(registry, RedisPoolMeters.CONNECTIONS_MIN, (p) -> p.config().minIdle());
        FunctionCounter
            .builder(RedisPoolMeters.TOO_MANY_CONNECTIONS.getName(), this.pool,
                    (p) -> snapshot.read(5).tooManyConnections())
            .description(RedisPoolMeters.TOO_MANY_CONNECTIONS.getDescription())
            .baseUnit(RedisPoolMeters.TOO_MANY_CONNECTIONS.getBaseUnit())
            .tags(this.tags)
            .register(registry);
    }

    private void gauge(MeterRegistry registry, RedisPoolMeters meter, ToDoubleFunction<PoolMonitor> value) {
        Gauge.builder(meter.getName(), this.pool, value)
            .description(meter.getDescription())
            .baseUnit(meter.getBaseUnit())
            .tags(this.tags)
            .register(registry);
    }

    /**
     * Removes every meter this binder registered, the command timers included, from every
     * registry it was bound to, and stops listening to the pool; binding afterwards does
     * nothing. For a client closed before the application, or a binder replaced at
     * runtime.
     */
    @Override
    public void close() {
        Map<MeterRegistry, List<PoolListener>> bound;
        synchronized (this.bound) {
            this.closed = true;
            bound = new IdentityHashMap<>(this.bound);
            this.bound.clear();
        }
        bound.forEach((registry, listeners) -> {
            listeners.forEach(this.pool::removeListener);
            for (Meter meter : registry.getMeters()) {
                if (isOwn(meter.getId())) {
                    registry.remove(meter);
                }
            }
        });
    }

    private boolean isOwn(Meter.Id id) {
        return METER_NAMES.contains(id.getName())
                && this.tags.stream().allMatch((tag) -> tag.getValue().equals(id.getTag(tag.getKey())));
    }

}
