package io.redispool.spring.pubsub;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redispool.pubsub.SubscriberStats;
import java.util.function.ToDoubleFunction;

/**
 * Binds the meters of every listener's subscriber, listed in {@link RedisPubSubMeters},
 * each tagged {@code listener} with its bean name.
 *
 * <p>
 * Every meter reads the subscriber's {@link SubscriberStats} when scraped: nothing is
 * counted on the reading thread for them, and they always agree with the subscriber. They
 * are bound by listener name, before the subscribers start (Boot binds meters before it
 * starts lifecycle beans), read zeros until then, and the last values once stopped.
 */
public final class RedisPubSubMetrics implements MeterBinder {

    private final RedisListenerContainer container;

    /**
     * Creates a binder for the container's listeners.
     * @param container the listener container
     */
    public RedisPubSubMetrics(RedisListenerContainer container) {
        this.container = container;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.container.listenerNames().forEach((name) -> bind(registry, name));
    }

    private void bind(MeterRegistry registry, String name) {
        Tags tags = Tags.of(RedisPubSubMeters.TagKey.LISTENER.asString(), name);
        gauge(registry, RedisPubSubMeters.SUBSCRIPTIONS, tags, name, SubscriberStats::confirmed);
        gauge(registry, RedisPubSubMeters.CONNECTED, tags, name, (stats) -> stats.connected() ? 1 : 0);
        counter(registry, RedisPubSubMeters.MESSAGES_RECEIVED, tags, name, SubscriberStats::messagesReceived);
        counter(registry, RedisPubSubMeters.MESSAGES_DROPPED, tags, name, SubscriberStats::messagesDropped);
        counter(registry, RedisPubSubMeters.RECONNECTS, tags, name, SubscriberStats::reconnects);
    }

    private void gauge(MeterRegistry registry, RedisPubSubMeters meter, Tags tags, String name,
            ToDoubleFunction<SubscriberStats> value) {
        Gauge.builder(meter.getName(), this.container, (c) -> value.applyAsDouble(c.stats(name)))
            .description(meter.getDescription())
            .baseUnit(meter.getBaseUnit())
            .tags(tags)
            .register(registry);
    }

    private void counter(MeterRegistry registry, RedisPubSubMeters meter, Tags tags, String name,
            ToDoubleFunction<SubscriberStats> value) {
        FunctionCounter.builder(meter.getName(), this.container, (c) -> value.applyAsDouble(c.stats(name)))
            .description(meter.getDescription())
            .baseUnit(meter.getBaseUnit())
            .tags(tags)
            .register(registry);
    }

}
