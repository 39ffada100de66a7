package io.redispool.spring.aot;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.command.CommandTable;
import io.redispool.spring.autoconfigure.RedisPoolCacheProperties;
import io.redispool.spring.autoconfigure.RedisPoolProperties;
import io.redispool.spring.autoconfigure.RedisPoolSslProperties;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

class RedisPoolRuntimeHintsTests {

    private final RuntimeHints hints = new RuntimeHints();

    @Test
    void theCommandTableResourceIsIncludedWhereTheCoreReadsIt() {
        new RedisPoolRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
        assertThat(RuntimeHintsPredicates.resource().forResource(RedisPoolRuntimeHints.COMMAND_TABLE))
            .accepts(this.hints);
        assertThat(CommandTable.class.getClassLoader().getResource(RedisPoolRuntimeHints.COMMAND_TABLE))
            .as("the resource the hint names")
            .isNotNull();
    }

    @Test
    void thePropertiesAndTheirGroupsCanBeBound() {
        new RedisPoolRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
        for (Class<?> type : new Class<?>[] { RedisPoolProperties.class, RedisPoolSslProperties.class,
                RedisPoolCacheProperties.class }) {
            assertThat(RuntimeHintsPredicates.reflection().onType(type)).as(type.getSimpleName()).accepts(this.hints);
        }
    }

    @Test
    void theRegistrarIsListedInAotFactories() {
        assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
            .load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(RedisPoolRuntimeHints.class);
    }

}
