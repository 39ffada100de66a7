package io.redispool.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Checks of the invariants every pool must keep at rest.
 */
public final class PoolAssertions {

    private PoolAssertions() {
    }

    /**
     * Asserts nothing is in use and the counters agree: created minus closed is open,
     * every open connection is idle, and (for a {@link ConnectionPool}) every taken slot
     * belongs to an open connection once any opening in progress is done.
     */
    public static void assertAtRest(PoolMonitor pool) {
        PoolStats stats = pool.stats();
        assertThat(stats.inUse()).as("in use").isZero();
        assertThat(stats.pending()).as("pending").isZero();
        assertThat(stats.created() - stats.closed()).as("created - closed").isEqualTo(stats.open());
        assertThat(stats.idle()).as("idle").isEqualTo(stats.open());
        assertThat(stats.open()).as("open").isLessThanOrEqualTo(stats.max());
        if (pool instanceof ConnectionPool connectionPool) {
            eventually(() -> connectionPool.slotsTaken() == connectionPool.stats().open(),
                    "the slots taken (" + connectionPool.slotsTaken() + ") are the open connections");
        }
    }

    /** Waits up to five seconds for a condition that background work makes true. */
    public static void eventually(BooleanSupplier condition, String description) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Timed out waiting until " + description);
            }
            try {
                Thread.sleep(10);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new AssertionError(ex);
            }
        }
    }

}
