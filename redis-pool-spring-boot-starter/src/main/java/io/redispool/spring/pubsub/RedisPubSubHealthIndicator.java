package io.redispool.spring.pubsub;

import io.redispool.pubsub.SubscriberStats;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The state of every listener's subscriber in the health details; always UP.
 *
 * <p>
 * Why never DOWN: a subscriber without a connection is already reconnecting on its own,
 * and whether the server answers is what the {@code redisPool} indicator reports. Turning
 * a pub/sub gap into DOWN would let an orchestrator restart an instance for an outage a
 * restart cannot fix. The details say whether each subscriber is {@code subscribed}
 * (every subscription confirmed on an open connection), for dashboards and alerts.
 */
public final class RedisPubSubHealthIndicator extends AbstractHealthIndicator {

    private final RedisListenerContainer container;

    /**
     * Creates an indicator for the container's subscribers.
     * @param container the listener container
     */
    public RedisPubSubHealthIndicator(RedisListenerContainer container) {
        super("Redis pub/sub health check failed");
        this.container = container;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up();
        this.container.listenerNames().forEach((name) -> {
            SubscriberStats stats = this.container.stats(name);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("subscribed", stats.isSubscribed());
            details.put("connected", stats.connected());
            details.put("subscriptions", stats.subscriptions());
            details.put("confirmed", stats.confirmed());
            details.put("reconnects", stats.reconnects());
            details.put("messagesDropped", stats.messagesDropped());
            builder.withDetail(name, details);
        });
    }

}
