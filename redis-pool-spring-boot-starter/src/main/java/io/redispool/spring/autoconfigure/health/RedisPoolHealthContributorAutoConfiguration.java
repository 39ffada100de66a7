package io.redispool.spring.autoconfigure.health;

import io.redispool.RedisClient;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.health.RedisPoolHealthIndicator;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the {@code redisPool} health contributor: one
 * {@link RedisPoolHealthIndicator} for a single {@link RedisClient}, or a composite keyed
 * by bean name for several.
 *
 * <p>
 * Switched off with {@code management.health.redispool.enabled=false}. That condition
 * sits on the bean method rather than the class so that, without
 * {@code spring-boot-health}, the class's {@code @ConditionalOnClass} turns it away
 * before Spring tries to load the condition's own class.
 */
@AutoConfiguration(after = RedisPoolAutoConfiguration.class)
@ConditionalOnClass({ RedisClient.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(RedisClient.class)
@ConditionalOnBooleanProperty(name = "redis.pool.enabled", matchIfMissing = true)
public final class RedisPoolHealthContributorAutoConfiguration
        extends CompositeHealthContributorConfiguration<RedisPoolHealthIndicator, RedisClient> {

    RedisPoolHealthContributorAutoConfiguration() {
        super(RedisPoolHealthIndicator::new);
    }

    @Bean
    @ConditionalOnEnabledHealthIndicator("redispool")
    @ConditionalOnMissingBean(name = { "redisPoolHealthIndicator", "redisPoolHealthContributor" })
    HealthContributor redisPoolHealthContributor(ConfigurableListableBeanFactory beanFactory) {
        return createContributor(beanFactory, RedisClient.class);
    }

}
