package io.redispool.spring.autoconfigure.actuate;

import io.redispool.spring.actuate.RedisPoolSanitizingFunction;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} that masks redis-pool's credentials in Actuator's
 * {@code configprops} and {@code env} endpoints.
 *
 * <p>
 * Deliberately not switched off by {@code redis.pool.enabled=false}: the properties may
 * be set, and must stay masked, whether or not the client is auto-configured.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class RedisPoolSanitizingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RedisPoolSanitizingFunction redisPoolSanitizingFunction() {
        return new RedisPoolSanitizingFunction();
    }

}
