package io.redispool.spring.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.TooManyConnectionsException;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.health.RedisPoolHealthIndicator;
import io.redispool.testing.RedisServerExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class RedisPoolHealthContributorAutoConfigurationTests {

    private static final String PASSWORD = "h3alth-Secret";

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension
        .create((builder) -> builder.setting("requirepass", PASSWORD));

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RedisPoolAutoConfiguration.class,
                RedisPoolHealthContributorAutoConfiguration.class))
        .withPropertyValues("redis.pool.host=" + redis.server().host(), "redis.pool.port=" + redis.server().port(),
                "redis.pool.password=" + PASSWORD);

    @Test
    void upWithServerVersionAndPoolDetails() {
        this.runner.run((context) -> {
            assertThat(context).hasSingleBean(RedisPoolHealthIndicator.class).hasBean("redisPoolHealthContributor");
            context.getBean(RedisClient.class).commands().ping();
            Health health = context.getBean(RedisPoolHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("version", redis.server().version())
                .containsEntry("connections", 1)
                .containsEntry("inUse", 0)
                .containsEntry("idle", 1)
                .containsEntry("pending", 0)
                .containsEntry("max", 32)
                .containsEntry("tooManyConnections", 0L)
                .containsOnlyKeys("version", "connections", "inUse", "idle", "pending", "max", "tooManyConnections");
        });
    }

    @Test
    void saturatedPoolIsStillUpAndShowsTheSaturationInItsDetails() {
        this.runner.withPropertyValues("redis.pool.max-connections=1", "redis.pool.max-wait=0").run((context) -> {
            RedisClient client = context.getBean(RedisClient.class);
            CompletableFuture<Object> holder = CompletableFuture
                .supplyAsync(() -> client.execute("BLPOP", "never-pushed", "1"));
            await().atMost(Duration.ofSeconds(2)).until(() -> client.pool().stats().inUse() == 1);
            assertThatExceptionOfType(TooManyConnectionsException.class).isThrownBy(() -> client.commands().ping());
            Health health = context.getBean(RedisPoolHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("inUse", 1)
                .containsEntry("max", 1)
                .containsEntry("tooManyConnections", 1L);
            holder.join();
        });
    }

    @Test
    void downWithTheErrorAndPoolDetailsWhenTheServerCannotBeReached(CapturedOutput output) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        this.runner.withPropertyValues("redis.pool.port=" + closedPort, "redis.pool.connect-timeout=500ms")
            .run((context) -> {
                Health health = context.getBean(RedisPoolHealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsKey("error")
                    .containsEntry("connections", 0)
                    .containsEntry("max", 32);
            });
        assertThat(output).contains("Redis health check failed").doesNotContain(PASSWORD);
    }

    @Test
    void downWithoutThePasswordWhenAuthenticationFails(CapturedOutput output) {
        this.runner.withPropertyValues("redis.pool.password=wrong-" + PASSWORD).run((context) -> {
            Health health = context.getBean(RedisPoolHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.toString()).doesNotContain(PASSWORD);
        });
        assertThat(output).contains("Redis health check failed").doesNotContain(PASSWORD);
    }

    @Test
    void severalClientsMakeACompositeKeyedByBeanName() {
        this.runner.withUserConfiguration(TwoClientsConfiguration.class).run((context) -> {
            HealthContributor contributor = context.getBean("redisPoolHealthContributor", HealthContributor.class);
            assertThat(contributor).isInstanceOf(CompositeHealthContributor.class);
            CompositeHealthContributor composite = (CompositeHealthContributor) contributor;
            assertThat(composite.stream().map(HealthContributors.Entry::name)).containsExactlyInAnyOrder("cacheClient",
                    "sessionClient");
            Health cache = ((HealthIndicator) composite.getContributor("cacheClient")).health();
            assertThat(cache.getStatus()).isEqualTo(Status.UP);
            assertThat(cache.getDetails()).containsEntry("max", 4);
        });
    }

    @Test
    void switchedOffByManagementHealthRedispoolEnabled() {
        this.runner.withPropertyValues("management.health.redispool.enabled=false")
            .run((context) -> assertThat(context).hasSingleBean(RedisClient.class)
                .doesNotHaveBean("redisPoolHealthContributor"));
    }

    @Test
    void switchedOffWithTheOtherDefaultHealthIndicators() {
        this.runner.withPropertyValues("management.health.defaults.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("redisPoolHealthContributor"));
    }

    @Test
    void switchedOffByRedisPoolEnabledFalseEvenForUserClients() {
        this.runner.withUserConfiguration(TwoClientsConfiguration.class)
            .withPropertyValues("redis.pool.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("redisPoolHealthContributor"));
    }

    @Test
    void withoutActuatorHealthTheClientComesWithoutHealthIndicator() {
        this.runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
            .run((context) -> assertThat(context).hasSingleBean(RedisClient.class)
                .doesNotHaveBean("redisPoolHealthContributor"));
    }

    @Test
    void userDefinedIndicatorMakesAutoConfigurationBackOff() {
        this.runner.withBean("redisPoolHealthIndicator", HealthIndicator.class, () -> () -> Health.up().build())
            .run((context) -> assertThat(context).hasBean("redisPoolHealthIndicator")
                .doesNotHaveBean("redisPoolHealthContributor"));
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoClientsConfiguration {

        @Bean(destroyMethod = "close")
        RedisClient cacheClient() {
            return client(4);
        }

        @Bean(destroyMethod = "close")
        RedisClient sessionClient() {
            return client(6);
        }

        private static RedisClient client(int maxConnections) {
            return RedisClient.create(RedisClientConfig.builder()
                .host(redis.server().host())
                .port(redis.server().port())
                .password(PASSWORD)
                .maxConnections(maxConnections)
                .build());
        }

    }

}
