package io.redispool.spring.autoconfigure;

import io.redispool.RedisClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for a pooled {@link RedisClient} named {@value #CLIENT_BEAN_NAME},
 * bound from {@code redis.pool.*}.
 *
 * <p>
 * Where it connects comes from a {@link RedisPoolConnectionDetails} bean when one is
 * defined (a Testcontainers or Docker Compose service connection, the dev server), from
 * the properties otherwise.
 *
 * <p>
 * The client is closed with the context: it stops handing out connections, waits up to
 * {@code redis.pool.shutdown-timeout} for those in use, then closes them all.
 */
@AutoConfiguration(after = SslAutoConfiguration.class)
@ConditionalOnClass(RedisClient.class)
@ConditionalOnBooleanProperty(name = "redis.pool.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RedisPoolProperties.class)
public final class RedisPoolAutoConfiguration {

    /** The name of the auto-configured client bean, which is also its pool's name. */
    public static final String CLIENT_BEAN_NAME = "redisClient";

    @Bean(name = CLIENT_BEAN_NAME, destroyMethod = "close")
    @ConditionalOnMissingBean
    RedisClient redisClient(RedisPoolProperties properties, RedisPoolConnectionDetails connectionDetails,
            ObjectProvider<RedisClientConfigBuilderCustomizer> customizers, Environment environment,
            ObjectProvider<SslBundles> sslBundles) {
        RedisClientConfigFactory factory = new RedisClientConfigFactory(properties, connectionDetails,
                customizers.orderedStream().toList(), environment, sslBundles);
        return RedisClient.create(factory.create(CLIENT_BEAN_NAME));
    }

    @Bean
    @ConditionalOnMissingBean(RedisPoolConnectionDetails.class)
    PropertiesRedisPoolConnectionDetails redisPoolConnectionDetails(RedisPoolProperties properties) {
        return new PropertiesRedisPoolConnectionDetails(properties);
    }

}
