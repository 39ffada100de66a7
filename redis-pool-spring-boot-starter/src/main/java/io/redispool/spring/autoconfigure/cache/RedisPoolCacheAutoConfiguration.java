package io.redispool.spring.autoconfigure.cache;

import io.redispool.RedisClient;
import io.redispool.InvalidSettingException;
import io.redispool.spring.autoconfigure.InvalidRedisPoolPropertyException;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.autoconfigure.RedisPoolCacheProperties;
import io.redispool.spring.autoconfigure.RedisPoolProperties;
import io.redispool.spring.cache.RedisPoolCacheConfig;
import io.redispool.spring.cache.RedisPoolCacheManager;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.CacheAspectSupport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of a {@link RedisPoolCacheManager} named {@code cacheManager} over
 * the pool, for an application with {@code @EnableCaching} and no cache manager of its
 * own, bound from {@code redis.pool.cache.*}.
 *
 * <p>
 * It runs before Spring Boot's {@code CacheAutoConfiguration}, which then backs off as it
 * does for any cache manager, and it works without Boot's cache module. Setting
 * {@code spring.cache.type} hands the choice back to Boot.
 */
@AutoConfiguration(after = RedisPoolAutoConfiguration.class,
        beforeName = "org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration")
@ConditionalOnClass({ RedisClient.class, CacheManager.class })
@ConditionalOnBean(CacheAspectSupport.class)
@ConditionalOnMissingBean(value = CacheManager.class, name = "cacheResolver")
@ConditionalOnSingleCandidate(RedisClient.class)
@ConditionalOnBooleanProperty(name = "redis.pool.enabled", matchIfMissing = true)
@Conditional(RedisPoolCacheAutoConfiguration.CacheTypeNotSetCondition.class)
@EnableConfigurationProperties(RedisPoolProperties.class)
public final class RedisPoolCacheAutoConfiguration {

    @Bean
    RedisPoolCacheManager cacheManager(RedisClient redisClient, RedisPoolProperties properties,
            ObjectProvider<RedisPoolCacheManagerBuilderCustomizer> customizers, ResourceLoader resourceLoader,
            Environment environment) {
        RedisPoolCacheProperties cache = properties.getCache();
        try {
            RedisPoolCacheManager.Builder builder = RedisPoolCacheManager.builder(redisClient)
                .cacheDefaults(config(cache))
                .initialCacheNames(cache.getCacheNames())
                .classLoader(resourceLoader.getClassLoader());
            customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
            return builder.build();
        }
        catch (InvalidSettingException ex) {
            throw InvalidRedisPoolPropertyException.from(ex, environment, "cache.");
        }
    }

    private static RedisPoolCacheConfig config(RedisPoolCacheProperties cache) {
        Duration timeToLive = (cache.getTimeToLive() != null) ? cache.getTimeToLive() : Duration.ZERO;
        return new RedisPoolCacheConfig(timeToLive, cache.isCacheNullValues(), cache.getKeyPrefix(),
                cache.isUseKeyPrefix(), cache.isEnableStatistics(), cache.getLockTimeout());
    }

    /**
     * Matches unless {@code spring.cache.type} is set: whoever sets it has chosen one of
     * Spring Boot's cache types, and Boot's auto-configuration should provide it.
     */
    static final class CacheTypeNotSetCondition extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String type = context.getEnvironment().getProperty("spring.cache.type");
            ConditionMessage.Builder message = ConditionMessage.forCondition("spring.cache.type");
            return (type == null) ? ConditionOutcome.match(message.because("is not set"))
                    : ConditionOutcome.noMatch(message.because("is '" + type + "', a choice for Spring Boot"));
        }

    }

}
