package io.redispool.spring.autoconfigure.pubsub;

import io.redispool.spring.pubsub.RedisListenerContainer;
import io.redispool.spring.pubsub.RedisPubSubHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the {@code redisPubSub} health contributor, switched off with
 * {@code management.health.redispubsub.enabled=false}; the condition sits on the method
 * for the reason given in {@code RedisPoolHealthContributorAutoConfiguration}.
 */
@AutoConfiguration(after = RedisPubSubAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
@ConditionalOnBean(RedisListenerContainer.class)
public final class RedisPubSubHealthAutoConfiguration {

    @Bean
    @ConditionalOnEnabledHealthIndicator("redispubsub")
    @ConditionalOnMissingBean(name = "redisPubSubHealthIndicator")
    RedisPubSubHealthIndicator redisPubSubHealthIndicator(RedisListenerContainer container) {
        return new RedisPubSubHealthIndicator(container);
    }

}
