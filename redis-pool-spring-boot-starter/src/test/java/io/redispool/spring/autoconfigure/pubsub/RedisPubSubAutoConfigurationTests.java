package io.redispool.spring.autoconfigure.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redispool.RedisClient;
import io.redispool.pubsub.Subscriber;
import io.redispool.pubsub.SubscriberOptions;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.pubsub.RedisListenerContainer;
import io.redispool.spring.pubsub.RedisMessageListener;
import io.redispool.spring.pubsub.RedisPubSubHealthIndicator;
import io.redispool.spring.pubsub.RedisPubSubMeters;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Listener beans subscribed on startup and closed with the context, with their meters and
 * health details, against a real server.
 */
class RedisPubSubAutoConfigurationTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RedisPoolAutoConfiguration.class, RedisPubSubAutoConfiguration.class,
                RedisPubSubMetricsAutoConfiguration.class, RedisPubSubHealthAutoConfiguration.class,
                MetricsAutoConfiguration.class))
        .withBean(SimpleMeterRegistry.class)
        .withPropertyValues("redis.pool.url=" + redis.server().url());

    @Test
    void listenerBeansAreSubscribedOnStartupAndReceiveMessages() {
        this.runner.withUserConfiguration(Listeners.class).run((context) -> {
            RedisListenerContainer container = context.getBean(RedisListenerContainer.class);
            assertThat(container.isRunning()).isTrue();
            Subscriber<String, String> orders = container.subscribers().get("orders");
            Subscriber<String, String> audit = container.subscribers().get("audit");
            assertThat(orders.awaitSubscribed(Duration.ofSeconds(10))).isTrue();
            assertThat(audit.awaitSubscribed(Duration.ofSeconds(10))).isTrue();
            RedisClient client = context.getBean(RedisClient.class);
            assertThat(client.commands().publish("orders", "o-1")).isEqualTo(2);
            BlockingQueue<String> received = context.getBean(Listeners.class).received;
            assertThat(Set.of(poll(received), poll(received))).containsExactlyInAnyOrder("orders: orders o-1",
                    "audit: orders o-1");
        });
    }

    @Test
    void closingTheContextClosesTheSubscribers() {
        Subscriber<?, ?>[] subscriber = new Subscriber<?, ?>[1];
        this.runner.withUserConfiguration(Listeners.class).run((context) -> {
            subscriber[0] = context.getBean(RedisListenerContainer.class).subscribers().get("orders");
            assertThat(subscriber[0].isClosed()).isFalse();
        });
        assertThat(subscriber[0].isClosed()).isTrue();
    }

    @Test
    void eachListenerHasMetersTaggedWithItsBeanName() {
        this.runner.withUserConfiguration(Listeners.class).run((context) -> {
            Subscriber<String, String> orders = context.getBean(RedisListenerContainer.class)
                .subscribers()
                .get("orders");
            assertThat(orders.awaitSubscribed(Duration.ofSeconds(10))).isTrue();
            context.getBean(RedisClient.class).commands().publish("orders", "o-2");
            poll(context.getBean(Listeners.class).received);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(
                    registry.get(RedisPubSubMeters.SUBSCRIPTIONS.getName()).tag("listener", "orders").gauge().value())
                .isEqualTo(1);
            assertThat(registry.get(RedisPubSubMeters.CONNECTED.getName()).tag("listener", "orders").gauge().value())
                .isEqualTo(1);
            assertThat(registry.get(RedisPubSubMeters.MESSAGES_RECEIVED.getName())
                .tag("listener", "orders")
                .functionCounter()
                .count()).isEqualTo(1);
            assertThat(registry.get(RedisPubSubMeters.MESSAGES_DROPPED.getName())
                .tag("listener", "audit")
                .functionCounter()
                .count()).isZero();
            assertThat(registry.get(RedisPubSubMeters.RECONNECTS.getName())
                .tag("listener", "audit")
                .functionCounter()
                .count()).isZero();
        });
    }

    @Test
    void healthIsUpWithEachListenersStateInTheDetails() {
        this.runner.withUserConfiguration(Listeners.class).run((context) -> {
            Subscriber<String, String> orders = context.getBean(RedisListenerContainer.class)
                .subscribers()
                .get("orders");
            assertThat(orders.awaitSubscribed(Duration.ofSeconds(10))).isTrue();
            Health health = context.getBean(RedisPubSubHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsOnlyKeys("orders", "audit");
            assertThat(details(health, "orders")).containsEntry("subscribed", true)
                .containsEntry("connected", true)
                .containsEntry("subscriptions", 1)
                .containsEntry("confirmed", 1);
        });
    }

    @Test
    void healthStaysUpWhileTheServerIsUnreachableAndSaysSo() {
        this.runner.withUserConfiguration(Listeners.class)
            .withPropertyValues("redis.pool.url=redis://localhost:1")
            .run((context) -> {
                Health health = context.getBean(RedisPubSubHealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.UP);
                assertThat(details(health, "orders")).containsEntry("subscribed", false)
                    .containsEntry("connected", false);
            });
    }

    @Test
    void aSubscriberOptionsBeanIsUsed() {
        this.runner.withUserConfiguration(Listeners.class)
            .withBean(SubscriberOptions.class, () -> SubscriberOptions.builder().queueCapacity(1).build())
            .run((context) -> assertThat(context).hasSingleBean(RedisListenerContainer.class));
    }

    @Test
    void withoutListenerBeansNothingIsConfigured() {
        this.runner.run((context) -> assertThat(context).doesNotHaveBean(RedisListenerContainer.class)
            .doesNotHaveBean(RedisPubSubHealthIndicator.class));
    }

    @Test
    void aListenerThatNamesNothingFailsTheStartupWithItsName() {
        this.runner.withBean("silent", RedisMessageListener.class, () -> (channel, message) -> {
        })
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessage("RedisMessageListener bean 'silent' names no channels(), patterns() or shardChannels(); "
                        + "override at least one"));
    }

    @Test
    void withoutMicrometerOrHealthTheListenersStillWork() {
        this.runner.withUserConfiguration(Listeners.class)
            .withClassLoader(new FilteredClassLoader("io.micrometer", "org.springframework.boot.health"))
            .run((context) -> assertThat(context).hasSingleBean(RedisListenerContainer.class)
                .doesNotHaveBean(RedisPubSubHealthIndicator.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(Health health, String listener) {
        return (Map<String, Object>) health.getDetails().get(listener);
    }

    private static String poll(BlockingQueue<String> queue) throws InterruptedException {
        String value = queue.poll(10, TimeUnit.SECONDS);
        assertThat(value).as("a message within 10s").isNotNull();
        return value;
    }

    @Configuration(proxyBeanMethods = false)
    static class Listeners {

        final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        @Bean
        RedisMessageListener orders() {
            return new RedisMessageListener() {

                @Override
                public Set<String> channels() {
                    return Set.of("orders");
                }

                @Override
                public void message(String channel, String message) {
                    Listeners.this.received.add("orders: " + channel + " " + message);
                }

            };
        }

        @Bean
        RedisMessageListener audit() {
            return new RedisMessageListener() {

                @Override
                public Set<String> patterns() {
                    return Set.of("ord*");
                }

                @Override
                public void message(String channel, String message) {
                    Listeners.this.received.add("audit: " + channel + " " + message);
                }

            };
        }

    }

}
