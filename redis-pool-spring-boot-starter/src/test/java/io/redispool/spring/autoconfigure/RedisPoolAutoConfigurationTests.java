package io.redispool.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.Endpoint;
import io.redispool.connection.KeepAlive;
import io.redispool.pool.PoolConfig;
import io.redispool.protocol.RespLimits;
import io.redispool.testing.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

class RedisPoolAutoConfigurationTests {

    private static final String PASSWORD = "s3cret-Pa55";

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension
        .create((builder) -> builder.setting("requirepass", PASSWORD));

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RedisPoolAutoConfiguration.class));

    @Test
    void withNoPropertiesCreatesClientNamedRedisClientWithCoreDefaults() {
        this.runner.run((context) -> {
            assertThat(context).hasSingleBean(RedisClient.class).hasBean("redisClient");
            RedisClientConfig config = context.getBean(RedisClient.class).config();
            RedisClientConfig coreDefaults = RedisClientConfig.builder().poolName("redisClient").build();
            assertThat(config).isEqualTo(coreDefaults);
        });
    }

    @Test
    void bindsReplyLimits() {
        this.runner
            .withPropertyValues("redis.pool.limits.max-bulk-length=1MB", "redis.pool.limits.max-array-length=1000",
                    "redis.pool.limits.max-nesting-depth=4", "redis.pool.limits.max-line-length=4KB")
            .run((context) -> assertThat(context.getBean(RedisClient.class).config().connection().limits())
                .isEqualTo(new RespLimits(1024 * 1024, 1000, 4, 4096)));
    }

    @Test
    void bindsEveryProperty() {
        this.runner
            .withPropertyValues("redis.pool.host=redis.example.com", "redis.pool.port=6380", "redis.pool.database=3",
                    "redis.pool.username=app", "redis.pool.password=" + PASSWORD, "redis.pool.client-name=orders",
                    "redis.pool.connect-timeout=750ms", "redis.pool.socket-timeout=3s", "redis.pool.tcp-no-delay=false",
                    "redis.pool.socket-keepalive=true", "redis.pool.keepalive.idle=60",
                    "redis.pool.keepalive.interval=10s", "redis.pool.keepalive.count=4", "redis.pool.max-connections=8",
                    "redis.pool.max-wait=250ms", "redis.pool.min-idle=2", "redis.pool.idle-timeout=5m",
                    "redis.pool.max-lifetime=1h", "redis.pool.health-check-interval=30s",
                    "redis.pool.leak-detection-threshold=20s", "redis.pool.shutdown-timeout=1s",
                    "redis.pool.retry-attempts=3", "redis.pool.retry-on-timeout=true",
                    "redis.pool.multiplexed-connections=2")
            .run((context) -> {
                RedisClientConfig config = context.getBean(RedisClient.class).config();
                ConnectionConfig connection = config.connection();
                assertThat(connection.endpoint()).isEqualTo(new Endpoint.Tcp("redis.example.com", 6380));
                assertThat(connection.database()).isEqualTo(3);
                assertThat(connection.username()).isEqualTo("app");
                assertThat(connection.password()).isEqualTo(PASSWORD);
                assertThat(connection.clientName()).isEqualTo("orders");
                assertThat(connection.connectTimeout()).isEqualTo(Duration.ofMillis(750));
                assertThat(connection.socketTimeout()).isEqualTo(Duration.ofSeconds(3));
                assertThat(connection.tcpNoDelay()).isFalse();
                assertThat(connection.keepAlive())
                    .isEqualTo(new KeepAlive(true, Duration.ofSeconds(60), Duration.ofSeconds(10), 4));
                PoolConfig pool = config.pool();
                assertThat(pool.name()).isEqualTo("redisClient");
                assertThat(pool.maxConnections()).isEqualTo(8);
                assertThat(pool.maxWait()).isEqualTo(Duration.ofMillis(250));
                assertThat(pool.minIdle()).isEqualTo(2);
                assertThat(pool.idleTimeout()).isEqualTo(Duration.ofMinutes(5));
                assertThat(pool.maxLifetime()).isEqualTo(Duration.ofHours(1));
                assertThat(pool.healthCheckInterval()).isEqualTo(Duration.ofSeconds(30));
                assertThat(pool.leakDetectionThreshold()).isEqualTo(Duration.ofSeconds(20));
                assertThat(pool.shutdownTimeout()).isEqualTo(Duration.ofSeconds(1));
                assertThat(config.retry().attempts()).isEqualTo(3);
                assertThat(config.retry().onTimeout()).isTrue();
                assertThat(config.multiplexing().connections()).isEqualTo(2);
            });
    }

    @Test
    void bindsSocketKeepaliveOff() {
        this.runner.withPropertyValues("redis.pool.socket-keepalive=false")
            .run((context) -> assertThat(context.getBean(RedisClient.class).config().connection().keepAlive())
                .isEqualTo(KeepAlive.DISABLED));
    }

    @Test
    void bindsUnixSocket() {
        this.runner.withPropertyValues("redis.pool.unix-socket=/run/redis/redis.sock")
            .run((context) -> assertThat(context.getBean(RedisClient.class).config().connection().endpoint())
                .isEqualTo(new Endpoint.UnixSocket(Path.of("/run/redis/redis.sock"))));
    }

    @Test
    void bindsUrlWhichWinsOverHostPortDatabaseUsernameAndPassword() {
        this.runner
            .withPropertyValues("redis.pool.url=redis://app:" + PASSWORD + "@cache.example.com:6390/5",
                    "redis.pool.host=ignored.example.com", "redis.pool.port=7000", "redis.pool.database=1",
                    "redis.pool.username=ignored", "redis.pool.password=ignored")
            .run((context) -> {
                ConnectionConfig connection = context.getBean(RedisClient.class).config().connection();
                assertThat(connection.endpoint()).isEqualTo(new Endpoint.Tcp("cache.example.com", 6390));
                assertThat(connection.database()).isEqualTo(5);
                assertThat(connection.username()).isEqualTo("app");
                assertThat(connection.password()).isEqualTo(PASSWORD);
            });
    }

    @Test
    void bindsRelaxedNames() {
        this.runner.withPropertyValues("redis.pool.maxConnections=9", "redis.pool.min_idle=2").run((context) -> {
            PoolConfig pool = context.getBean(RedisClient.class).config().pool();
            assertThat(pool.maxConnections()).isEqualTo(9);
            assertThat(pool.minIdle()).isEqualTo(2);
        });
    }

    @Test
    void clientTalksToRedisWithPasswordFromProperties() {
        this.runner
            .withPropertyValues("redis.pool.port=" + redis.server().port(), "redis.pool.host=" + redis.server().host(),
                    "redis.pool.password=" + PASSWORD)
            .run((context) -> {
                RedisClient client = context.getBean(RedisClient.class);
                client.commands().set("greeting", "hello");
                assertThat(client.commands().get("greeting")).isEqualTo("hello");
            });
    }

    @Test
    void protocolThreeSpeaksResp3AndTheDefaultStaysResp2() {
        this.runner
            .withPropertyValues("redis.pool.port=" + redis.server().port(), "redis.pool.host=" + redis.server().host(),
                    "redis.pool.password=" + PASSWORD, "redis.pool.protocol=3")
            .run((context) -> {
                RedisClient client = context.getBean(RedisClient.class);
                assertThat(client.config().connection().protocol()).isEqualTo(3);
                assertThat(client.execute("CLIENT", "INFO").toString()).contains("resp=3");
            });
        this.runner.run((context) -> assertThat(context.getBean(RedisClient.class).config().connection().protocol())
            .isEqualTo(2));
    }

    @Test
    void userDefinedClientMakesAutoConfigurationBackOff() {
        this.runner.withUserConfiguration(UserClientConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(RedisClient.class).hasBean("myClient").doesNotHaveBean("redisClient");
            assertThat(context.getBean(RedisClient.class).config().pool().name()).isEqualTo("mine");
        });
    }

    @Test
    void customizersAreAppliedInOrderAfterTheProperties() {
        this.runner.withUserConfiguration(CustomizerConfiguration.class)
            .withPropertyValues("redis.pool.max-connections=8", "redis.pool.client-name=from-properties")
            .run((context) -> {
                RedisClientConfig config = context.getBean(RedisClient.class).config();
                assertThat(config.pool().maxConnections()).isEqualTo(8);
                assertThat(config.connection().clientName()).isEqualTo("second");
                assertThat(config.connection().charset()).isEqualTo(StandardCharsets.ISO_8859_1);
            });
    }

    @Test
    void enabledFalseCreatesNoClient() {
        this.runner.withPropertyValues("redis.pool.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(RedisClient.class)
                .doesNotHaveBean(RedisPoolProperties.class));
    }

    @Test
    void withoutTheCoreOnTheClassPathCreatesNoClient() {
        this.runner.withClassLoader(new FilteredClassLoader(RedisClient.class))
            .run((context) -> assertThat(context).doesNotHaveBean("redisClient"));
    }

    @Test
    void closingTheContextClosesTheClient() {
        AtomicReference<RedisClient> client = new AtomicReference<>();
        this.runner.run((context) -> client.set(context.getBean(RedisClient.class)));
        assertThat(client.get().pool().isClosed()).isTrue();
    }

    @Test
    void shutdownTimeoutBoundsTheWaitForConnectionsInUse() {
        AtomicReference<RedisClient> client = new AtomicReference<>();
        long[] closeMillis = new long[1];
        this.runner
            .withPropertyValues("redis.pool.port=" + redis.server().port(), "redis.pool.host=" + redis.server().host(),
                    "redis.pool.password=" + PASSWORD, "redis.pool.shutdown-timeout=300ms",
                    "redis.pool.socket-timeout=5s")
            .run((context) -> {
                client.set(context.getBean(RedisClient.class));
                Thread holder = new Thread(() -> {
                    try {
                        client.get().execute("BLPOP", "never-pushed", "3");
                    }
                    catch (RuntimeException ex) {
                        // Expected: the pool closes the connection under it.
                    }
                });
                holder.start();
                await().atMost(Duration.ofSeconds(2)).until(() -> client.get().pool().stats().inUse() == 1);
                long start = System.nanoTime();
                context.close();
                closeMillis[0] = Duration.ofNanos(System.nanoTime() - start).toMillis();
                holder.join(5000);
            });
        assertThat(client.get().pool().isClosed()).isTrue();
        assertThat(closeMillis[0]).isBetween(250L, 2500L);
    }

    @Test
    void toStringOfClientAndConfigNeverShowsThePassword() {
        this.runner.withPropertyValues("redis.pool.password=" + PASSWORD).run((context) -> {
            RedisClient client = context.getBean(RedisClient.class);
            assertThat(client.toString()).doesNotContain(PASSWORD);
            assertThat(client.config().toString()).doesNotContain(PASSWORD);
            assertThat(context.getBean(RedisPoolProperties.class).toString()).doesNotContain(PASSWORD);
        });
        this.runner.withPropertyValues("redis.pool.url=redis://app:" + PASSWORD + "@localhost:6379").run((context) -> {
            RedisClient client = context.getBean(RedisClient.class);
            assertThat(client.toString()).doesNotContain(PASSWORD);
            assertThat(client.config().toString()).doesNotContain(PASSWORD);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserClientConfiguration {

        @Bean
        RedisClient myClient() {
            return RedisClient.create(RedisClientConfig.builder().poolName("mine").build());
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizerConfiguration {

        @Bean
        @Order(2)
        RedisClientConfigBuilderCustomizer second() {
            return (builder) -> builder.clientName("second");
        }

        @Bean
        @Order(1)
        RedisClientConfigBuilderCustomizer first() {
            return (builder) -> builder.clientName("first").charset(StandardCharsets.ISO_8859_1);
        }

    }

}
