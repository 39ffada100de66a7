package io.redispool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.redispool.execution.RetryPolicy;
import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.Endpoint;
import io.redispool.connection.KeepAlive;
import io.redispool.pool.PoolConfig;
import io.redispool.protocol.RespLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedisClientConfigTests {

    private static final String SECRET = "s3cr3tPw";

    @Test
    void buildWithoutSettingsUsesDefaultConnection() {
        ConnectionConfig connection = RedisClientConfig.builder().build().connection();

        assertThat(connection.endpoint()).isEqualTo(new Endpoint.Tcp("localhost", 6379));
        assertThat(connection.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(connection.socketTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(connection.tcpNoDelay()).isTrue();
        assertThat(connection.keepAlive()).isEqualTo(KeepAlive.SYSTEM_DEFAULTS);
        assertThat(connection.username()).isNull();
        assertThat(connection.password()).isNull();
        assertThat(connection.database()).isZero();
        assertThat(connection.clientName()).isNull();
        assertThat(connection.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(connection.limits()).isEqualTo(RespLimits.DEFAULTS);
    }

    @Test
    void buildWithoutSettingsUsesDefaultPool() {
        PoolConfig pool = RedisClientConfig.builder().build().pool();

        assertThat(pool.name()).isEqualTo("redis-pool");
        assertThat(pool.maxConnections()).isEqualTo(32);
        assertThat(pool.maxWait()).isEqualTo(Duration.ofSeconds(2));
        assertThat(pool.minIdle()).isZero();
        assertThat(pool.idleTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(pool.maxLifetime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(pool.healthCheckInterval()).isEqualTo(Duration.ZERO);
        assertThat(pool.leakDetectionThreshold()).isEqualTo(Duration.ZERO);
        assertThat(pool.shutdownTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void buildWithoutSettingsRetriesOnceAndNotOnTimeout() {
        RetryPolicy retry = RedisClientConfig.builder().build().retry();

        assertThat(retry.attempts()).isEqualTo(1);
        assertThat(retry.onTimeout()).isFalse();
        assertThat(retry).isEqualTo(RetryPolicy.DEFAULT);
    }

    @Test
    void buildCarriesEverySetting() {
        KeepAlive keepAlive = new KeepAlive(true, Duration.ofSeconds(30), Duration.ofSeconds(5), 3);
        RespLimits limits = new RespLimits(1024, 100, 4, 256);
        RedisClientConfig config = RedisClientConfig.builder()
            .host("cache")
            .port(6380)
            .username("app")
            .password(SECRET)
            .database(4)
            .clientName("orders")
            .connectTimeout(Duration.ofMillis(300))
            .socketTimeout(Duration.ofMillis(700))
            .tcpNoDelay(false)
            .keepAlive(keepAlive)
            .charset(StandardCharsets.ISO_8859_1)
            .limits(limits)
            .poolName("orders-pool")
            .maxConnections(8)
            .maxWait(Duration.ofMillis(50))
            .minIdle(2)
            .idleTimeout(Duration.ofMinutes(1))
            .maxLifetime(Duration.ofMinutes(2))
            .healthCheckInterval(Duration.ofSeconds(30))
            .leakDetectionThreshold(Duration.ofSeconds(20))
            .shutdownTimeout(Duration.ofSeconds(1))
            .retryAttempts(3)
            .retryOnTimeout(true)
            .build();

        assertThat(config.connection()).isEqualTo(
                new ConnectionConfig(new Endpoint.Tcp("cache", 6380), Duration.ofMillis(300), Duration.ofMillis(700),
                        false, keepAlive, "app", SECRET, 4, "orders", StandardCharsets.ISO_8859_1, limits, null));
        assertThat(config.pool())
            .isEqualTo(new PoolConfig("orders-pool", 8, Duration.ofMillis(50), 2, Duration.ofMinutes(1),
                    Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofSeconds(1)));
        assertThat(config.retry()).isEqualTo(new RetryPolicy(3, true));
    }

    @Test
    void buildWithUnixSocketConnectsThroughIt() {
        RedisClientConfig config = RedisClientConfig.builder()
            .unixSocket(Path.of("/run/redis.sock"))
            .database(1)
            .build();

        assertThat(config.connection().endpoint()).isEqualTo(new Endpoint.UnixSocket(Path.of("/run/redis.sock")));
        assertThat(config.connection().database()).isEqualTo(1);
    }

    @Test
    void urlWinsOverHostPortDatabaseUsernameAndPassword() {
        ConnectionConfig connection = RedisClientConfig.builder()
            .host("ignored")
            .port(1111)
            .database(9)
            .username("other")
            .password("other-pw")
            .url("redis://app:" + SECRET + "@cache:6380/3")
            .build()
            .connection();

        assertThat(connection.endpoint()).isEqualTo(new Endpoint.Tcp("cache", 6380));
        assertThat(connection.database()).isEqualTo(3);
        assertThat(connection.username()).isEqualTo("app");
        assertThat(connection.password()).isEqualTo(SECRET);
    }

    @Test
    void urlWithoutCredentialsWinsOverBuilderCredentials() {
        ConnectionConfig connection = RedisClientConfig.builder()
            .username("other")
            .password("other-pw")
            .url("redis://cache")
            .build()
            .connection();

        assertThat(connection.username()).isNull();
        assertThat(connection.password()).isNull();
        assertThat(connection.database()).isZero();
    }

    @Test
    void urlWinsOverInvalidHostAndPort() {
        ConnectionConfig connection = RedisClientConfig.builder()
            .host("")
            .port(0)
            .url("redis://cache")
            .build()
            .connection();

        assertThat(connection.endpoint()).isEqualTo(new Endpoint.Tcp("cache", 6379));
    }

    @Test
    void urlOfUnixSocketConnectsThroughIt() {
        ConnectionConfig connection = RedisClientConfig.builder()
            .url("unix:///tmp/redis.sock?db=2")
            .build()
            .connection();

        assertThat(connection.endpoint()).isEqualTo(new Endpoint.UnixSocket(Path.of("/tmp/redis.sock")));
        assertThat(connection.database()).isEqualTo(2);
    }

    @Test
    void urlKeepsTimeoutsAndOtherConnectionSettings() {
        ConnectionConfig connection = RedisClientConfig.builder()
            .url("redis://cache")
            .clientName("svc")
            .socketTimeout(Duration.ofMillis(150))
            .build()
            .connection();

        assertThat(connection.clientName()).isEqualTo("svc");
        assertThat(connection.socketTimeout()).isEqualTo(Duration.ofMillis(150));
    }

    @Test
    void buildRejectsInvalidUrlNamingItWithoutPassword() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RedisClientConfig.builder().url("redis://:" + SECRET + "@cache/x").build())
            .withMessageStartingWith("'url' must look like")
            .withMessageNotContaining(SECRET);
    }

    @Test
    void buildRejectsUrlAndUnixSocketBothSet() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(
                    () -> RedisClientConfig.builder().url("redis://cache").unixSocket(Path.of("/tmp/r.sock")).build())
            .withMessage("'url' and 'unix-socket' are both set; set only one of them")
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("unix-socket"));
    }

    @ParameterizedTest
    @MethodSource("invalidSettings")
    void buildRejectsInvalidValueNamingPropertyLimitAndValue(String property,
            BiConsumer<RedisClientConfig.Builder, Object> setter, Object value, String message) {
        RedisClientConfig.Builder builder = RedisClientConfig.builder();
        setter.accept(builder, value);

        assertThatIllegalArgumentException().as(property).isThrownBy(builder::build).withMessage(message);
    }

    static Stream<Arguments> invalidSettings() {
        return Stream.of(
                invalid("max-connections", (b, v) -> b.maxConnections((int) v), 0,
                        "'max-connections' must be at least 1 but was 0"),
                invalid("max-connections", (b, v) -> b.maxConnections((int) v), -5,
                        "'max-connections' must be at least 1 but was -5"),
                invalid("min-idle", (b, v) -> b.minIdle((int) v), -1, "'min-idle' must be at least 0 but was -1"),
                invalid("port", (b, v) -> b.port((int) v), 0, "'port' must be between 1 and 65535 but was 0"),
                invalid("port", (b, v) -> b.port((int) v), 65536, "'port' must be between 1 and 65535 but was 65536"),
                invalid("port", (b, v) -> b.port((int) v), -1, "'port' must be between 1 and 65535 but was -1"),
                invalid("host", (b, v) -> b.host((String) v), "", "'host' must not be empty but was ''"),
                invalid("host", (b, v) -> b.host((String) v), "  ", "'host' must not be empty but was '  '"),
                invalid("database", (b, v) -> b.database((int) v), -1, "'database' must be at least 0 but was -1"),
                invalid("retry-attempts", (b, v) -> b.retryAttempts((int) v), -1,
                        "'retry-attempts' must be at least 0 but was -1"),
                invalid("client-name", (b, v) -> b.clientName((String) v), "my app",
                        "'client-name' must be non-empty without spaces or control characters but was 'my app'"),
                invalid("client-name", (b, v) -> b.clientName((String) v), "",
                        "'client-name' must be non-empty without spaces or control characters but was ''"),
                invalid("client-name", (b, v) -> b.clientName((String) v), "tab\there",
                        "'client-name' must be non-empty without spaces or control characters but was 'tab\there'"));
    }

    private static Arguments invalid(String property, BiConsumer<RedisClientConfig.Builder, Object> setter,
            Object value, String message) {
        return Arguments.of(property, setter, value, message);
    }

    @ParameterizedTest
    @MethodSource("durationProperties")
    void buildRejectsNegativeDurationNamingProperty(String property,
            BiConsumer<RedisClientConfig.Builder, Duration> setter) {
        RedisClientConfig.Builder builder = RedisClientConfig.builder();
        setter.accept(builder, Duration.ofMillis(-1));

        assertThatIllegalArgumentException().isThrownBy(builder::build)
            .withMessage("'" + property + "' must not be negative but was PT-0.001S");
    }

    @ParameterizedTest
    @MethodSource("durationProperties")
    void buildAcceptsZeroDuration(String property, BiConsumer<RedisClientConfig.Builder, Duration> setter) {
        RedisClientConfig.Builder builder = RedisClientConfig.builder();
        setter.accept(builder, Duration.ZERO);

        assertThat(builder.build()).as(property).isNotNull();
    }

    static Stream<Arguments> durationProperties() {
        return Stream.of(duration("connect-timeout", RedisClientConfig.Builder::connectTimeout),
                duration("socket-timeout", RedisClientConfig.Builder::socketTimeout),
                duration("max-wait", RedisClientConfig.Builder::maxWait),
                duration("idle-timeout", RedisClientConfig.Builder::idleTimeout),
                duration("max-lifetime", RedisClientConfig.Builder::maxLifetime),
                duration("health-check-interval", RedisClientConfig.Builder::healthCheckInterval),
                duration("leak-detection-threshold", RedisClientConfig.Builder::leakDetectionThreshold),
                duration("shutdown-timeout", RedisClientConfig.Builder::shutdownTimeout));
    }

    private static Arguments duration(String property, BiConsumer<RedisClientConfig.Builder, Duration> setter) {
        return Arguments.of(property, setter);
    }

    @Test
    void buildRejectsMinIdleAboveMaxConnectionsAsBadCombination() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder().maxConnections(4).minIdle(5).build())
            .withMessage("'min-idle' must not exceed 'max-connections' (4) but was 5")
            .satisfies((ex) -> {
                assertThat(ex.setting()).isEqualTo("min-idle");
                assertThat(ex.value()).isEqualTo("5");
                assertThat(ex.conflictsWith()).containsExactly("max-connections");
            });
    }

    @Test
    void buildAcceptsMinIdleEqualToMaxConnections() {
        assertThat(RedisClientConfig.builder().maxConnections(4).minIdle(4).build().pool().minIdle()).isEqualTo(4);
    }

    @Test
    void buildRejectsUsernameWithoutPassword() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder().username("app").build())
            .withMessage("'username' is set but 'password' is not; ACL users need both")
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("password"));
    }

    @Test
    void buildAcceptsPasswordWithoutUsername() {
        ConnectionConfig connection = RedisClientConfig.builder().password(SECRET).build().connection();

        assertThat(connection.username()).isNull();
        assertThat(connection.password()).isEqualTo(SECRET);
    }

    @Test
    void buildAcceptsRetryAttemptsOfZero() {
        assertThat(RedisClientConfig.builder().retryAttempts(0).build().retry().attempts()).isZero();
    }

    @Test
    void buildRejectsNullKeepAliveCharsetAndLimitsNamingThem() {
        assertThatExceptionOfType(NullPointerException.class)
            .isThrownBy(() -> RedisClientConfig.builder().keepAlive(null).build())
            .withMessage("keepAlive");
        assertThatExceptionOfType(NullPointerException.class)
            .isThrownBy(() -> RedisClientConfig.builder().charset(null).build())
            .withMessage("charset");
        assertThatExceptionOfType(NullPointerException.class)
            .isThrownBy(() -> RedisClientConfig.builder().limits(null).build())
            .withMessage("limits");
    }

    @Test
    void buildRejectsNullPoolDurationNamingProperty() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder().maxWait(null).build())
            .withMessage("'max-wait' must not be null");
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder().connectTimeout(null).build())
            .withMessage("'connect-timeout' must not be null");
    }

    @Test
    void buildRejectsBlankPoolName() {
        assertThatIllegalArgumentException().isThrownBy(() -> RedisClientConfig.builder().poolName(" ").build())
            .withMessage("'pool-name' must not be empty but was ' '");
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, 999 })
    void keepAliveRejectsSubSecondIdle(long millis) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new KeepAlive(true, Duration.ofMillis(millis), null, null))
            .withMessage("'keepalive.idle' must be at least 1s but was " + Duration.ofMillis(millis));
    }

    @Test
    void keepAliveRejectsFractionalSecondIdle() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KeepAlive(true, Duration.ofMillis(1500), null, null))
            .withMessageContaining("'keepalive.idle'");
    }

    @Test
    void keepAliveRejectsSubSecondInterval() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KeepAlive(true, null, Duration.ofMillis(500), null))
            .withMessage("'keepalive.interval' must be at least 1s but was PT0.5S");
    }

    @Test
    void keepAliveRejectsNegativeIdle() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KeepAlive(true, Duration.ofSeconds(-5), null, null))
            .withMessage("'keepalive.idle' must be at least 1s but was PT-5S");
    }

    @Test
    void keepAliveRejectsCountBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KeepAlive(true, null, null, 0))
            .withMessage("'keepalive.count' must be at least 1 but was 0");
    }

    @Test
    void keepAliveRejectsTimingsWhenDisabled() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> new KeepAlive(false, Duration.ofSeconds(30), null, null))
            .withMessage("'keepalive.idle' needs 'socket-keepalive' to be true")
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("socket-keepalive"));
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> new KeepAlive(false, null, Duration.ofSeconds(5), null))
            .withMessage("'keepalive.interval' needs 'socket-keepalive' to be true");
        assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> new KeepAlive(false, null, null, 3))
            .withMessage("'keepalive.count' needs 'socket-keepalive' to be true");
    }

    @Test
    void keepAliveAcceptsWholeSecondTimings() {
        KeepAlive keepAlive = new KeepAlive(true, Duration.ofSeconds(1), Duration.ofSeconds(2), 1);

        assertThat(keepAlive.idle()).isEqualTo(Duration.ofSeconds(1));
        assertThat(keepAlive.interval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(keepAlive.count()).isEqualTo(1);
        assertThat(KeepAlive.DISABLED.enabled()).isFalse();
    }

    @Test
    void connectionConfigToStringMasksPassword() {
        ConnectionConfig connection = RedisClientConfig.builder()
            .username("app")
            .password(SECRET)
            .clientName("svc")
            .build()
            .connection();

        assertThat(connection.toString()).doesNotContain(SECRET)
            .contains("password=****")
            .contains("username=app")
            .contains("clientName=svc")
            .contains("localhost:6379");
    }

    @Test
    void connectionConfigToStringShowsMissingPasswordAsNull() {
        assertThat(RedisClientConfig.builder().build().connection().toString()).contains("password=null");
    }

    @Test
    void clientConfigToStringNeverContainsPasswordFromBuilderOrUrl() {
        RedisClientConfig fromBuilder = RedisClientConfig.builder().username("app").password(SECRET).build();
        RedisClientConfig fromUrl = RedisClientConfig.builder().url("redis://app:" + SECRET + "@cache:6380/1").build();

        assertThat(fromBuilder.toString()).doesNotContain(SECRET).contains("password=****");
        assertThat(fromUrl.toString()).doesNotContain(SECRET).contains("password=****").contains("cache:6380");
    }

    @Test
    void clientConfigRejectsNullParts() {
        RedisClientConfig valid = RedisClientConfig.builder().build();

        assertThatExceptionOfType(NullPointerException.class)
            .isThrownBy(() -> new RedisClientConfig(null, valid.pool(), valid.retry()))
            .withMessage("connection");
        assertThatExceptionOfType(NullPointerException.class)
            .isThrownBy(() -> new RedisClientConfig(valid.connection(), null, valid.retry()))
            .withMessage("pool");
        assertThatExceptionOfType(NullPointerException.class)
            .isThrownBy(() -> new RedisClientConfig(valid.connection(), valid.pool(), null))
            .withMessage("retry");
    }

}
