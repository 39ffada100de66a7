package io.redispool.sentinel;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls a condition that a Sentinel set-up reaches in its own time (a failover, a replica
 * syncing), for tests that measure when it happens rather than assume it.
 */
final class Await {

    private Await() {
    }

    /**
     * Waits until the condition holds, checking every 20 ms.
     * @param condition what to wait for
     * @param timeout how long to wait at most
     * @return whether it held before the timeout; {@code false} if interrupted
     */
    static boolean isTrue(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

}
