package io.redispool.spring.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redispool.RedisClient;
import io.redispool.spring.autoconfigure.RedisClientConfigBuilderCustomizer;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.autoconfigure.health.RedisPoolHealthContributorAutoConfiguration;
import io.redispool.spring.autoconfigure.metrics.RedisPoolMetricsAutoConfiguration;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What docs/two-clients.md says of {@link TwoClientsConfiguration}: each client is bound
 * from its own prefix and talks to its own server, the auto-configured client backs off,
 * and both get meters and a health contributor under their bean names.
 */
class TwoClientsConfigurationTests {

    @RegisterExtension
    static final RedisServerExtension cache = RedisServerExtension.create();

    @RegisterExtension
    static final RedisServerExtension sessions = RedisServerExtension.create();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(
                AutoConfigurations.of(RedisPoolAutoConfiguration.class, RedisPoolMetricsAutoConfiguration.class,
                        RedisPoolHealthContributorAutoConfiguration.class, MetricsAutoConfiguration.class))
        .withBean(SimpleMeterRegistry.class)
        .withUserConfiguration(TwoClientsConfiguration.class)
        .withPropertyValues("app.redis.cache.url=" + cache.server().url(), "app.redis.cache.max-connections=8",
                "app.redis.sessions.url=" + sessions.server().url(), "app.redis.sessions.max-wait=100ms");

    @Test
    void eachClientIsBoundFromItsPrefixAndTheAutoConfiguredOneBacksOff() {
        this.runner.run((context) -> {
            assertThat(context).getBeans(RedisClient.class).containsOnlyKeys("cacheRedis", "sessionRedis");
            RedisClient cacheRedis = context.getBean("cacheRedis", RedisClient.class);
            RedisClient sessionRedis = context.getBean("sessionRedis", RedisClient.class);
            assertThat(context.getBean(RedisClient.class)).as("the @Primary one").isSameAs(cacheRedis);
            assertThat(cacheRedis.config().pool().name()).isEqualTo("cacheRedis");
            assertThat(cacheRedis.config().pool().maxConnections()).isEqualTo(8);
            assertThat(sessionRedis.config().pool().maxConnections()).isEqualTo(32);
            assertThat(sessionRedis.config().pool().maxWait()).isEqualTo(Duration.ofMillis(100));
        });
    }

    @Test
    void eachClientTalksToItsOwnServer() {
        this.runner.run((context) -> {
            RedisClient cacheRedis = context.getBean("cacheRedis", RedisClient.class);
            RedisClient sessionRedis = context.getBean("sessionRedis", RedisClient.class);
            cacheRedis.commands().set("where", "cache");
            sessionRedis.commands().set("where", "sessions");
            assertThat(cacheRedis.commands().get("where")).isEqualTo("cache");
            assertThat(sessionRedis.commands().get("where")).isEqualTo("sessions");
        });
    }

    @Test
    void redisPoolPropertiesAndCustomizersLeaveBothClientsAlone() {
        this.runner.withPropertyValues("redis.pool.max-connections=2")
            .withBean(RedisClientConfigBuilderCustomizer.class, () -> (builder) -> builder.poolName("customized"))
            .run((context) -> {
                RedisClient cacheRedis = context.getBean("cacheRedis", RedisClient.class);
                assertThat(cacheRedis.config().pool().maxConnections()).isEqualTo(8);
                assertThat(cacheRedis.config().pool().name()).isEqualTo("cacheRedis");
            });
    }

    @Test
    void bothClientsHaveMetersTaggedWithTheirBeanNames() {
        this.runner.run((context) -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("redis.pool.connections.max").tag("pool", "cacheRedis").gauge().value())
                .isEqualTo(8);
            assertThat(registry.get("redis.pool.connections.max").tag("pool", "sessionRedis").gauge().value())
                .isEqualTo(32);
            context.getBean("sessionRedis", RedisClient.class).commands().get("key");
            assertThat(registry.get("redis.pool.commands")
                .tag("pool", "sessionRedis")
                .tag("command", "GET")
                .timer()
                .count()).isEqualTo(1);
        });
    }

    @Test
    void healthIsACompositeOfBothClientsUnderTheirBeanNames() {
        this.runner.run((context) -> {
            HealthContributor contributor = context.getBean("redisPoolHealthContributor", HealthContributor.class);
            assertThat(contributor).isInstanceOf(CompositeHealthContributor.class);
            assertThat(((CompositeHealthContributor) contributor).stream().map(HealthContributors.Entry::name))
                .containsExactlyInAnyOrder("cacheRedis", "sessionRedis");
        });
    }

}
