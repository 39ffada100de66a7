package io.redispool.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redispool.RedisClient;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.metrics.RedisPoolMetrics;
import io.redispool.spring.sentinel.SentinelMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * Auto-configuration} for the metrics of every {@link RedisClient} bean, each tagged
 * {@code pool} with its bean name.
 */
@AutoConfiguration(after = RedisPoolAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({ RedisClient.class, MeterRegistry.class })
@ConditionalOnBean({ RedisClient.class, MeterRegistry.class })
@ConditionalOnBooleanProperty(name = "redis.pool.enabled", matchIfMissing = true)
public final class RedisPoolMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RedisClientsMeterBinder redisClientsMeterBinder(ConfigurableListableBeanFactory beanFactory) {
        return new RedisClientsMeterBinder(beanFactory);
    }

    /**
     * Binds every {@link RedisClient} bean, found when the registry is bound, once all
     * singletons exist, so that clients defined after this binder are not missed; closed
     * with the context, it removes their meters.
     */
    static final class RedisClientsMeterBinder implements MeterBinder, AutoCloseable {

        private final ConfigurableListableBeanFactory beanFactory;

        private List<RedisPoolMetrics> poolMetrics;

        private List<SentinelMetrics> sentinelMetrics;

        RedisClientsMeterBinder(ConfigurableListableBeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }

        @Override
        public synchronized void bindTo(MeterRegistry registry) {
            if (this.poolMetrics == null) {
                Map<String, RedisClient> clients = SimpleAutowireCandidateResolver
                    .resolveAutowireCandidates(this.beanFactory, RedisClient.class, false, true);
                this.poolMetrics = new ArrayList<>();
                this.sentinelMetrics = new ArrayList<>();
                clients.forEach((name, client) -> {
                    this.poolMetrics.add(new RedisPoolMetrics(client, name, List.of()));
                    this.sentinelMetrics.add(new SentinelMetrics(client, name, List.of()));
                });
            }
            this.poolMetrics.forEach((binder) -> binder.bindTo(registry));
            this.sentinelMetrics.forEach((binder) -> binder.bindTo(registry));
        }

        @Override
        public synchronized void close() {
            if (this.poolMetrics != null) {
                this.poolMetrics.forEach(RedisPoolMetrics::close);
                this.sentinelMetrics.forEach(SentinelMetrics::close);
            }
        }

    }

}
