package io.redispool.spring.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.spring.actuate.RedisPoolSanitizingFunction;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RedisPoolSanitizingAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RedisPoolSanitizingAutoConfiguration.class));

    @Test
    void providesTheSanitizingFunctionWithActuator() {
        this.runner.run((context) -> assertThat(context).hasSingleBean(RedisPoolSanitizingFunction.class));
    }

    @Test
    void keepsMaskingWhenTheClientIsDisabled() {
        this.runner.withPropertyValues("redis.pool.enabled=false")
            .run((context) -> assertThat(context).hasSingleBean(RedisPoolSanitizingFunction.class));
    }

    @Test
    void withoutActuatorProvidesNothing() {
        this.runner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
            .run((context) -> assertThat(context).doesNotHaveBean(RedisPoolSanitizingFunction.class));
    }

    @Test
    void userDefinedFunctionMakesAutoConfigurationBackOff() {
        RedisPoolSanitizingFunction mine = new RedisPoolSanitizingFunction();
        this.runner.withBean("mine", RedisPoolSanitizingFunction.class, () -> mine)
            .run((context) -> assertThat(context).getBean(RedisPoolSanitizingFunction.class).isSameAs(mine));
    }

}
