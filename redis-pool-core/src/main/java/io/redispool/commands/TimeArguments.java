package io.redispool.commands;

import io.redispool.command.CommandSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Durations and instants as the whole seconds or milliseconds a command takes.
 *
 * <p>
 * Why it refuses instead of rounding: EXPIRE cannot say 1.5 seconds, and sending 1 or 2
 * would silently change what the caller asked for; the message points the caller at the
 * millisecond command (PEXPIRE, PSETEX, PXAT) that can say it.
 */
public final class TimeArguments {

    private TimeArguments() {
    }

    /**
     * Whether a duration is a whole number of seconds.
     * @param duration the duration
     * @return {@code true} when it has no fraction of a second
     */
    public static boolean isWholeSeconds(Duration duration) {
        return duration.getNano() == 0;
    }

    /**
     * A duration in whole seconds.
     * @param name the argument's name, for the message
     * @param duration the duration
     * @return its seconds
     * @throws IllegalArgumentException if it has a fraction of a second
     */
    public static long seconds(String name, Duration duration) {
        Objects.requireNonNull(duration, () -> "'" + name + "' must not be null");
        if (!isWholeSeconds(duration)) {
            throw new IllegalArgumentException("'" + name + "' must be whole seconds but was " + duration);
        }
        return duration.getSeconds();
    }

    /**
     * A duration in whole milliseconds.
     * @param name the argument's name, for the message
     * @param duration the duration
     * @return its milliseconds
     * @throws IllegalArgumentException if it has a fraction of a millisecond
     */
    public static long millis(String name, Duration duration) {
        Objects.requireNonNull(duration, () -> "'" + name + "' must not be null");
        if (duration.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("'" + name + "' must be whole milliseconds but was " + duration);
        }
        return duration.toMillis();
    }

    /**
     * An instant as whole seconds since the Unix epoch.
     * @param name the argument's name, for the message
     * @param instant the instant
     * @return its Unix time in seconds
     * @throws IllegalArgumentException if it has a fraction of a second
     */
    public static long epochSeconds(String name, Instant instant) {
        Objects.requireNonNull(instant, () -> "'" + name + "' must not be null");
        if (instant.getNano() != 0) {
            throw new IllegalArgumentException("'" + name + "' must be whole seconds but was " + instant);
        }
        return instant.getEpochSecond();
    }

    /**
     * An instant as whole milliseconds since the Unix epoch.
     * @param name the argument's name, for the message
     * @param instant the instant
     * @return its Unix time in milliseconds
     * @throws IllegalArgumentException if it has a fraction of a millisecond
     */
    public static long epochMillis(String name, Instant instant) {
        Objects.requireNonNull(instant, () -> "'" + name + "' must not be null");
        if (instant.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("'" + name + "' must be whole milliseconds but was " + instant);
        }
        return instant.toEpochMilli();
    }

    /**
     * A blocking command's wait as the server reads it (BLPOP, BZPOPMIN, BLMPOP...):
     * seconds, with 0 meaning for ever.
     * @param spec the blocking command, for the message
     * @param timeout the wait; {@link Duration#ZERO} waits for ever
     * @return the wait in seconds
     * @throws IllegalArgumentException for a missing or negative wait, or one between
     * zero and a millisecond, which the server would read as "for ever"
     */
    public static double blockingWait(CommandSpec spec, Duration timeout) {
        if (timeout == null || timeout.isNegative()
                || (timeout.getSeconds() == 0 && timeout.getNano() > 0 && timeout.getNano() < 1_000_000)) {
            throw new IllegalArgumentException(
                    spec.displayName() + " 'timeout' must be zero (wait for ever) or at least 1ms but was " + timeout);
        }
        return timeout.getSeconds() + timeout.getNano() / 1e9;
    }

}
