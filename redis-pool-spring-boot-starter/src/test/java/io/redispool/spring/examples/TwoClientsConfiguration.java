package io.redispool.spring.examples;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two clients, a cache and a session store on different servers, each bound from a prefix
 * of its own: {@code app.redis.cache.*} and {@code app.redis.sessions.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwoClientsConfiguration.RedisServers.class)
public class TwoClientsConfiguration {

    @Bean(destroyMethod = "close")
    @Primary
    RedisClient cacheRedis(RedisServers servers) {
        return RedisClient.create(servers.cache().config("cacheRedis"));
    }

    @Bean(destroyMethod = "close")
    RedisClient sessionRedis(RedisServers servers) {
        return RedisClient.create(servers.sessions().config("sessionRedis"));
    }

    /**
     * The two servers.
     *
     * @param cache the cache, {@code app.redis.cache.*}
     * @param sessions the session store, {@code app.redis.sessions.*}
     */
    @ConfigurationProperties("app.redis")
    public record RedisServers(@DefaultValue Server cache, @DefaultValue Server sessions) {
    }

    /**
     * One server and its pool; add the settings you need, each maps to a builder method.
     *
     * @param url where the server listens, such as
     * redis://:password@cache.internal:6379/0
     * @param maxConnections the most connections open at once
     * @param maxWait how long a caller waits for a free connection, 0 to refuse at once
     */
    public record Server(String url, @DefaultValue("32") int maxConnections, @DefaultValue("0s") Duration maxWait) {

        RedisClientConfig config(String poolName) {
            return RedisClientConfig.builder()
                .poolName(poolName)
                .url(this.url)
                .maxConnections(this.maxConnections)
                .maxWait(this.maxWait)
                .build();
        }
    }

}
