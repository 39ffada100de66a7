package io.redispool.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.redispool.RedisAuthenticationException;
import io.redispool.RedisClient;
import io.redispool.RedisClientConfig;
import io.redispool.RedisException;
import io.redispool.RedisUrl;
import io.redispool.testing.FaultProxy;
import io.redispool.testing.FaultProxy.Direction;
import io.redispool.testing.RedisServerExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Passwords never show: not in exception messages or their causes, not in any
 * {@code toString}, not in anything logged on the {@code io.redispool} loggers at any
 * level, whatever fails: wrong credentials, refused or reset connections, timeouts,
 * malformed URLs.
 */
class CredentialHygieneTests {

    private static final String PASSWORD = "Default-S3cret-Pass";

    private static final String USER_PASSWORD = "p@ss:w/rd-Us3r-S3cret";

    private static final String WRONG_PASSWORD = "Wr0ng-Guess-S3cret";

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension
        .create((server) -> server.setting("requirepass", PASSWORD)
            .setting("user", "app", "on", ">" + USER_PASSWORD, "~*", "+@all"));

    private final List<String> seen = new ArrayList<>();

    @Test
    void secretsNeverShowInMessagesToStringsOrLogsWhateverFails() {
        try (LogCapture logs = LogCapture.start()) {
            workingClientUnderFaults((config) -> config.password(PASSWORD));
            workingClientUnderFaults((config) -> config.username("app").password(USER_PASSWORD));
            wrongCredentials();
            urls();
            this.seen.add(logs.text());
            assertThat(logs.at(Level.WARNING)).as("warnings logged").isNotEmpty();
            assertThat(logs.at(Level.FINE)).as("debug records logged").isNotEmpty();
        }
        assertThat(this.seen).isNotEmpty().allSatisfy(CredentialHygieneTests::assertNoSecret);
    }

    private void workingClientUnderFaults(UnaryOperator<RedisClientConfig.Builder> credentials) {
        try (ProxiedClient proxied = ProxiedClient.create(redis.server(),
                (config) -> credentials.apply(config)
                    .clientName("hygiene")
                    .socketTimeout(Duration.ofMillis(200))
                    .connectTimeout(Duration.ofMillis(200))
                    .leakDetectionThreshold(Duration.ofMillis(50)))) {
            RedisClient client = proxied.client();
            FaultProxy proxy = proxied.proxy();
            assertThat(client.commands().ping()).isEqualTo("PONG");
            describe(client, client.config(), client.config().connection(), client.pool(), proxy);
            proxy.latency(Direction.TO_CLIENT, Duration.ofMillis(150));
            assertThat(client.commands().ping()).isEqualTo("PONG");
            proxy.clear().reset(Direction.TO_CLIENT);
            failure(() -> client.commands().get("k"));
            proxy.clear().stall(Direction.TO_CLIENT);
            failure(() -> client.commands().get("k"));
            failure(client::probe);
            proxy.clear().refuse();
            failure(() -> client.commands().get("k"));
            failure(client::probe);
            proxy.clear();
            assertThat(client.commands().ping()).isEqualTo("PONG");
        }
    }

    private void wrongCredentials() {
        for (RedisClientConfig config : List.of(
                RedisClientConfig.builder().port(redis.server().port()).password(WRONG_PASSWORD).build(),
                RedisClientConfig.builder()
                    .port(redis.server().port())
                    .username("app")
                    .password(WRONG_PASSWORD)
                    .build(),
                RedisClientConfig.builder().port(redis.server().port()).build())) {
            try (RedisClient client = RedisClient.create(config)) {
                describe(client, config);
                assertThat(failure(() -> client.commands().ping())).isInstanceOf(RedisAuthenticationException.class);
                assertThat(failure(client::probe)).isInstanceOf(RedisAuthenticationException.class);
            }
        }
    }

    private void urls() {
        String encoded = URLEncoder.encode(USER_PASSWORD, StandardCharsets.UTF_8);
        String working = "redis://app:" + encoded + "@127.0.0.1:" + redis.server().port();
        describe(RedisUrl.parse(working));
        try (RedisClient client = RedisClient.create(working)) {
            assertThat(client.commands().ping()).isEqualTo("PONG");
            describe(client, client.config());
        }
        try (RedisClient unreachable = RedisClient.create("redis://app:" + encoded + "@127.0.0.1:1")) {
            failure(() -> unreachable.commands().ping());
        }
        failure(() -> RedisClient.create("redis://app:" + encoded + "@127.0.0.1:notaport"));
        failure(() -> RedisClient.create("redis://app:" + USER_PASSWORD + "@127.0.0.1:6379/notadb"));
        failure(() -> RedisClient.create("redis://:" + PASSWORD + "@:6379"));
        failure(() -> RedisClient.create("redis://:" + PASSWORD + "@127.0.0.1:6379?db=x"));
    }

    @Test
    void malformedUrlsDoNotEchoTheirPasswords() {
        for (String url : List.of("rediss:/:" + PASSWORD + "@127.0.0.1", "redis//:" + PASSWORD + "@127.0.0.1",
                "redis:" + PASSWORD + "@127.0.0.1", "http://:" + PASSWORD + "@127.0.0.1")) {
            failure(() -> RedisClient.create(url));
        }
        assertThat(this.seen).hasSize(8).allSatisfy(CredentialHygieneTests::assertNoSecret);
    }

    private Throwable failure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOfAny(RedisException.class, IllegalArgumentException.class,
                IllegalStateException.class);
        this.seen.add(thrown.toString());
        this.seen.add(LogCapture.stackTrace(thrown));
        return thrown;
    }

    private void describe(Object... objects) {
        for (Object object : objects) {
            this.seen.add(String.valueOf(object));
        }
    }

    private static void assertNoSecret(String text) {
        for (String secret : List.of(PASSWORD, USER_PASSWORD, WRONG_PASSWORD,
                URLEncoder.encode(USER_PASSWORD, StandardCharsets.UTF_8))) {
            assertThat(text).doesNotContain(secret);
        }
    }

}
