package io.redispool.spring.autoconfigure.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.connection.Endpoint;
import io.redispool.launcher.LocalRedisCluster;
import io.redispool.launcher.RedisServer;
import io.redispool.spring.autoconfigure.InvalidRedisPoolPropertyException;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.testing.RedisServerExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * The dev server as a small Redis Cluster: {@code redis.pool.dev-server.cluster.*}, or a
 * cluster client ({@code redis.pool.cluster.nodes}) where nothing answers.
 */
@ExtendWith(OutputCaptureExtension.class)
class RedisDevClusterAutoConfigurationTests {

    private static final int KEYS = 60;

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create((builder) -> {
    });

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(
                AutoConfigurations.of(RedisDevServerAutoConfiguration.class, RedisPoolAutoConfiguration.class))
        .withPropertyValues("redis.pool.dev-server.enabled=true", "redis.pool.port=" + unusedPort());

    @Test
    void mastersStartAClusterWhoseMastersTheClientRoutesAcrossAndThatStopsWithTheContext(CapturedOutput output) {
        AtomicReference<List<RedisServer>> nodes = new AtomicReference<>();
        this.runner.withPropertyValues("redis.pool.dev-server.cluster.masters=3").run((context) -> {
            RedisDevServer devServer = context.getBean(RedisDevServer.class);
            assertThat(devServer.server()).isEmpty();
            LocalRedisCluster cluster = devServer.cluster().orElseThrow();
            nodes.set(cluster.nodes());
            assertThat(cluster.masters()).hasSize(3);
            RedisClient client = context.getBean(RedisClient.class);
            assertThat(client.config().cluster().seeds()).containsExactlyElementsOf(
                    cluster.nodes().stream().map((node) -> new Endpoint.Tcp(node.host(), node.port())).toList());
            for (int i = 0; i < KEYS; i++) {
                client.commands().set("key:" + i, "value-" + i);
            }
            for (int i = 0; i < KEYS; i++) {
                assertThat(client.commands().get("key:" + i)).isEqualTo("value-" + i);
            }
            long total = 0;
            for (RedisServer master : cluster.masters()) {
                long keys = (Long) LocalRedisCluster.call(master, "DBSIZE");
                assertThat(keys).as("keys on master %s", master.url()).isPositive();
                total += keys;
            }
            assertThat(total).isEqualTo(KEYS);
            assertThat(output).containsPattern(
                    "Started a dev Redis Cluster of 3 masters with 0 replicas each in" + " \\d+ ms, redis-server ");
            assertThat(output).contains("ms, redis-server " + cluster.nodes().get(0).version() + " on "
                    + String.join(", ", cluster.nodeAddresses())
                    + ", because redis.pool.dev-server.cluster.masters is 3 and redis.pool.cluster.nodes is not set;"
                    + " it stops with the application");
        });
        assertThat(nodes.get()).hasSize(3).noneMatch(RedisServer::isRunning);
        assertThat(output).contains("Stopped the dev Redis Cluster on 127.0.0.1:" + nodes.get().get(0).port());
    }

    @Test
    void clusterNodesWhereNothingAnswersStartThreeMastersWithTheirReplicas(CapturedOutput output) {
        int unused = unusedPort();
        this.runner
            .withPropertyValues("redis.pool.cluster.nodes=127.0.0.1:" + unused,
                    "redis.pool.dev-server.cluster.replicas-per-master=1")
            .run((context) -> {
                LocalRedisCluster cluster = context.getBean(RedisDevServer.class).cluster().orElseThrow();
                assertThat(cluster.masters()).hasSize(3);
                assertThat(cluster.replicas()).hasSize(3);
                RedisClient client = context.getBean(RedisClient.class);
                assertThat(client.config().cluster().seeds()).hasSize(6)
                    .doesNotContain(new Endpoint.Tcp("127.0.0.1", unused));
                assertThat(client.commands().incr("{visits}:home")).isEqualTo(1);
                assertThat(output).contains("Started a dev Redis Cluster of 3 masters with 1 replicas each in ")
                    .contains("because nothing answered at 127.0.0.1:" + unused + " (");
            });
    }

