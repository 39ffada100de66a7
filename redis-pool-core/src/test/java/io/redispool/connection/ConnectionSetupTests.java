package io.redispool.connection;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static io.redispool.pool.PoolAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.redispool.RedisAuthenticationException;
import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisConnectionException;
import io.redispool.RedisServerException;
import io.redispool.launcher.RedisServer;
import io.redispool.testing.RedisServerExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Opening and setting up connections against real servers: AUTH, ACL users, SELECT,
 * CLIENT SETNAME, unix sockets, and each way it can fail.
 */
class ConnectionSetupTests {

    private static final String PASSWORD = "s3cret-pa55";

    @RegisterExtension
    static final RedisServerExtension secured = RedisServerExtension
        .create((builder) -> builder.setting("requirepass", PASSWORD)
            .setting("user", "app", "on", ">app-pa55", "~*", "+@all")
            .unixSocket(true));

    private static RedisClientConfig.Builder config() {
        return RedisClientConfig.builder().host(secured.server().host()).port(secured.server().port());
    }

    @Test
    void passwordAuthenticatesAndSelectsDatabase() {
        try (RedisClient client = RedisClient.create(config().password(PASSWORD).database(3).build())) {
            client.commands().set("in-three", "yes");
            assertThat(client.execute("CLIENT", "INFO").toString()).contains("db=3");
        }
        try (RedisClient client = RedisClient.create(config().password(PASSWORD).build())) {
            assertThat(client.commands().get("in-three")).isNull();
        }
    }

    @Test
    void aclUserAuthenticatesWithUsernameAndPassword() {
        try (RedisClient client = RedisClient.create(config().username("app").password("app-pa55").build())) {
            assertThat(client.execute("ACL", "WHOAMI")).isEqualTo("app");
        }
    }

    @Test
    void urlCredentialsAuthenticate() {
        String url = "redis://app:app-pa55@127.0.0.1:" + secured.server().port() + "/2";
        try (RedisClient client = RedisClient.create(url)) {
            assertThat(client.execute("ACL", "WHOAMI")).isEqualTo("app");
            assertThat(client.execute("CLIENT", "INFO").toString()).contains("db=2");
        }
    }

    @Test
    void clientNameIsSetOnConnect() {
        try (RedisClient client = RedisClient.create(config().password(PASSWORD).clientName("orders-api").build())) {
            assertThat(client.execute("CLIENT", "GETNAME")).isEqualTo("orders-api");
        }
    }

    @Test
    void wrongPasswordIsAnAuthenticationErrorThatLeaksNoSlot() {
        try (RedisClient client = RedisClient.create(config().password("wrong").maxConnections(1).build())) {
            for (int i = 0; i < 3; i++) {
                assertThatExceptionOfType(RedisAuthenticationException.class).isThrownBy(() -> client.commands().ping())
                    .withMessageContaining("user 'default'")
                    .withMessageContaining("'password'")
                    .withMessageContaining("WRONGPASS")
                    .withMessageNotContaining("wrong");
            }
            assertAtRest(client.pool());
            assertThat(client.pool().stats().open()).isZero();
            assertThat(client.pool().stats().tooManyConnections()).isZero();
        }
    }

    @Test
    void refusedCredentialsAreNotTriedAgainUntilTheBackoffEnds() throws InterruptedException {
        try (RedisClient client = RedisClient.create(config().password("wrong").build());
                RedisClient admin = RedisClient.create(config().password(PASSWORD).build())) {
            long before = connectionsReceived(admin);
            assertThatExceptionOfType(RedisAuthenticationException.class).isThrownBy(() -> client.commands().ping());
            for (int i = 0; i < 20; i++) {
                assertThatExceptionOfType(RedisAuthenticationException.class).isThrownBy(() -> client.commands().ping())
                    .withMessageContaining("no new attempt for another")
                    .withMessageContaining("WRONGPASS");
            }
            assertThat(connectionsReceived(admin) - before).isEqualTo(1);
            Thread.sleep(150);
            assertThatExceptionOfType(RedisAuthenticationException.class).isThrownBy(() -> client.commands().ping())
                .withMessageNotContaining("no new attempt");
            assertThat(connectionsReceived(admin) - before).isEqualTo(2);
            assertAtRest(client.pool());
        }
    }

