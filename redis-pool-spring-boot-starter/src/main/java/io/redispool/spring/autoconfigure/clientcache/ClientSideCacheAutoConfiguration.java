package io.redispool.spring.autoconfigure.clientcache;

import io.micrometer.core.instrument.MeterRegistry;
import io.redispool.RedisClient;
import io.redispool.cache.ClientSideCache;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.autoconfigure.RedisPoolProperties;
import io.redispool.spring.metrics.ClientSideCacheMetrics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of a {@link ClientSideCache} over the {@link RedisClient} bean when
 * {@code redis.pool.client-side-cache.enabled} is true, with its meters when Micrometer
 * is there. The cache is closed with the context, before the client.
 */
@AutoConfiguration(after = RedisPoolAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(ClientSideCache.class)
@ConditionalOnBean({ RedisClient.class, RedisPoolProperties.class })
@ConditionalOnBooleanProperty("redis.pool.client-side-cache.enabled")
public final class ClientSideCacheAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ClientSideCache redisClientSideCache(RedisClient redisClient, RedisPoolProperties properties) {
        return redisClient.clientSideCache(properties.getClientSideCache().toConfig());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class ClientSideCacheMetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        ClientSideCacheMetrics clientSideCacheMetrics(ClientSideCache redisClientSideCache, RedisClient redisClient) {
            return new ClientSideCacheMetrics(redisClientSideCache, redisClient.pool().config().name());
        }

    }

}
