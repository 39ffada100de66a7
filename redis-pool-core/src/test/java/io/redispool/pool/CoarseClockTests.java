package io.redispool.pool;

import static io.redispool.pool.PoolAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoarseClockTests {

    @Test
    void readingIsNeverAheadOfTheSystemClock() {
        for (int i = 0; i < 100_000; i++) {
            long coarse = CoarseClock.now();
            assertThat(System.nanoTime() - coarse).isNotNegative();
        }
    }

    @Test
    void readingAdvancesTickByTick() {
        long first = CoarseClock.now();
        eventually(() -> CoarseClock.now() - first >= 5 * CoarseClock.TICK_NANOS, "the clock advances");
        long before = System.nanoTime();
        eventually(() -> CoarseClock.now() - before >= 0, "the clock catches up with the system clock");
    }

}
