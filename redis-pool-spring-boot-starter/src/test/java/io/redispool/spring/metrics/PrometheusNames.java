package io.redispool.spring.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusNamingConvention;

/**
 * The names a Prometheus scrape shows for each meter, as Micrometer's naming convention
 * and the Prometheus client make them.
 */
public final class PrometheusNames {

    private static final PrometheusNamingConvention convention = new PrometheusNamingConvention();

    private PrometheusNames() {
    }

    /**
     * The metric family's name.
     * @param meter the meter
     * @return e.g. {@code redis_pool_too_many_connections_total} or
     * {@code redis_pool_acquire_seconds}
     */
    public static String family(RedisPoolMeters meter) {
        boolean timer = meter.getType() == Meter.Type.TIMER;
        String name = convention.name(meter.getName(), meter.getType(), timer ? null : meter.getBaseUnit());
        return (meter.getType() == Meter.Type.COUNTER) ? name + "_total" : name;
    }

    /**
     * A sample's name: the family for gauges and counters, its {@code _count} series for
     * timers.
     * @param meter the meter
     * @return the name a scrape line starts with
     */
    public static String sample(RedisPoolMeters meter) {
        return (meter.getType() == Meter.Type.TIMER) ? family(meter) + "_count" : family(meter);
    }

}
