package io.redispool.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import com.jayway.jsonpath.JsonPath;
import io.redispool.InvalidSettingException;
import io.redispool.spring.autoconfigure.cache.RedisPoolCacheAutoConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class InvalidRedisPoolPropertyFailureAnalyzerTests {

    private static final String PASSWORD = "n0t-In-Logs";

    private static final Path METADATA = Path.of("target", "classes", "META-INF", "spring-configuration-metadata.json");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RedisPoolAutoConfiguration.class));

    static Stream<Arguments> invalidProperties() {
        return Stream.of(
                Arguments.of(new String[] { "redis.pool.max-connections=0" },
                        "'redis.pool.max-connections' must be at least 1 but was 0",
                        "Set 'redis.pool.max-connections' to 1 or more"),
                Arguments.of(new String[] { "redis.pool.max-connections=-4" },
                        "'redis.pool.max-connections' must be at least 1 but was -4",
                        "Set 'redis.pool.max-connections' to 1 or more"),
                Arguments.of(new String[] { "redis.pool.min-idle=5", "redis.pool.max-connections=2" },
                        "'redis.pool.min-idle' must not exceed 'redis.pool.max-connections' (2) but was 5",
                        "Lower 'redis.pool.min-idle' to at most 'redis.pool.max-connections'"),
                Arguments.of(new String[] { "redis.pool.min-idle=-1" },
                        "'redis.pool.min-idle' must be at least 0 but was -1",
                        "Set 'redis.pool.min-idle' to a number from 0 up to 'redis.pool.max-connections'"),
                Arguments.of(new String[] { "redis.pool.limits.max-array-length=0" },
                        "'redis.pool.limits.max-array-length' must be at least 1 but was 0",
                        "Set 'redis.pool.limits.max-array-length' to 1 or more"),
                Arguments.of(new String[] { "redis.pool.limits.max-bulk-length=3GB" },
                        "'redis.pool.limits.max-bulk-length' must be at most 2147483647 bytes but was 3221225472",
                        "Set 'redis.pool.limits.max-bulk-length' to a size from 1B to 2GB"),
                Arguments.of(new String[] { "redis.pool.port=0" },
                        "'redis.pool.port' must be between 1 and 65535 but was 0",
                        "Set 'redis.pool.port' to a TCP port between 1 and 65535"),
                Arguments.of(new String[] { "redis.pool.port=70000" },
                        "'redis.pool.port' must be between 1 and 65535 but was 70000",
                        "Set 'redis.pool.port' to a TCP port between 1 and 65535"),
                Arguments.of(new String[] { "redis.pool.host=" }, "'redis.pool.host' must not be empty",
                        "Set 'redis.pool.host' to a host name or IP address"),
                Arguments.of(new String[] { "redis.pool.url=http://localhost:6379" }, "'redis.pool.url' must look like",
                        "Set 'redis.pool.url' to redis://"),
                Arguments.of(new String[] { "redis.pool.max-wait=-1s" },
                        "'redis.pool.max-wait' must not be negative but was PT-1S",
                        "Set 'redis.pool.max-wait' to 0 or a positive duration"),
                Arguments.of(new String[] { "redis.pool.connect-timeout=-5ms" },
                        "'redis.pool.connect-timeout' must not be negative",
                        "Set 'redis.pool.connect-timeout' to 0 or a positive duration"),
                Arguments.of(new String[] { "redis.pool.idle-timeout=-1m" },
                        "'redis.pool.idle-timeout' must not be negative",
                        "Set 'redis.pool.idle-timeout' to 0 or a positive duration"),
                Arguments.of(new String[] { "redis.pool.shutdown-timeout=-1s" },
                        "'redis.pool.shutdown-timeout' must not be negative",
                        "Set 'redis.pool.shutdown-timeout' to 0 or a positive duration"),
                Arguments.of(new String[] { "redis.pool.database=-1" },
                        "'redis.pool.database' must be at least 0 but was -1",
                        "Set 'redis.pool.database' to 0 or more"),
                Arguments.of(new String[] { "redis.pool.client-name=two words" }, "'redis.pool.client-name' must be",
                        "Set 'redis.pool.client-name' to a name without spaces"),
                Arguments.of(new String[] { "redis.pool.retry-attempts=-1" },
                        "'redis.pool.retry-attempts' must be at least 0 but was -1",
                        "Set 'redis.pool.retry-attempts' to 0 (no retries) or more"),
                Arguments.of(new String[] { "redis.pool.multiplexed-connections=-1" },
                        "'redis.pool.multiplexed-connections' must be between 0 (off) and 64 but was -1",
                        "Set 'redis.pool.multiplexed-connections' to 1 or 2"),
                Arguments.of(new String[] { "redis.pool.keepalive.idle=500ms" },
                        "'redis.pool.keepalive.idle' must be at least 1s", "Set 'redis.pool.keepalive.idle' to 1s"),
                Arguments.of(new String[] { "redis.pool.keepalive.count=0" },
                        "'redis.pool.keepalive.count' must be at least 1 but was 0",
                        "Set 'redis.pool.keepalive.count' to 1 or more"),
                Arguments.of(new String[] { "redis.pool.socket-keepalive=false", "redis.pool.keepalive.idle=60" },
                        "'redis.pool.keepalive.idle' needs 'redis.pool.socket-keepalive' to be true",
                        "Set 'redis.pool.socket-keepalive' to true"),
                Arguments.of(new String[] { "redis.pool.socket-keepalive=false", "redis.pool.keepalive.count=3" },
                        "'redis.pool.keepalive.count' needs 'redis.pool.socket-keepalive' to be true",
                        "Set 'redis.pool.socket-keepalive' to true"),
                Arguments.of(new String[] { "redis.pool.unix-socket=/tmp/r.sock", "redis.pool.ssl.enabled=true" },
                        "'redis.pool.ssl.enabled' needs a TCP endpoint", "Remove 'redis.pool.unix-socket'"),
                Arguments.of(new String[] { "redis.pool.url=redis://localhost", "redis.pool.unix-socket=/tmp/r.sock" },
                        "'redis.pool.url' and 'redis.pool.unix-socket' are both set",
                        "Set only one of 'redis.pool.url' and 'redis.pool.unix-socket'"),
                Arguments.of(new String[] { "redis.pool.username=app" },
                        "'redis.pool.username' is set but 'redis.pool.password' is not",
                        "Set 'redis.pool.password' as well"),
                Arguments.of(new String[] { "redis.pool.protocol=4" },
                        "'redis.pool.protocol' must be 2 (RESP2) or 3 (RESP3) but was 4",
                        "Set 'redis.pool.protocol' to 2 (RESP2) or 3 (RESP3)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidProperties")
    void invalidPropertyStopsStartupWithReportNamingPropertyValueAndFix(String[] properties, String description,
            String action) {
        this.runner.withPropertyValues(properties).run((context) -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).startsWith("Invalid redis-pool configuration: ")
                .contains(description);
            long listed = Stream.of(properties)
                .filter((property) -> analysis.getDescription().contains("Property: " + name(property)))
                .peek((property) -> assertThat(analysis.getDescription()).contains(String
                    .format("Property: %s%n    Value: \"%s\"%n    Origin: ", name(property), value(property))))
                .count();
            assertThat(listed).isPositive();
            assertThat(analysis.getAction()).contains(action);
        });
    }

    static Stream<Arguments> invalidCacheProperties() {
        return Stream.of(
                Arguments.of(new String[] { "redis.pool.cache.time-to-live=-1s" },
                        "'redis.pool.cache.time-to-live' must be 0 (never expire) or at least 1ms but was PT-1S",
                        "Set 'redis.pool.cache.time-to-live' to 0 (entries never expire)"),
                Arguments.of(new String[] { "redis.pool.cache.time-to-live=500us" },
                        "'redis.pool.cache.time-to-live' must be 0 (never expire) or at least 1ms but was PT0.0005S",
                        "Set 'redis.pool.cache.time-to-live' to 0 (entries never expire)"),
                Arguments.of(new String[] { "redis.pool.cache.lock-timeout=0s" },
                        "'redis.pool.cache.lock-timeout' must be at least 1ms but was PT0S",
                        "Set 'redis.pool.cache.lock-timeout' to a duration of at least 1ms"),
                Arguments.of(new String[] { "redis.pool.cache.cache-names=scores, ,visitors" },
                        "'redis.pool.cache.cache-names' must not hold a blank name",
                        "Set 'redis.pool.cache.cache-names' to names that are not blank"),
                Arguments.of(
                        new String[] { "redis.pool.cache.key-prefix=app:", "redis.pool.cache.use-key-prefix=false" },
                        "'redis.pool.cache.key-prefix' is set but 'redis.pool.cache.use-key-prefix' is false",
                        "Remove 'redis.pool.cache.key-prefix', or set 'redis.pool.cache.use-key-prefix' to true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCacheProperties")
    void invalidCachePropertyStopsStartupWithReportNamingPropertyValueAndFix(String[] properties, String description,
            String action) {
        this.runner.withConfiguration(AutoConfigurations.of(RedisPoolCacheAutoConfiguration.class))
            .withUserConfiguration(CachingConfiguration.class)
            .withPropertyValues(properties)
            .run((context) -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).startsWith("Invalid redis-pool configuration: ")
                    .contains(description);
                for (String property : properties) {
                    assertThat(analysis.getDescription()).contains(String
                        .format("Property: %s%n    Value: \"%s\"%n    Origin: ", name(property), value(property)));
                }
                assertThat(analysis.getAction()).contains(action);
            });
    }

    private static FailureAnalysis analyze(Throwable failure) {
        return new InvalidRedisPoolPropertyFailureAnalyzer().analyze(failure);
    }

    private static String name(String property) {
        return property.substring(0, property.indexOf('='));
    }

    private static String value(String property) {
        return property.substring(property.indexOf('=') + 1);
    }

    @Test
    void reportNamesEachPropertyOfAContradictionWithItsValueAndOrigin() {
        this.runner.withPropertyValues("redis.pool.min-idle=5", "redis.pool.max-connections=2").run((context) -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription())
                .contains(String.format("Property: redis.pool.min-idle%n    Value: \"5\"%n"
                        + "    Origin: \"redis.pool.min-idle\" from property source \"test\""))
                .contains(String.format("Property: redis.pool.max-connections%n    Value: \"2\"%n"));
        });
    }

    @Test
    void malformedUrlIsReportedWithItsCredentialsMasked() {
        this.runner.withPropertyValues("redis.pool.url=redis://app:" + PASSWORD + "@/0").run((context) -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("'redis.pool.url' must look like")
                .contains("Value: \"redis://****@/0\"")
                .doesNotContain(PASSWORD);
            assertThat(analysis.getAction()).doesNotContain(PASSWORD);
        });
    }

    @Test
    void valueSetByACustomizerIsReportedAsNotSetInTheEnvironment() {
        this.runner.withBean(RedisClientConfigBuilderCustomizer.class, () -> (builder) -> builder.maxConnections(0))
            .run((context) -> {
                FailureAnalysis analysis = analyze(context.getStartupFailure());
                assertThat(analysis.getDescription())
                    .contains("'redis.pool.max-connections' must be at least 1 but was 0")
                    .contains("Value: (not set in the environment");
            });
    }

    @Test
    void errorNamingNoPropertyIsNotTranslated() {
        this.runner.withBean(RedisClientConfigBuilderCustomizer.class, () -> (builder) -> {
            throw new IllegalStateException("customizer failed");
        }).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(analyze(context.getStartupFailure())).isNull();
        });
    }

    @Test
    void everyPropertyWithAValueToCheckHasAFix() throws IOException {
        List<String> names = JsonPath.read(METADATA.toFile(),
                "$.properties[?(@.name =~ /redis\\.pool\\..*/ && @.type != 'java.lang.Boolean')].name");
        Set<String> unchecked = Set.of("redis.pool.password", "redis.pool.username", "redis.pool.unix-socket",
                "redis.pool.cache.key-prefix", "redis.pool.sentinel.password", "redis.pool.sentinel.username");
        assertThat(names).hasSizeGreaterThan(20);
        for (String name : names) {
            if (unchecked.contains(name)) {
                continue;
            }
            InvalidRedisPoolPropertyException ex = new InvalidRedisPoolPropertyException("bad",
                    List.of(new InvalidRedisPoolPropertyException.InvalidProperty(name, "x", null)), false,
                    new IllegalArgumentException("bad"));
            assertThat(InvalidRedisPoolPropertyFailureAnalyzer.action(ex)).as(name).startsWith("Set '" + name);
        }
    }

    @Test
    void settingsAreReadAsDataSoAReasonThatQuotesAnotherNameIsNotMistakenForIt() {
        InvalidSettingException core = InvalidSettingException.invalid("max-connections", 0,
                "must be at least 1, unlike 'min-idle'");
        this.runner.withPropertyValues("redis.pool.max-connections=0", "redis.pool.min-idle=0")
            .withBean(RedisClientConfigBuilderCustomizer.class, () -> (builder) -> {
                throw core;
            })
            .run((context) -> {
                InvalidRedisPoolPropertyException ex = (InvalidRedisPoolPropertyException) analyze(
                        context.getStartupFailure())
                    .getCause();
                assertThat(ex.getProperties()).extracting(InvalidRedisPoolPropertyException.InvalidProperty::name)
                    .containsExactly("redis.pool.max-connections");
                assertThat(ex.getCause()).isSameAs(core);
            });
    }

    @Test
    void analyzerIsRegisteredSoSpringApplicationPrintsTheReport(CapturedOutput output) {
        SpringApplication application = new SpringApplication(FailingApplication.class);
        application.setDefaultProperties(Map.of("redis.pool.max-connections", "0", "redis.pool.password", PASSWORD,
                "spring.main.web-application-type", "none"));
        assertThatException().isThrownBy(application::run);
        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("Invalid redis-pool configuration: 'redis.pool.max-connections' must be at least 1 but was 0")
            .contains("Set 'redis.pool.max-connections' to 1 or more")
            .doesNotContain(PASSWORD);
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @ImportAutoConfiguration(RedisPoolAutoConfiguration.class)
    static class FailingApplication {

        @Bean
        String unused() {
            return "";
        }

    }

    @Configuration(proxyBeanMethods = false)
    @EnableCaching
    static class CachingConfiguration {

    }

}
