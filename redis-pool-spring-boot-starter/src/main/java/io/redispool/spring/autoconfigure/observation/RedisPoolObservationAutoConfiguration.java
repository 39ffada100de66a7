package io.redispool.spring.autoconfigure.observation;

import io.micrometer.observation.ObservationRegistry;
import io.redispool.RedisClient;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.observation.ObservationCommandObserver;
import io.redispool.spring.observation.RedisCommandObservationConvention;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
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
 * Auto-configuration} that observes each command of every {@link RedisClient} bean when
 * the application has an {@link ObservationRegistry}, as Spring Boot's actuator and
 * tracing provide; without one, no observer is installed and commands pay nothing.
 */
@AutoConfiguration(after = RedisPoolAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ RedisClient.class, ObservationRegistry.class })
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnBooleanProperty(name = "redis.pool.enabled", matchIfMissing = true)
public final class RedisPoolObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RedisClientsCommandObservation redisClientsCommandObservation(ConfigurableListableBeanFactory beanFactory,
            ObjectProvider<ObservationRegistry> registry,
            ObjectProvider<RedisCommandObservationConvention> convention) {
        return new RedisClientsCommandObservation(beanFactory, registry, convention);
    }

    /**
     * Installs an observer on every {@link RedisClient} bean once all singletons exist,
     * so that clients defined after it are not missed; removes it with the context.
     */
    static final class RedisClientsCommandObservation implements SmartInitializingSingleton, AutoCloseable {

        private final ConfigurableListableBeanFactory beanFactory;

        private final ObjectProvider<ObservationRegistry> registry;

        private final ObjectProvider<RedisCommandObservationConvention> convention;

        private List<RedisClient> observed = List.of();

        RedisClientsCommandObservation(ConfigurableListableBeanFactory beanFactory,
                ObjectProvider<ObservationRegistry> registry,
                ObjectProvider<RedisCommandObservationConvention> convention) {
            this.beanFactory = beanFactory;
            this.registry = registry;
            this.convention = convention;
        }

        @Override
        public synchronized void afterSingletonsInstantiated() {
            ObservationRegistry registry = this.registry.getObject();
            RedisCommandObservationConvention convention = this.convention.getIfUnique();
            this.observed = SimpleAutowireCandidateResolver
                .resolveAutowireCandidates(this.beanFactory, RedisClient.class, false, true)
                .values()
                .stream()
                .toList();
            this.observed.forEach(
                    (client) -> client.observeCommands(new ObservationCommandObserver(client, registry, convention)));
        }

        @Override
        public synchronized void close() {
            this.observed.forEach((client) -> client.observeCommands(null));
        }

    }

}
