package io.redispool.spring.autoconfigure.devserver;

import io.redispool.RedisClientConfig;
import io.redispool.spring.autoconfigure.RedisClientConfigBuilderCustomizer;

import org.springframework.core.Ordered;

/**
 * Points the auto-configured client at the dev server, when one was started, in place of
 * the configured address and its credentials; keeps the database.
 *
 * <p>
 * Runs last, so that no other customizer moves the client back to an address where
 * nothing answers.
 */
final class DevServerConnectionCustomizer implements RedisClientConfigBuilderCustomizer, Ordered {

    private final RedisDevServer devServer;

    DevServerConnectionCustomizer(RedisDevServer devServer) {
        this.devServer = devServer;
    }

    @Override
    public void customize(RedisClientConfig.Builder builder) {
        this.devServer.server()
            .ifPresent((server) -> builder.url(null)
                .unixSocket(null)
                .host(server.host())
                .port(server.port())
                .database(this.devServer.database())
                .username(null)
                .password(null));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

}
