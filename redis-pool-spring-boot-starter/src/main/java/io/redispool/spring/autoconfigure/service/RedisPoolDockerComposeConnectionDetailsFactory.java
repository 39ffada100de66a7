package io.redispool.spring.autoconfigure.service;

import io.redispool.spring.autoconfigure.RedisPoolConnectionDetails;

import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionDetailsFactory;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;
import org.springframework.boot.ssl.SslBundle;

/**
 * Gives the pool the address of a Docker Compose service running a Redis, Redis Stack or
 * Valkey image, as Spring Boot's own Redis factory recognizes them.
 */
class RedisPoolDockerComposeConnectionDetailsFactory
        extends DockerComposeConnectionDetailsFactory<RedisPoolConnectionDetails> {

    static final String[] CONNECTION_NAMES = { "redis", "redis/redis-stack", "redis/redis-stack-server",
            "bitnami/redis", "valkey/valkey" };

    RedisPoolDockerComposeConnectionDetailsFactory() {
        super(CONNECTION_NAMES);
    }

    @Override
    protected RedisPoolConnectionDetails getDockerComposeConnectionDetails(DockerComposeConnectionSource source) {
        return new DockerComposeRedisPoolConnectionDetails(source.getRunningService());
    }

    /**
     * The service's host and the port published for 6379, with TLS when the service's
     * labels ask for it.
     */
    static final class DockerComposeRedisPoolConnectionDetails extends DockerComposeConnectionDetails
            implements RedisPoolConnectionDetails {

        private final Standalone standalone;

        private final SslBundle sslBundle;

        DockerComposeRedisPoolConnectionDetails(RunningService service) {
            super(service);
            this.standalone = new Standalone(service.host(),
                    service.ports().get(RedisPoolContainerConnectionDetailsFactory.REDIS_PORT), 0);
            this.sslBundle = getSslBundle(service);
        }

        @Override
        public Standalone getStandalone() {
            return this.standalone;
        }

        @Override
        public SslBundle getSslBundle() {
            return this.sslBundle;
        }

    }

}
