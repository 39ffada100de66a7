package io.redispool.connection;

import io.redispool.InvalidSettingException;
import java.time.Duration;

/**
 * TCP keepalive: whether SO_KEEPALIVE is on and, optionally, its timings.
 *
 * <p>
 * A {@code null} timing keeps the operating system's default (on Linux, two hours of idle
 * before the first probe, which is why setting {@code idle} is usually worth it).
 *
 * @param enabled whether SO_KEEPALIVE is set
 * @param idle idle time before the first probe (TCP_KEEPIDLE), or {@code null}
 * @param interval time between probes (TCP_KEEPINTERVAL), or {@code null}
 * @param count unanswered probes before the connection is dropped (TCP_KEEPCOUNT), or
 * {@code null}
 */
public record KeepAlive(boolean enabled, Duration idle, Duration interval, Integer count) {

    /** SO_KEEPALIVE on, with the operating system's timings. */
    public static final KeepAlive SYSTEM_DEFAULTS = new KeepAlive(true, null, null, null);

    /** SO_KEEPALIVE off. */
    public static final KeepAlive DISABLED = new KeepAlive(false, null, null, null);

    public KeepAlive {
        requirePositiveSeconds("keepalive.idle", idle);
        requirePositiveSeconds("keepalive.interval", interval);
        if (count != null && count < 1) {
            throw InvalidSettingException.invalid("keepalive.count", count, "must be at least 1");
        }
        if (!enabled && (idle != null || interval != null || count != null)) {
            String setting = (idle != null) ? "keepalive.idle"
                    : (interval != null) ? "keepalive.interval" : "keepalive.count";
            throw InvalidSettingException.conflict(setting, null, "needs 'socket-keepalive' to be true",
                    "socket-keepalive");
        }
    }

    private static void requirePositiveSeconds(String name, Duration value) {
        // The socket options take whole seconds; anything else would be silently rounded.
        if (value != null && value.toSeconds() < 1) {
            throw InvalidSettingException.invalid(name, value, "must be at least 1s");
        }
        if (value != null && value.toNanosPart() != 0) {
            throw InvalidSettingException.invalid(name, value, "must be whole seconds");
        }
    }
}
