package io.redispool.spring.autoconfigure.pubsub;

import io.micrometer.core.instrument.MeterRegistry;
import io.redispool.spring.pubsub.RedisListenerContainer;
import io.redispool.spring.pubsub.RedisPubSubMetrics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the {@code redis.pool.pubsub.*} meters of every listener.
 */
@AutoConfiguration(after = RedisPubSubAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ RedisListenerContainer.class, MeterRegistry.class })
public final class RedisPubSubMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RedisPubSubMetrics redisPubSubMetrics(RedisListenerContainer container) {
        return new RedisPubSubMetrics(container);
    }

}
