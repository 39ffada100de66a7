package io.redispool.commands.sortedset;

import java.time.Duration;
import java.util.Objects;

/**
 * A blocking command's wait as the server reads it: seconds, with 0 meaning for ever.
 */
final class BlockingWait {

    private BlockingWait() {
    }

    /**
     * The wait in seconds.
     * @throws IllegalArgumentException for a negative wait, or one between zero and a
     * millisecond that the server would read as "for ever"
     */
    static double seconds(Duration timeout) {
        Objects.requireNonNull(timeout, "'timeout' must not be null");
        boolean belowOneMillisecond = timeout.getSeconds() == 0 && timeout.getNano() > 0
                && timeout.getNano() < 1_000_000;
        if (timeout.isNegative() || belowOneMillisecond) {
            throw new IllegalArgumentException(
                    "'timeout' must be zero (wait for ever) or at least 1ms but was " + timeout);
        }
        return timeout.getSeconds() + timeout.getNano() / 1e9;
    }

}