    @Test
    void clusterNodeThatAnswersIsUsedAndNoClusterStarts(CapturedOutput output) {
        int port = redis.server().port();
        this.runner.withPropertyValues("redis.pool.cluster.nodes=127.0.0.1:" + port).run((context) -> {
            RedisDevServer devServer = context.getBean(RedisDevServer.class);
            assertThat(devServer.cluster()).isEmpty();
            assertThat(devServer.server()).isEmpty();
            assertThat(context.getBean(RedisClient.class).config().cluster().seeds())
                .containsExactly(new Endpoint.Tcp("127.0.0.1", port));
        });
        assertThat(output).contains("A Redis answered at 127.0.0.1:" + port + "; no dev Redis Cluster started");
    }

    @Test
    void negativeMastersFailWithThePropertyNamedAndTheFix() {
        this.runner.withPropertyValues("redis.pool.dev-server.cluster.masters=-1").run((context) -> {
            Throwable failure = context.getStartupFailure();
            assertThat(invalidProperty(failure))
                .hasMessage("'redis.pool.dev-server.cluster.masters' must be 0 (one server) or more but was -1");
            FailureAnalysis analysis = analyze(failure);
            assertThat(analysis.getDescription()).contains("Property: redis.pool.dev-server.cluster.masters",
                    "Value: \"-1\"");
            assertThat(analysis.getAction()).isEqualTo("Set 'redis.pool.dev-server.cluster.masters' to the number of"
                    + " masters of the dev cluster, such as 3, or remove it to start one redis-server.");
        });
    }

    @Test
    void sentinelMasterFailsStartupRatherThanStartAServerTheClientWouldIgnore() {
        this.runner
            .withPropertyValues("redis.pool.sentinel.master=mymaster", "redis.pool.sentinel.nodes=localhost:26379")
            .run((context) -> {
                Throwable failure = context.getStartupFailure();
                assertThat(invalidProperty(failure)).hasMessageStartingWith(
                        "'redis.pool.dev-server.enabled' is true but cannot start a Sentinel set-up, and"
                                + " 'redis.pool.sentinel.master' makes the client ask sentinels");
                FailureAnalysis analysis = analyze(failure);
                assertThat(analysis.getDescription()).contains("Property: redis.pool.sentinel.master",
                        "Value: \"mymaster\"");
                assertThat(analysis.getAction()).startsWith("Set 'redis.pool.dev-server.enabled' to false");
            });
    }

    @Test
    void negativeReplicasFailWithThePropertyNamed() {
        this.runner
            .withPropertyValues("redis.pool.dev-server.cluster.masters=3",
                    "redis.pool.dev-server.cluster.replicas-per-master=-2")
            .run((context) -> assertThat(invalidProperty(context.getStartupFailure()))
                .hasMessage("'redis.pool.dev-server.cluster.replicas-per-master' must be 0 or more but was -2"));
    }

    @Test
    void replicasWithoutAClusterFailAsAContradiction() {
        this.runner.withPropertyValues("redis.pool.dev-server.cluster.replicas-per-master=1").run((context) -> {
            Throwable failure = context.getStartupFailure();
            assertThat(invalidProperty(failure))
                .hasMessage("'redis.pool.dev-server.cluster.replicas-per-master' is 1 but"
                        + " 'redis.pool.dev-server.cluster.masters' is 0: replicas belong to the masters of a"
                        + " cluster");
            assertThat(analyze(failure).getAction())
                .startsWith("Set 'redis.pool.dev-server.cluster.masters' to 1 or more");
        });
    }

    private static InvalidRedisPoolPropertyException invalidProperty(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidRedisPoolPropertyException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("No InvalidRedisPoolPropertyException in " + failure, failure);
    }

    private static FailureAnalysis analyze(Throwable failure) {
        // Boot's own analyzers that need constructor arguments are skipped; ours needs
        // none.
        for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
            .load(FailureAnalyzer.class, null, (type, name, ex) -> {
            })) {
            FailureAnalysis analysis = analyzer.analyze(failure);
            if (analysis != null) {
                return analysis;
            }
        }
        throw new AssertionError("No FailureAnalyzer reported " + failure);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
