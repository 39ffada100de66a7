package io.redispool.spring.autoconfigure.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.redispool.RedisClient;
import io.redispool.RedisWrongTypeException;
import io.redispool.spring.autoconfigure.RedisPoolAutoConfiguration;
import io.redispool.spring.autoconfigure.observation.RedisPoolObservationAutoConfiguration.RedisClientsCommandObservation;
import io.redispool.spring.observation.DefaultRedisCommandObservationConvention;
import io.redispool.spring.observation.RedisCommandObservationContext;
import io.redispool.spring.observation.RedisCommandObservationConvention;
import io.redispool.testing.RedisServerExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.util.ReflectionTestUtils;

class RedisPoolObservationAutoConfigurationTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final String SECRET_KEY = "user:4711:session";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(
                AutoConfigurations.of(RedisPoolAutoConfiguration.class, RedisPoolObservationAutoConfiguration.class))
        .withPropertyValues("redis.pool.url=" + redis.server().url() + "/3");

    @Test
    void eachCommandIsAnObservationTaggedAfterOpenTelemetrysDatabaseConventions() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        this.runner.withBean(ObservationRegistry.class, () -> registry).run((context) -> {
            context.getBean(RedisClient.class).commands().set(SECRET_KEY, "secret-value");
            TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo(DefaultRedisCommandObservationConvention.NAME, 1)
                .hasObservationWithNameEqualTo(DefaultRedisCommandObservationConvention.NAME)
                .that()
                .hasContextualNameEqualTo("SET")
                .hasBeenStarted()
                .hasBeenStopped()
                .doesNotHaveError()
                .hasLowCardinalityKeyValue("db.system.name", "redis")
                .hasLowCardinalityKeyValue("db.operation.name", "SET")
                .hasLowCardinalityKeyValue("db.namespace", "3")
                .hasLowCardinalityKeyValue("server.address", redis.server().host())
                .hasLowCardinalityKeyValue("server.port", String.valueOf(redis.server().port()))
                .hasLowCardinalityKeyValue("error.type", "none");
            TestObservationRegistryAssert.assertThat(registry).hasHandledContextsThatSatisfy((contexts) -> {
                assertThat(contexts).singleElement().isInstanceOf(RedisCommandObservationContext.class);
                Observation.Context observed = contexts.get(0);
                assertThat(observed.getHighCardinalityKeyValues()).isEmpty();
                assertThat(observed.getAllKeyValues()).extracting(KeyValue::getValue)
                    .noneMatch((value) -> value.contains("4711") || value.contains("secret"));
            });
        });
    }

    @Test
    void aFailedCommandCarriesItsErrorAndErrorType() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        this.runner.withBean(ObservationRegistry.class, () -> registry).run((context) -> {
            RedisClient client = context.getBean(RedisClient.class);
            client.commands().set("observed:string", "x");
            assertThatExceptionOfType(RedisWrongTypeException.class)
                .isThrownBy(() -> client.commands().lpush("observed:string", List.of("y")));
            TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo(DefaultRedisCommandObservationConvention.NAME, 2)
                .hasAnObservation((observation) -> observation.hasContextualNameEqualTo("LPUSH")
                    .hasLowCardinalityKeyValue("error.type", "RedisWrongTypeException")
                    .hasError()
                    .assertThatError()
                    .isInstanceOf(RedisWrongTypeException.class))
                .hasAnObservation((observation) -> observation.hasContextualNameEqualTo("SET")
                    .hasLowCardinalityKeyValue("error.type", "none")
                    .doesNotHaveError());
        });
    }

    @Test
    void theCurrentObservationIsTheCommandsParent() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        this.runner.withBean(ObservationRegistry.class, () -> registry).run((context) -> {
            RedisClient client = context.getBean(RedisClient.class);
            Observation request = Observation.start("http.server.requests", registry);
            request.scoped(() -> client.commands().get("observed:missing"));
            request.stop();
            TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo(DefaultRedisCommandObservationConvention.NAME)
                .that()
                .hasParentObservationEqualTo(request);
        });
    }

    @Test
    void aConventionBeanReplacesTheDefault() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        this.runner.withBean(ObservationRegistry.class, () -> registry)
            .withBean(RedisCommandObservationConvention.class, () -> new DefaultRedisCommandObservationConvention() {

                @Override
                public String getName() {
                    return "cache.redis.command";
                }

            })
            .run((context) -> {
                context.getBean(RedisClient.class).commands().get("observed:missing");
                TestObservationRegistryAssert.assertThat(registry)
                    .hasSingleObservationThat()
                    .hasNameEqualTo("cache.redis.command")
                    .hasLowCardinalityKeyValue("db.operation.name", "GET");
            });
    }

    @Test
    void withoutAnObservationRegistryNoObserverIsInstalled() {
        this.runner.run((context) -> {
            assertThat(context).hasSingleBean(RedisClient.class).doesNotHaveBean(RedisClientsCommandObservation.class);
            assertThat(observer(context.getBean(RedisClient.class))).isNull();
        });
    }

    @Test
    void withoutMicrometerObservationOnTheClassPathNoObserverIsInstalled() {
        this.runner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
            .run((context) -> assertThat(context).hasSingleBean(RedisClient.class)
                .doesNotHaveBean(RedisClientsCommandObservation.class));
    }

    @Test
    void closingTheContextRemovesTheObserver() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        RedisClient[] client = new RedisClient[1];
        this.runner.withBean(ObservationRegistry.class, () -> registry).run((context) -> {
            client[0] = context.getBean(RedisClient.class);
            assertThat(observer(client[0])).isNotNull();
        });
        assertThat(observer(client[0])).isNull();
    }

    private static Object observer(RedisClient client) {
        return ReflectionTestUtils.getField(ReflectionTestUtils.getField(client, "executor"), "observer");
    }

}
