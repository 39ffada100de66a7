package io.redispool.spring.autoconfigure.devserver;

import io.redispool.InvalidSettingException;
import io.redispool.RedisClient;
import io.redispool.launcher.RedisServer;
import io.redispool.spring.autoconfigure.InvalidRedisPoolPropertyException;
import io.redispool.spring.autoconfigure.PropertiesRedisPoolConnectionDetails;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.autoconfigure.RedisPoolConnectionDetails;
import io.redispool.spring.autoconfigure.RedisPoolProperties;

import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of a {@link RedisDevServer}: with
 * {@code redis.pool.dev-server.enabled=true} and {@code redis-pool-launcher} on the class
 * path, a local redis-server, or a small Redis Cluster
 * ({@code redis.pool.dev-server.cluster.masters}), is started for the application's
 * lifetime when nothing answers at the configured address, and the auto-configured client
 * is pointed at it.
 *
 * <p>
 * Off by default, and off when the application defines its own {@link RedisClient}, which
 * this configuration could not redirect, or its own {@link RedisPoolConnectionDetails},
 * such as a Testcontainers or Docker Compose service connection.
 */
@AutoConfiguration(before = RedisPoolAutoConfiguration.class)
@ConditionalOnClass({ RedisClient.class, RedisServer.class })
@ConditionalOnBooleanProperty(name = "redis.pool.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty("redis.pool.dev-server.enabled")
@ConditionalOnMissingBean({ RedisClient.class, RedisPoolConnectionDetails.class })
@EnableConfigurationProperties(RedisPoolProperties.class)
public final class RedisDevServerAutoConfiguration {

    static final String DEV_SERVER_BEAN_NAME = "redisDevServer";

    @Bean(name = DEV_SERVER_BEAN_NAME, destroyMethod = "close")
    RedisDevServer redisDevServer(RedisPoolProperties properties, Environment environment) {
        if (properties.getSentinel().getMaster() != null) {
            // A server or cluster started here would be ignored by a client that asks
            // the sentinels for its master; say so rather than start one in vain.
            throw InvalidRedisPoolPropertyException.from(InvalidSettingException.conflict("dev-server.enabled", null,
                    "is true but cannot start a Sentinel set-up, and 'sentinel.master' makes the client ask sentinels for its"
                            + " master; switch the dev server off, or leave 'sentinel.master' unset in development",
                    "sentinel.master"), environment, "");
        }
        return RedisDevServer.startIfNothingAnswers(properties, DevClusterStart.of(properties, environment));
    }

    /**
     * The dev server's or dev cluster's address when one was started; otherwise the
     * properties', since something answered there.
     */
    @Bean
    RedisPoolConnectionDetails redisDevServerConnectionDetails(RedisDevServer redisDevServer,
            RedisPoolProperties properties) {
        return redisDevServer.server()
            .map((server) -> DevServerConnectionDetails.of(server, redisDevServer.database()))
            .or(() -> redisDevServer.cluster().map(DevServerConnectionDetails::of))
            .<RedisPoolConnectionDetails>map((details) -> details)
            .orElseGet(() -> new PropertiesRedisPoolConnectionDetails(properties));
    }

    @Bean
    static ClientDependsOnDevServerPostProcessor redisClientDependsOnDevServerPostProcessor() {
        return new ClientDependsOnDevServerPostProcessor();
    }

    /**
     * Makes every {@link RedisClient} bean depend on the dev server, so that clients
     * close, giving their connections back, before the server stops.
     */
    static final class ClientDependsOnDevServerPostProcessor extends AbstractDependsOnBeanFactoryPostProcessor {

        ClientDependsOnDevServerPostProcessor() {
            super(RedisClient.class, DEV_SERVER_BEAN_NAME);
        }

    }

}