    private static long connectionsReceived(RedisClient admin) {
        String stats = admin.commands().info("stats");
        return stats.lines()
            .filter((line) -> line.startsWith("total_connections_received:"))
            .mapToLong((line) -> Long.parseLong(line.substring(line.indexOf(':') + 1).trim()))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void wrongAclPasswordNamesTheUser() {
        try (RedisClient client = RedisClient.create(config().username("app").password("nope").build())) {
            assertThatExceptionOfType(RedisAuthenticationException.class).isThrownBy(() -> client.commands().ping())
                .withMessageContaining("user 'app'");
        }
    }

    @Test
    void missingPasswordOnSecuredServerSaysToSetOne() {
        try (RedisClient client = RedisClient.create(config().database(1).build())) {
            assertThatExceptionOfType(RedisAuthenticationException.class).isThrownBy(() -> client.commands().ping())
                .withMessageContaining("requires authentication")
                .withMessageContaining("'password'");
        }
    }

    @Test
    void unknownDatabaseIsAServerErrorNamingTheProperty() {
        try (RedisClient client = RedisClient.create(config().password(PASSWORD).database(99).build())) {
            assertThatExceptionOfType(RedisServerException.class).isThrownBy(() -> client.commands().ping())
                .withMessageContaining("SELECT 99")
                .withMessageContaining("'database'")
                .withMessageContaining("DB index is out of range");
            assertAtRest(client.pool());
            assertThat(client.pool().stats().open()).isZero();
        }
    }

    @Test
    void unixSocketCarriesCommands() {
        RedisServer server = secured.server();
        RedisClientConfig config = RedisClientConfig.builder()
            .unixSocket(server.unixSocketPath().orElseThrow())
            .password(PASSWORD)
            .build();
        try (RedisClient client = RedisClient.create(config)) {
            client.commands().set("via-unix", "yes");
            assertThat(client.commands().get("via-unix")).isEqualTo("yes");
            assertThat(client.execute("CLIENT", "INFO").toString()).contains("laddr=" + server.unixSocketPath().get());
        }
    }

    @Test
    void unixSocketUrlCarriesCommands() {
        String url = "unix://" + secured.server().unixSocketPath().orElseThrow() + "?db=4";
        RedisClientConfig config = RedisClientConfig.builder().url(url).password("ignored: url wins").build();
        assertThat(config.connection().password()).isNull();
        assertThat(config.connection().database()).isEqualTo(4);
    }

    @Test
    void unixSocketReadTimesOut() {
        RedisClientConfig config = RedisClientConfig.builder()
            .unixSocket(secured.server().unixSocketPath().orElseThrow())
            .password(PASSWORD)
            .socketTimeout(Duration.ofMillis(200))
            .retryAttempts(0)
            .build();
        try (RedisClient client = RedisClient.create(config)) {
            // A paused server answers nothing; a blocking command would extend the
            // timeout instead.
            client.execute("CLIENT", "PAUSE", "600");
            assertThatExceptionOfType(io.redispool.RedisTimeoutException.class)
                .isThrownBy(() -> client.commands().ping())
                .withMessageContaining("socket-timeout");
            eventually(() -> pings(client), "the pause ended and PING answers");
        }
    }

    @Test
    void keepAliveTimingsAreAccepted() {
        RedisClientConfig config = config().password(PASSWORD)
            .keepAlive(new KeepAlive(true, Duration.ofSeconds(30), Duration.ofSeconds(5), 3))
            .build();
        try (RedisClient client = RedisClient.create(config)) {
            assertThat(client.commands().ping()).isEqualTo("PONG");
        }
    }

    @Test
    void refusedConnectionCertainlyNeverReachedServer() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (RedisClient client = RedisClient.create(RedisClientConfig.builder().port(port).build())) {
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.commands().ping())
                .withMessageContaining("Could not connect to localhost:" + port)
                .satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isFalse());
            assertAtRest(client.pool());
        }
    }

    @Test
    void unknownHostNamesTheHostProperty() {
        try (RedisClient client = RedisClient
            .create(RedisClientConfig.builder().host("no-such-host.invalid").build())) {
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.commands().ping())
                .withMessageContaining("Unknown host 'no-such-host.invalid'")
                .withMessageContaining("'host'");
        }
    }

    private static boolean pings(RedisClient client) {
        try {
            return "PONG".equals(client.commands().ping());
        }
        catch (io.redispool.RedisException ex) {
            // Paused: a timeout, or a new connection's setup timing out.
            return false;
        }
    }

}
