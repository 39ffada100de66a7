package io.redispool.spring.sentinel;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redispool.RedisClient;
import io.redispool.connection.Endpoint;
import io.redispool.pool.PoolMonitor;
import io.redispool.sentinel.SentinelListener;
import io.redispool.sentinel.SentinelMonitor;
import io.redispool.spring.metrics.RedisPoolMeters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Binds the Sentinel meters of one {@link RedisClient}, listed in {@link SentinelMeters};
 * binds nothing for a client of one server.
 *
 * <p>
 * The failover counter reads {@link SentinelMonitor#failoversFollowed()} when scraped, so
 * it always agrees with the client and costs nothing between scrapes. With replica reads,
 * each replica's pool gets gauges tagged {@code replica}, registered when it joins the
 * reads and removed when it leaves.
 */
public final class SentinelMetrics implements MeterBinder, AutoCloseable {

    private final RedisClient client;

    private final Tags tags;

    // Guarded by itself: the failover counter and the replica meters of each registry,
    // the latter by replica, and the listeners that keep them in step.
    private final Map<MeterRegistry, Map<String, List<Meter>>> registered = new IdentityHashMap<>();

    private final List<SentinelListener> listeners = new ArrayList<>();

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
                this.registered.computeIfAbsent(registry, (r) -> new HashMap<>()).put("", List.of(counter));
            }
            SentinelListener listener = new ReplicaMeters(registry);
            sentinel.addListener(listener);
            synchronized (this.registered) {
                this.listeners.add(listener);
            }
            sentinel.replicaPools().forEach((replica, pool) -> bindReplica(registry, replica, pool));
        });
    }

    /** Removes the meters this binder registered from every registry it was bound to. */
    @Override
    public void close() {
        Map<MeterRegistry, Map<String, List<Meter>>> bound;
        synchronized (this.registered) {
            this.client.sentinel().ifPresent((sentinel) -> this.listeners.forEach(sentinel::removeListener));
            this.listeners.clear();
            bound = new IdentityHashMap<>(this.registered);
            this.registered.clear();
        }
        bound.forEach((registry, meters) -> meters.values().forEach((list) -> list.forEach(registry::remove)));
    }

    private void bindReplica(MeterRegistry registry, String replica, PoolMonitor pool) {
        Tags replicaTags = this.tags.and(SentinelMeters.TagKey.REPLICA.asString(), replica);
        List<Meter> meters = List.of(
                gauge(registry, SentinelMeters.REPLICA_CONNECTIONS, replicaTags, pool, (p) -> p.stats().open()),
                gauge(registry, SentinelMeters.REPLICA_CONNECTIONS_IN_USE, replicaTags, pool, (p) -> p.stats().inUse()),
                gauge(registry, SentinelMeters.REPLICA_CONNECTIONS_PENDING, replicaTags, pool,
                        (p) -> p.stats().pending()));
        synchronized (this.registered) {
            Map<String, List<Meter>> byReplica = this.registered.get(registry);
            if (byReplica == null) {
                // Closed meanwhile.
                meters.forEach(registry::remove);
                return;
            }
            byReplica.put(replica, meters);
        }
    }

    private void unbindReplica(MeterRegistry registry, String replica) {
        List<Meter> meters;
        synchronized (this.registered) {
            Map<String, List<Meter>> byReplica = this.registered.get(registry);
            meters = (byReplica != null) ? byReplica.remove(replica) : null;
        }
        if (meters != null) {
            meters.forEach(registry::remove);
        }
    }

    private static Meter gauge(MeterRegistry registry, SentinelMeters meter, Tags tags, PoolMonitor pool,
            ToDoubleFunction<PoolMonitor> value) {
        return Gauge.builder(meter.getName(), pool, value)
            .description(meter.getDescription())
            .baseUnit(meter.getBaseUnit())
            .tags(tags)
            .register(registry);
    }

    /**
     * Keeps one registry's replica meters in step with the replicas reads go to.
     */
    private final class ReplicaMeters implements SentinelListener {

        private final MeterRegistry registry;

        ReplicaMeters(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void masterSwitched(Endpoint.Tcp from, Endpoint.Tcp to, String cause) {
            // The failover counter reads the client's own count.
        }

        @Override
        public void replicaAdded(Endpoint.Tcp replica, PoolMonitor pool) {
            bindReplica(this.registry, replica.toString(), pool);
        }

        @Override
        public void replicaRemoved(Endpoint.Tcp replica) {
            unbindReplica(this.registry, replica.toString());
        }

    }

}
