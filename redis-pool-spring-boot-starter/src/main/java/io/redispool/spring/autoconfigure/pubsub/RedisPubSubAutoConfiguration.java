package io.redispool.spring.autoconfigure.pubsub;

import io.redispool.RedisClient;
import io.redispool.pubsub.SubscriberOptions;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.pubsub.RedisListenerContainer;
import io.redispool.spring.pubsub.RedisMessageListener;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} that subscribes every {@link RedisMessageListener} bean through the
 * one {@link RedisClient}, with the {@link SubscriberOptions} bean if there is one.
 */
@AutoConfiguration(after = RedisPoolAutoConfiguration.class)
@ConditionalOnClass(RedisClient.class)
@ConditionalOnSingleCandidate(RedisClient.class)
@ConditionalOnBean(RedisMessageListener.class)
@ConditionalOnBooleanProperty(name = "redis.pool.enabled", matchIfMissing = true)
public final class RedisPubSubAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RedisListenerContainer redisListenerContainer(RedisClient client, ApplicationContext context,
            ObjectProvider<SubscriberOptions> options) {
        Map<String, RedisMessageListener> listeners = context.getBeansOfType(RedisMessageListener.class);
        return new RedisListenerContainer(client, listeners, options.getIfAvailable(() -> SubscriberOptions.DEFAULTS));
    }

}
