package io.redispool.spring.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisServerException;
import io.redispool.RedisTimeoutException;
import io.redispool.TooManyConnectionsException;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.autoconfigure.metrics.RedisPoolMetricsAutoConfiguration.RedisClientsMeterBinder;
import io.redispool.spring.metrics.RedisPoolMeters;
import io.redispool.testing.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class RedisPoolMetricsAutoConfigurationTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RedisPoolAutoConfiguration.class,
                RedisPoolMetricsAutoConfiguration.class, MetricsAutoConfiguration.class))
        .withBean(SimpleMeterRegistry.class)
        .withPropertyValues("redis.pool.url=" + redis.server().url());

    @Test
    void everyMeterIsTaggedWithTheBeanNameAndHasDescriptionAndBaseUnit() {
        this.runner.run((context) -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            RedisClient client = context.getBean(RedisClient.class);
            client.commands().set("metrics", "1");
            client.commands().get("metrics");
            for (RedisPoolMeters documented : RedisPoolMeters.values()) {
                Meter meter = registry.get(documented.getName()).tag("pool", "redisClient").meter();
                assertThat(meter.getId().getType()).as(documented.getName()).isEqualTo(documented.getType());
                assertThat(meter.getId().getDescription()).as(documented.getName())
                    .isEqualTo(documented.getDescription());
                assertThat(meter.getId().getBaseUnit()).as(documented.getName()).isEqualTo(documented.getBaseUnit());
            }
            assertThat(registry.get("redis.pool.connections.max").tag("pool", "redisClient").gauge().value())
                .isEqualTo(32);
            assertThat(registry.get("redis.pool.connections.creation").tag("pool", "redisClient").timer().count())
                .isEqualTo(1);
            assertThat(registry.get("redis.pool.acquire").tag("pool", "redisClient").timer().count()).isEqualTo(2);
            assertThat(registry.get("redis.pool.connections.usage").tag("pool", "redisClient").timer().count())
                .isEqualTo(2);
        });
    }

    @Test
    void commandsAreTimedByCommandAndOutcome() {
        this.runner.withPropertyValues("redis.pool.socket-timeout=200ms").run((context) -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            RedisClient client = context.getBean(RedisClient.class);
            client.commands().set("text", "not a number");
            client.commands().get("text");
            client.commands().get("text");
            assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> client.commands().incr("text"));
            assertThatExceptionOfType(RedisTimeoutException.class)
                .isThrownBy(() -> client.execute("DEBUG", "SLEEP", "0.5"));
            assertThat(commands(registry, "GET", "success")).isEqualTo(2);
            assertThat(commands(registry, "SET", "success")).isEqualTo(1);
            assertThat(commands(registry, "INCR", "error")).isEqualTo(1);
            assertThat(commands(registry, "DEBUG", "timeout")).isEqualTo(1);
            assertThat(registry.find("redis.pool.commands").tag("command", "GET").tag("outcome", "error").timer())
                .isNull();
            // Let the server wake before the next test uses it.
            await().atMost(Duration.ofSeconds(2))
                .ignoreExceptions()
                .until(() -> "PONG".equals(client.commands().ping()));
        });
    }

    @Test
    void gaugesFollowThePoolWhileCallersHoldAndWaitForConnections() throws Exception {
        this.runner.withPropertyValues("redis.pool.max-connections=3", "redis.pool.max-wait=3s").run((context) -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            RedisClient client = context.getBean(RedisClient.class);
            ExecutorService executor = Executors.newFixedThreadPool(5);
            try {
                List<Future<Object>> holders = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    holders.add(executor.submit(() -> client.execute("BLPOP", "never-pushed", "1")));
                }
                await().atMost(Duration.ofSeconds(2)).until(() -> client.pool().stats().inUse() == 3);
                List<Future<String>> waiters = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    waiters.add(executor.submit(() -> client.commands().get("anything")));
                }
                await().atMost(Duration.ofSeconds(2)).until(() -> gauge(registry, "pending") == 2);
                assertThat(gauge(registry, "")).isEqualTo(3);
                assertThat(gauge(registry, "in.use")).isEqualTo(3);
                assertThat(gauge(registry, "idle")).isZero();
                assertThat(gauge(registry, "max")).isEqualTo(3);
                for (Future<?> future : holders) {
                    future.get();
                }
                for (Future<?> future : waiters) {
                    future.get();
                }
                await().atMost(Duration.ofSeconds(2)).until(() -> gauge(registry, "in.use") == 0);
                assertThat(gauge(registry, "pending")).isZero();
                assertThat(gauge(registry, "idle")).isEqualTo(3);
                assertThat(gauge(registry, "")).isEqualTo(3);
                assertThat(registry.get("redis.pool.too.many.connections").functionCounter().count()).isZero();
            }
            finally {
                executor.shutdownNow();
            }
        });
    }

    @Test
    void tooManyConnectionsCounterEqualsTheRefusalsCallersSaw() {
        this.runner.withPropertyValues("redis.pool.max-connections=2", "redis.pool.max-wait=0").run((context) -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            RedisClient client = context.getBean(RedisClient.class);
            ExecutorService executor = Executors.newFixedThreadPool(10);
            AtomicInteger refusals = new AtomicInteger();
            try {
                List<Future<Object>> holders = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    holders.add(executor.submit(() -> client.execute("BLPOP", "never-pushed", "1")));
                }
                await().atMost(Duration.ofSeconds(2)).until(() -> client.pool().stats().inUse() == 2);
                List<Future<?>> callers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    callers.add(executor.submit(() -> {
                        try {
                            client.commands().get("anything");
                        }
                        catch (TooManyConnectionsException ex) {
                            refusals.incrementAndGet();
                        }
                    }));
                }
                for (Future<?> future : callers) {
                    future.get();
                }
                assertThat(refusals.get()).isEqualTo(8);
                assertThat(registry.get("redis.pool.too.many.connections")
                    .tag("pool", "redisClient")
                    .functionCounter()
                    .count()).isEqualTo(refusals.get());
                assertThat(commands(registry, "GET", "error")).isEqualTo(8);
                for (Future<?> future : holders) {
                    future.get();
                }
            }
            finally {
                executor.shutdownNow();
            }
        });
    }

    @Test
    void everyRedisClientBeanIsInstrumentedUnderItsBeanName() {
        this.runner.withUserConfiguration(TwoClientsConfiguration.class).run((context) -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("redis.pool.connections.max").tag("pool", "cacheClient").gauge().value())
                .isEqualTo(4);
            assertThat(registry.get("redis.pool.connections.max").tag("pool", "sessionClient").gauge().value())
                .isEqualTo(6);
            assertThat(registry.find("redis.pool.connections.max").tag("pool", "redisClient").gauge()).isNull();
        });
    }

    @Test
    void withoutMicrometerTheClientComesWithoutMetrics() {
        this.runner.withClassLoader(new FilteredClassLoader("io.micrometer"))
            .run((context) -> assertThat(context).hasSingleBean(RedisClient.class)
                .doesNotHaveBean(RedisClientsMeterBinder.class));
    }

    @Test
    void withoutAMeterRegistryTheClientComesWithoutMetrics() {
        new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(RedisPoolAutoConfiguration.class, RedisPoolMetricsAutoConfiguration.class))
            .run((context) -> assertThat(context).hasSingleBean(RedisClient.class)
                .doesNotHaveBean(RedisClientsMeterBinder.class));
    }

    @Test
    void enabledFalseTurnsMetricsOffEvenForUserClients() {
        this.runner.withUserConfiguration(TwoClientsConfiguration.class)
            .withPropertyValues("redis.pool.enabled=false")
            .run((context) -> {
                assertThat(context).doesNotHaveBean(RedisClientsMeterBinder.class);
                assertThat(context.getBean(MeterRegistry.class).find("redis.pool.connections").meters()).isEmpty();
            });
    }

    @Test
    void closingTheContextRemovesThePoolMetersFromARegistryThatOutlivesIt() {
        AtomicReference<MeterRegistry> outliving = new AtomicReference<>();
        this.runner.run((context) -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            outliving.set(registry);
            assertThat(registry.find("redis.pool.connections.min").tag("pool", "redisClient").gauge()).isNotNull();
            assertThat(registry.find("redis.pool.connections.closed").tag("reason", "broken").functionCounter())
                .isNotNull();
        });
        assertThat(outliving.get().getMeters()).filteredOn((meter) -> meter.getId().getName().startsWith("redis.pool."))
            .isEmpty();
    }

    @Test
    void userDefinedBinderMakesAutoConfigurationBackOff() {
        this.runner.withUserConfiguration(UserBinderConfiguration.class)
            .run((context) -> assertThat(context).getBeans(RedisClientsMeterBinder.class).containsOnlyKeys("myBinder"));
    }

    private static double gauge(MeterRegistry registry, String suffix) {
        String name = suffix.isEmpty() ? "redis.pool.connections" : "redis.pool.connections." + suffix;
        return registry.get(name).tag("pool", "redisClient").gauge().value();
    }

    private static long commands(MeterRegistry registry, String command, String outcome) {
        return registry.get("redis.pool.commands")
            .tag("pool", "redisClient")
            .tag("command", command)
            .tag("outcome", outcome)
            .timer()
            .count();
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoClientsConfiguration {

        @Bean(destroyMethod = "close")
        RedisClient cacheClient() {
            return RedisClient.create(RedisClientConfig.builder().url(redis.server().url()).maxConnections(4).build());
        }

        @Bean(destroyMethod = "close")
        RedisClient sessionClient() {
            return RedisClient.create(RedisClientConfig.builder().url(redis.server().url()).maxConnections(6).build());
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class UserBinderConfiguration {

        @Bean
        RedisClientsMeterBinder myBinder(ConfigurableListableBeanFactory beanFactory) {
            return new RedisClientsMeterBinder(beanFactory);
        }

    }

}
