package io.redispool.spring.autoconfigure.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.spring.autoconfigure.PropertiesRedisPoolConnectionDetails;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.autoconfigure.RedisPoolConnectionDetails;
import io.redispool.spring.autoconfigure.devserver.RedisDevServer;
import io.redispool.spring.autoconfigure.devserver.RedisDevServerAutoConfiguration;
import io.redispool.testing.RedisServerExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.containers.GenericContainer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.docker.compose.core.ConnectionPorts;
import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeSources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.service.connection.ContainerSources;
import org.springframework.core.env.StandardEnvironment;

/**
 * The service connections, without Docker, which does not run in this build: the
 * factories are found through {@code spring.factories} as Spring Boot finds them, given
 * the sources Boot would give them; the Docker Compose details are built from a running
 * service whose address is a real redis-server, and the client connects there. A
 * container's address is read from the started container, so that last step is not proven
 * for Testcontainers.
 */
class RedisPoolServiceConnectionTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RedisPoolAutoConfiguration.class))
        .withPropertyValues("redis.pool.host=nothing-listens.invalid", "redis.pool.port=1",
                "redis.pool.password=from-properties");

    @Test
    void aRedisComposeServiceIsFoundByItsImageAndGivesItsPublishedPort() {
        Map<Class<?>, ConnectionDetails> details = factories()
            .getConnectionDetails(DockerComposeSources.of(service("redis:7.0"), new StandardEnvironment()), false);
        assertThat(details).containsKey(RedisPoolConnectionDetails.class);
        RedisPoolConnectionDetails redisPool = (RedisPoolConnectionDetails) details
            .get(RedisPoolConnectionDetails.class);
        assertThat(redisPool.getStandalone())
            .isEqualTo(new RedisPoolConnectionDetails.Standalone(redis.server().host(), redis.server().port(), 0));
        assertThat(redisPool.getPassword()).isNull();
        assertThat(redisPool.getSslBundle()).isNull();
    }

    @Test
    void aComposeServiceOfAnotherImageIsNotTakenForRedis() {
        Map<Class<?>, ConnectionDetails> details = factories()
            .getConnectionDetails(DockerComposeSources.of(service("postgres:16"), new StandardEnvironment()), false);
        assertThat(details).doesNotContainKey(RedisPoolConnectionDetails.class);
    }

    @Test
    void theComposeServicesDetailsWinOverThePropertiesAndTheClientConnectsThere() {
        RedisPoolConnectionDetails details = (RedisPoolConnectionDetails) factories()
            .getConnectionDetails(DockerComposeSources.of(service("redis:7.0"), new StandardEnvironment()), false)
            .get(RedisPoolConnectionDetails.class);
        this.runner.withBean(RedisPoolConnectionDetails.class, () -> details).run((context) -> {
            assertThat(context).doesNotHaveBean(PropertiesRedisPoolConnectionDetails.class);
            RedisClient client = context.getBean(RedisClient.class);
            assertThat(client.commands().ping()).isEqualTo("PONG");
            assertThat(client.config().connection().password()).as("no AUTH with the properties' password").isNull();
        });
    }

    @Test
    void aServiceConnectionKeepsTheDevServerFromStarting() {
        RedisPoolConnectionDetails details = (RedisPoolConnectionDetails) factories()
            .getConnectionDetails(DockerComposeSources.of(service("redis:7.0"), new StandardEnvironment()), false)
            .get(RedisPoolConnectionDetails.class);
        this.runner.withConfiguration(AutoConfigurations.of(RedisDevServerAutoConfiguration.class))
            .withPropertyValues("redis.pool.dev-server.enabled=true")
            .withBean(RedisPoolConnectionDetails.class, () -> details)
            .run((context) -> {
                assertThat(context).doesNotHaveBean(RedisDevServer.class);
                assertThat(context.getBean(RedisClient.class).commands().ping()).isEqualTo("PONG");
            });
    }

    @Test
    void aRedisContainerWithServiceConnectionIsFoundByItsImage() {
        Map<Class<?>, ConnectionDetails> details = factories().getConnectionDetails(ContainerSources.of("redis",
                GenericContainer.class, "redis:7.0", () -> new GenericContainer<>("redis:7.0")), false);
        assertThat(details.get(RedisPoolConnectionDetails.class))
            .isInstanceOf(RedisPoolContainerConnectionDetailsFactory.ContainerRedisPoolConnectionDetails.class);
    }

    @Test
    void aContainerOfAnotherImageIsNotTakenForRedis() {
        Map<Class<?>, ConnectionDetails> details = factories().getConnectionDetails(ContainerSources.of("db",
                GenericContainer.class, "postgres:16", () -> new GenericContainer<>("postgres:16")), false);
        assertThat(details).doesNotContainKey(RedisPoolConnectionDetails.class);
    }

    @Test
    void withoutAProviderThePropertiesAreTheConnectionDetails() {
        this.runner.withPropertyValues("redis.pool.url=" + redis.server().url() + "/2").run((context) -> {
            RedisPoolConnectionDetails details = context.getBean(RedisPoolConnectionDetails.class);
            assertThat(details).isInstanceOf(PropertiesRedisPoolConnectionDetails.class);
            assertThat(details.getStandalone())
                .isEqualTo(new RedisPoolConnectionDetails.Standalone(redis.server().host(), redis.server().port(), 2));
            assertThat(context.getBean(RedisClient.class).commands().ping()).isEqualTo("PONG");
        });
    }

    private static ConnectionDetailsFactories factories() {
        return new ConnectionDetailsFactories(RedisPoolServiceConnectionTests.class.getClassLoader());
    }

    private static RunningService service(String image) {
        return new RunningService() {

            @Override
            public String name() {
                return "cache";
            }

            @Override
            public ImageReference image() {
                return ImageReference.of(image);
            }

            @Override
            public String host() {
                return redis.server().host();
            }

            @Override
            public ConnectionPorts ports() {
                return new ConnectionPorts() {

                    @Override
                    public int get(int containerPort) {
                        return (containerPort == 6379) ? redis.server().port() : -1;
                    }

                    @Override
                    public List<Integer> getAll() {
                        return List.of(redis.server().port());
                    }

                    @Override
                    public List<Integer> getAll(String protocol) {
                        return getAll();
                    }

                };
            }

            @Override
            public Map<String, String> env() {
                return Map.of();
            }

            @Override
            public Map<String, String> labels() {
                return Map.of();
            }

        };
    }

}
