package io.redispool.spring.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.BaseUnits;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link DescribedMeter} and {@link LowerCaseKeyName}.
 */
class DescribedMeterTests {

    @Test
    void gettersReadTheMeterDescription() {
        RedisPoolMeters meter = RedisPoolMeters.CONNECTIONS_PENDING;
        assertThat(meter.meterDescription()).isEqualTo(new MeterDescription("redis.pool.connections.pending",
                Meter.Type.GAUGE, BaseUnits.THREADS, "Threads waiting for a connection."));
        assertThat(meter.getName()).isEqualTo("redis.pool.connections.pending");
        assertThat(meter.getType()).isEqualTo(Meter.Type.GAUGE);
        assertThat(meter.getBaseUnit()).isEqualTo(BaseUnits.THREADS);
        assertThat(meter.getDescription()).isEqualTo("Threads waiting for a connection.");
    }

    @Test
    void tagKeysAreTheirConstantNamesInLowerCase() {
        assertThat(Arrays.stream(RedisPoolMeters.TagKey.values()).map(KeyName::asString)).containsExactly("pool",
                "command", "outcome", "reason");
        assertThat(RedisPoolMeters.COMMANDS.getKeyNames()).extracting(KeyName::asString)
            .containsExactly("pool", "command", "outcome");
    }

}
