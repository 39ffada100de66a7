package io.redispool.spring.cluster;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redispool.cluster.ClusterListener;
import io.redispool.cluster.ClusterMonitor;
import io.redispool.cluster.ClusterStats;
import io.redispool.pool.PoolMonitor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Binds the meters of a cluster client, listed in {@link RedisClusterMeters}: each node's
 * pool, tagged {@code node}, registered when the client first uses the node and removed
 * when the node leaves the topology; and the client's redirections, topology refreshes
 * and slot coverage.
 *
 * <p>
 * Every figure is read from the client when scraped (the pools' stats, the cluster's
 * {@link ClusterStats}), so nothing is counted on the command path.
 */
public final class RedisClusterMetrics implements MeterBinder {

    private final ClusterMonitor cluster;

    private final Tags tags;

    private final Map<String, List<Meter>> nodeMeters = new ConcurrentHashMap<>();

    private final Set<MeterRegistry> bound = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Creates a binder that tags every meter {@code pool=poolName}.
     * @param cluster the client's cluster
     * @param poolName the {@code pool} tag's value, the bean name in a Spring application
     */
    public RedisClusterMetrics(ClusterMonitor cluster, String poolName) {
        this.cluster = cluster;
        this.tags = Tags.of(RedisClusterMeters.TagKey.POOL.asString(), poolName);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        synchronized (this.bound) {
            // One registry's node meters per binder: binding it again would listen twice.
            if (!this.bound.isEmpty()) {
                return;
            }
            this.bound.add(registry);
        }
        counter(registry, RedisClusterMeters.REDIRECTS, Tags.of("type", "moved"), ClusterStats::movedRedirects);
        counter(registry, RedisClusterMeters.REDIRECTS, Tags.of("type", "ask"), ClusterStats::askRedirects);
        counter(registry, RedisClusterMeters.TOPOLOGY_REFRESHES, Tags.of("outcome", "success"),
                ClusterStats::topologyRefreshes);
        counter(registry, RedisClusterMeters.TOPOLOGY_REFRESHES, Tags.of("outcome", "failure"),
                ClusterStats::topologyRefreshFailures);
        Gauge.builder(RedisClusterMeters.SLOTS_COVERED.getName(), this.cluster, RedisClusterMetrics::coveredSlots)
            .description(RedisClusterMeters.SLOTS_COVERED.getDescription())
            .baseUnit(RedisClusterMeters.SLOTS_COVERED.getBaseUnit())
            .tags(this.tags)
            .register(registry);
        this.cluster.addListener(new ClusterListener() {

            @Override
            public void nodeAdded(String node, PoolMonitor pool) {
                RedisClusterMetrics.this.nodeMeters.put(node, bindNode(registry, node, pool));
            }

            @Override
            public void nodeRemoved(String node) {
                List<Meter> meters = RedisClusterMetrics.this.nodeMeters.remove(node);
                if (meters != null) {
                    meters.forEach(registry::remove);
                }
            }

        });
    }

    private List<Meter> bindNode(MeterRegistry registry, String node, PoolMonitor pool) {
        Tags nodeTags = this.tags.and(RedisClusterMeters.TagKey.NODE.asString(), node);
        List<Meter> meters = new ArrayList<>();
        meters.add(gauge(registry, RedisClusterMeters.NODE_CONNECTIONS, nodeTags, pool, (p) -> p.stats().open()));
        meters
            .add(gauge(registry, RedisClusterMeters.NODE_CONNECTIONS_IN_USE, nodeTags, pool, (p) -> p.stats().inUse()));
        meters.add(gauge(registry, RedisClusterMeters.NODE_CONNECTIONS_PENDING, nodeTags, pool,
                (p) -> p.stats().pending()));
        meters.add(gauge(registry, RedisClusterMeters.NODE_CONNECTIONS_MAX, nodeTags, pool, (p) -> p.stats().max()));
        meters.add(FunctionCounter
            .builder(RedisClusterMeters.NODE_TOO_MANY_CONNECTIONS.getName(), pool,
                    (p) -> p.stats().tooManyConnections())
            .description(RedisClusterMeters.NODE_TOO_MANY_CONNECTIONS.getDescription())
            .baseUnit(RedisClusterMeters.NODE_TOO_MANY_CONNECTIONS.getBaseUnit())
            .tags(nodeTags)
            .register(registry));
        return meters;
    }

    private static Meter gauge(MeterRegistry registry, RedisClusterMeters meter, Tags tags, PoolMonitor pool,
            ToDoubleFunction<PoolMonitor> value) {
        return Gauge.builder(meter.getName(), pool, value)
            .description(meter.getDescription())
            .baseUnit(meter.getBaseUnit())
            .tags(tags)
            .register(registry);
    }

    private void counter(MeterRegistry registry, RedisClusterMeters meter, Tags extra,
            ToLongFunction<ClusterStats> value) {
        FunctionCounter.builder(meter.getName(), this.cluster, (c) -> value.applyAsLong(c.stats()))
            .description(meter.getDescription())
            .baseUnit(meter.getBaseUnit())
            .tags(this.tags.and(extra))
            .register(registry);
    }

    private static double coveredSlots(ClusterMonitor cluster) {
        try {
            return cluster.slotMap().coveredSlots();
        }
        catch (RuntimeException ex) {
            // No node answered: a scrape must not throw.
            return Double.NaN;
        }
    }

}
