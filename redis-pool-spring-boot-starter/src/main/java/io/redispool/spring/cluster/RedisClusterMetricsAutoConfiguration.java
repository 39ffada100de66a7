package io.redispool.spring.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redispool.RedisClient;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import java.util.List;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.SimpleAutowireCandidateResolver;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the cluster meters of every {@link RedisClient} bean that talks
 * to a cluster, each tagged {@code pool} with its bean name.
 */
@AutoConfiguration(after = RedisPoolAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({ RedisClient.class, MeterRegistry.class })
@ConditionalOnBean({ RedisClient.class, MeterRegistry.class })
@ConditionalOnBooleanProperty(name = "redis.pool.enabled", matchIfMissing = true)
public final class RedisClusterMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RedisClustersMeterBinder redisClustersMeterBinder(ConfigurableListableBeanFactory beanFactory) {
        return new RedisClustersMeterBinder(beanFactory);
    }

    /**
     * Binds every cluster {@link RedisClient} bean, found when the registry is bound.
     */
    static final class RedisClustersMeterBinder implements MeterBinder {

        private final ConfigurableListableBeanFactory beanFactory;

        private List<RedisClusterMetrics> metrics;

        RedisClustersMeterBinder(ConfigurableListableBeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }

        @Override
        public synchronized void bindTo(MeterRegistry registry) {
            if (this.metrics == null) {
                this.metrics = SimpleAutowireCandidateResolver
                    .resolveAutowireCandidates(this.beanFactory, RedisClient.class, false, true)
                    .entrySet()
                    .stream()
                    .filter((entry) -> entry.getValue().cluster().isPresent())
                    .map((entry) -> new RedisClusterMetrics(entry.getValue().cluster().get(), entry.getKey()))
                    .toList();
            }
            this.metrics.forEach((binder) -> binder.bindTo(registry));
        }

    }

}
