package io.redispool.launcher;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition on servers that settle in their own time (a cluster agreeing on
 * its state, a replica catching up), failing with what was awaited and what was seen.
 */
final class ConditionWait {

    private static final long INTERVAL_MILLIS = 50;

    private ConditionWait() {
    }

    /**
     * Polls {@code condition} until it holds.
     * @param what what is awaited, for the failure message
     * @param timeout how long to wait at most
     * @param condition the condition; an exception while polling counts as not yet
     * @param lastSeen what was seen, for the failure message
     * @throws IllegalStateException if the condition did not hold within the timeout
     */
    static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<String> lastSeen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException lastFailure = null;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
                lastFailure = null;
            }
            catch (RuntimeException ex) {
                lastFailure = ex;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Waited " + timeout.toMillis() + "ms for " + what
                        + " in vain; last seen: " + ((lastFailure != null) ? lastFailure.getMessage() : lastSeen.get()),
                        lastFailure);
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, ex);
            }
        }
    }

}
