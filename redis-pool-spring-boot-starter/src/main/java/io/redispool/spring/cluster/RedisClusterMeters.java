package io.redispool.spring.cluster;

import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.redispool.spring.metrics.DescribedMeter;
import io.redispool.spring.metrics.LowerCaseKeyName;
import io.redispool.spring.metrics.MeterDescription;

/**
 * The meters {@link RedisClusterMetrics} registers for a cluster client, beside the pool
 * meters whose figures are then the sums over its nodes.
 *
 * <p>
 * Why names of their own rather than a {@code node} tag on the pool meters: a meter name
 * must keep one set of tag keys, and the pool meters of single-server clients have none.
 */
public enum RedisClusterMeters implements DescribedMeter {

    NODE_CONNECTIONS("redis.pool.cluster.node.connections", Meter.Type.GAUGE, BaseUnits.CONNECTIONS,
            "Connections open to the node, in use or idle."),

    NODE_CONNECTIONS_IN_USE("redis.pool.cluster.node.connections.in.use", Meter.Type.GAUGE, BaseUnits.CONNECTIONS,
            "Connections to the node handed out to callers."),

    NODE_CONNECTIONS_PENDING("redis.pool.cluster.node.connections.pending", Meter.Type.GAUGE, BaseUnits.THREADS,
            "Callers waiting for a connection to the node."),

    NODE_CONNECTIONS_MAX("redis.pool.cluster.node.connections.max", Meter.Type.GAUGE, BaseUnits.CONNECTIONS,
            "Most connections the node's pool may open."),

    NODE_TOO_MANY_CONNECTIONS("redis.pool.cluster.node.too.many.connections", Meter.Type.COUNTER, BaseUnits.CONNECTIONS,
            "Callers refused with \"Too many connections\" by the node's pool."),

    REDIRECTS("redis.pool.cluster.redirects", Meter.Type.COUNTER, "redirects",
            "MOVED and ASK replies followed to another node.") {

        @Override
        public KeyName[] getKeyNames() {
            return new KeyName[] { TagKey.POOL, TagKey.TYPE };
        }
    },

    TOPOLOGY_REFRESHES("redis.pool.cluster.topology.refreshes", Meter.Type.COUNTER, "refreshes",
            "Reads of the slot map, periodic and on demand.") {

        @Override
        public KeyName[] getKeyNames() {
            return new KeyName[] { TagKey.POOL, TagKey.OUTCOME };
        }
    },

    SLOTS_COVERED("redis.pool.cluster.slots.covered", Meter.Type.GAUGE, "slots",
            "Slots of the client's slot map that a healthy master serves, 16384 when all are.") {

        @Override
        public KeyName[] getKeyNames() {
            return new KeyName[] { TagKey.POOL };
        }
    };

    private final MeterDescription description;

    RedisClusterMeters(String name, Meter.Type type, String baseUnit, String description) {
        this.description = new MeterDescription(name, type, baseUnit, description);
    }

    @Override
    public MeterDescription meterDescription() {
        return this.description;
    }

    @Override
    public KeyName[] getKeyNames() {
        return new KeyName[] { TagKey.POOL, TagKey.NODE };
    }

    /**
     * The tags of the cluster meters.
     */
    public enum TagKey implements LowerCaseKeyName {

        /** The name of the {@code RedisClient} bean. */
        POOL,

        /** The node, as {@code host:port}. */
        NODE,

        /** {@code moved} or {@code ask}. */
        TYPE,

        /** {@code success} or {@code failure}. */
        OUTCOME

    }

}
