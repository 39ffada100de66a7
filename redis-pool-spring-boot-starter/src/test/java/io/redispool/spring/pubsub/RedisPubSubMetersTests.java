package io.redispool.spring.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Keeps the meter table of {@code docs/pubsub.md} in step with {@link RedisPubSubMeters}.
 */
class RedisPubSubMetersTests {

    @Test
    void pubSubPageDocumentsEveryMeterWithItsTypeUnitAndDescription() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "pubsub.md"));
        for (RedisPubSubMeters meter : RedisPubSubMeters.values()) {
            String type = (meter.getType() == Meter.Type.COUNTER) ? "function counter"
                    : meter.getType().name().toLowerCase(Locale.ROOT);
            assertThat(doc).as(meter.getName())
                .contains("| `" + meter.getName() + "` | " + type + " | " + meter.getBaseUnit() + " | "
                        + meter.getDescription() + " |");
        }
    }

}
