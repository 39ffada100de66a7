package io.redispool.spring.autoconfigure.service;

import io.redispool.spring.autoconfigure.RedisPoolConnectionDetails;
import java.util.List;
import org.testcontainers.containers.Container;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * Gives the pool the address of a Redis container annotated {@code @ServiceConnection}: a
 * {@code GenericContainer} of a Redis, Redis Stack or Valkey image, or a
 * {@code RedisContainer} (by its image name), as Spring Boot's own Redis factory
 * recognizes them.
 */
class RedisPoolContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<Container<?>, RedisPoolConnectionDetails> {

    static final List<String> CONNECTION_NAMES = List.of("redis", "redis/redis-stack", "redis/redis-stack-server",
            "valkey/valkey");

    static final int REDIS_PORT = 6379;

    RedisPoolContainerConnectionDetailsFactory() {
        super(CONNECTION_NAMES);
    }

    @Override
    protected RedisPoolConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
        return new ContainerRedisPoolConnectionDetails(source);
    }

    /**
     * The container's host and mapped port, read when the client is built, once the
     * container has started.
     */
    static final class ContainerRedisPoolConnectionDetails extends ContainerConnectionDetails<Container<?>>
            implements RedisPoolConnectionDetails {

        ContainerRedisPoolConnectionDetails(ContainerConnectionSource<Container<?>> source) {
            super(source);
        }

        @Override
        public Standalone getStandalone() {
            Container<?> container = getContainer();
            return new Standalone(container.getHost(), container.getMappedPort(REDIS_PORT), 0);
        }

        @Override
        public SslBundle getSslBundle() {
            return super.getSslBundle();
        }

    }

}
