package io.redispool.spring.autoconfigure.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.connection.Endpoint;
import io.redispool.spring.autoconfigure.RedisClientConfigBuilderCustomizer;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.launcher.RedisServer;
import io.redispool.testing.RedisServerExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class RedisDevServerAutoConfigurationTests {

    private static final String PASSWORD = "s3cret-Pa55";

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension
        .create((builder) -> builder.setting("requirepass", PASSWORD));

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(RedisDevServerAutoConfiguration.class, RedisPoolAutoConfiguration.class));

    @Test
    void isOffByDefault() {
        this.runner.withPropertyValues("redis.pool.port=" + unusedPort()).run((context) -> {
            assertThat(context).doesNotHaveBean(RedisDevServer.class).hasSingleBean(RedisClient.class);
            assertThat(endpoint(context.getBean(RedisClient.class))).isInstanceOf(Endpoint.Tcp.class);
        });
    }

    @Test
    void configuredServerThatAnswersIsUsedAndNoDevServerStarts(CapturedOutput output) {
        int port = redis.server().port();
        this.runner
            .withPropertyValues("redis.pool.dev-server.enabled=true", "redis.pool.host=127.0.0.1",
                    "redis.pool.port=" + port, "redis.pool.password=" + PASSWORD)
            .run((context) -> {
                assertThat(context.getBean(RedisDevServer.class).server()).isEmpty();
                RedisClient client = context.getBean(RedisClient.class);
                assertThat(endpoint(client)).isEqualTo(new Endpoint.Tcp("127.0.0.1", port));
                assertThat(client.config().connection().password()).isEqualTo(PASSWORD);
                assertThat(serverPort(client)).isEqualTo(port);
            });
        assertThat(output).contains("A Redis answered at 127.0.0.1:" + port + "; no dev redis-server started")
            .doesNotContain("Started a dev redis-server");
    }

    @Test
    void nothingListeningStartsDevServerThatTheClientUsesAndThatStopsWithTheContext(CapturedOutput output) {
        int unused = unusedPort();
        AtomicReference<RedisServer> started = new AtomicReference<>();
        this.runner
            .withPropertyValues("redis.pool.dev-server.enabled=true", "redis.pool.host=127.0.0.1",
                    "redis.pool.port=" + unused, "redis.pool.password=not-for-the-dev-server", "redis.pool.database=3")
            .run((context) -> {
                RedisServer server = context.getBean(RedisDevServer.class).server().orElseThrow();
                started.set(server);
                assertThat(server.isRunning()).isTrue();
                RedisClient client = context.getBean(RedisClient.class);
                assertThat(endpoint(client)).isEqualTo(new Endpoint.Tcp("127.0.0.1", server.port()));
                assertThat(client.config().connection().password()).isNull();
                assertThat(client.config().connection().database()).isEqualTo(3);
                assertThat(client.commands().incr("visits")).isEqualTo(1);
                assertThat(serverPort(client)).isEqualTo(server.port());
                assertThat(output).contains(
                        "Started a dev redis-server " + server.version() + " on 127.0.0.1:" + server.port() + " (pid "
                                + server.pid().orElseThrow() + ") because nothing answered at 127.0.0.1:" + unused);
            });
        RedisServer server = started.get();
        assertThat(server.isRunning()).isFalse();
        assertThat(server.pid()).isEmpty();
        assertThat(output).contains("Stopped the dev redis-server on 127.0.0.1:" + server.port());
    }

    @Test
    void processOfTheDevServerIsGoneAfterTheContextCloses() {
        AtomicReference<Long> pid = new AtomicReference<>();
        this.runner.withPropertyValues("redis.pool.dev-server.enabled=true", "redis.pool.port=" + unusedPort())
            .run((context) -> pid
                .set(context.getBean(RedisDevServer.class).server().orElseThrow().pid().orElseThrow()));
        assertThat(ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void clientsCloseBeforeTheDevServerStops() {
        this.runner.withPropertyValues("redis.pool.dev-server.enabled=true", "redis.pool.port=" + unusedPort())
            .run((context) -> assertThat(context.getBeanFactory().getBeanDefinition("redisClient").getDependsOn())
                .contains("redisDevServer"));
    }

    @Test
    void urlIsTheAddressThatIsProbed() {
        int port = redis.server().port();
        this.runner
            .withPropertyValues("redis.pool.dev-server.enabled=true", "redis.pool.port=" + unusedPort(),
                    "redis.pool.url=redis://:" + PASSWORD + "@127.0.0.1:" + port + "/2")
            .run((context) -> {
                assertThat(context.getBean(RedisDevServer.class).server()).isEmpty();
                assertThat(serverPort(context.getBean(RedisClient.class))).isEqualTo(port);
            });
    }

    @Test
    void urlWhereNothingAnswersIsReplacedByTheDevServerKeepingItsDatabase() {
        this.runner
            .withPropertyValues("redis.pool.dev-server.enabled=true",
                    "redis.pool.url=redis://:secret@127.0.0.1:" + unusedPort() + "/5")
            .run((context) -> {
                RedisServer server = context.getBean(RedisDevServer.class).server().orElseThrow();
                RedisClient client = context.getBean(RedisClient.class);
                assertThat(endpoint(client)).isEqualTo(new Endpoint.Tcp("127.0.0.1", server.port()));
                assertThat(client.config().connection().database()).isEqualTo(5);
                assertThat(client.commands().ping()).isEqualTo("PONG");
            });
    }

    @Test
    void unixSocketIsTheAddressThatIsProbed() {
        try (RedisServer socketServer = RedisServer.builder().unixSocket(true).start()) {
            this.runner
                .withPropertyValues("redis.pool.dev-server.enabled=true",
                        "redis.pool.unix-socket=" + socketServer.unixSocketPath().orElseThrow())
                .run((context) -> {
                    assertThat(context.getBean(RedisDevServer.class).server()).isEmpty();
                    assertThat(serverPort(context.getBean(RedisClient.class))).isEqualTo(socketServer.port());
                });
        }
    }

    @Test
    void listenerThatNeverRepliesCountsAsNothingAnsweringAndIsGivenUpOnQuickly(CapturedOutput output)
            throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            this.runner
                .withPropertyValues("redis.pool.dev-server.enabled=true", "redis.pool.host=127.0.0.1",
                        "redis.pool.port=" + silent.getLocalPort())
                .run((context) -> assertThat(context.getBean(RedisDevServer.class).server()).isPresent());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(output).contains("because nothing answered at 127.0.0.1:" + silent.getLocalPort()
                    + " (no reply to PING within 500ms)");
        }
    }

    @Test
    void withoutRedisPoolLauncherNothingStarts() {
        this.runner.withClassLoader(new FilteredClassLoader("io.redispool.launcher"))
            .withPropertyValues("redis.pool.dev-server.enabled=true", "redis.pool.port=" + unusedPort())
            .run((context) -> {
                assertThat(context).doesNotHaveBean(RedisDevServer.class).hasSingleBean(RedisClient.class);
                assertThat(context).doesNotHaveBean(RedisClientConfigBuilderCustomizer.class);
            });
    }

    @Test
    void ownClientStartsNothing() {
        this.runner.withUserConfiguration(OwnClient.class)
            .withPropertyValues("redis.pool.dev-server.enabled=true", "redis.pool.port=" + unusedPort())
            .run((context) -> assertThat(context).doesNotHaveBean(RedisDevServer.class).hasBean("ownClient"));
    }

    @Test
    void disabledStarterStartsNothing() {
        this.runner
            .withPropertyValues("redis.pool.enabled=false", "redis.pool.dev-server.enabled=true",
                    "redis.pool.port=" + unusedPort())
            .run((context) -> assertThat(context).doesNotHaveBean(RedisDevServer.class)
                .doesNotHaveBean(RedisClient.class));
    }

    private static Endpoint endpoint(RedisClient client) {
        return client.config().connection().endpoint();
    }

    /** The port of the server the client really talks to, as that server reports it. */
    private static int serverPort(RedisClient client) {
        String info = client.commands().info("server");
        return info.lines()
            .filter((line) -> line.startsWith("tcp_port:"))
            .map((line) -> Integer.parseInt(line.substring("tcp_port:".length()).strip()))
            .findFirst()
            .orElseThrow();
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {

        @Bean(destroyMethod = "close")
        RedisClient ownClient() {
            return RedisClient.create("redis://127.0.0.1:" + unusedPort());
        }

    }

}
