package io.redispool.commands.keys;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import io.redispool.commands.TimeArguments;
import java.time.Duration;
import java.time.Instant;

/**
 * The options of RESTORE: an expiry, relative or absolute (ABSTTL), overwriting an
 * existing key (REPLACE), and the eviction hint the key starts with: its idle time
 * (IDLETIME) or its access frequency (FREQ), not both.
 *
 * <p>
 * Immutable; each method returns a new instance. Conflicting options fail at once rather
 * than letting the last one win silently.
 */
public final class RestoreOptions {

    private static final RestoreOptions NONE = new RestoreOptions(0, false, null, false, -1, -1);

    private final long ttlMillis;

    private final boolean absolute;

    private final String expiry;

    private final boolean replace;

    private final long idleSeconds;

    private final int frequency;

    private RestoreOptions(long ttlMillis, boolean absolute, String expiry, boolean replace, long idleSeconds,
            int frequency) {
        this.ttlMillis = ttlMillis;
        this.absolute = absolute;
        this.expiry = expiry;
        this.replace = replace;
        this.idleSeconds = idleSeconds;
        this.frequency = frequency;
    }

    /**
     * No options: the key never expires, and RESTORE fails if it exists.
     * @return the empty options
     */
    public static RestoreOptions none() {
        return NONE;
    }

    /**
     * Expire after the given time.
     * @param timeout the time to live, at least one millisecond, in whole milliseconds
     * @return options with the expiry
     */
    public RestoreOptions expireAfter(Duration timeout) {
        requireNoExpiry();
        long millis = TimeArguments.millis("timeout", timeout);
        if (millis < 1) {
            throw new IllegalArgumentException("'timeout' must be at least 1ms but was " + timeout);
        }
        return new RestoreOptions(millis, false, timeout.toString(), this.replace, this.idleSeconds, this.frequency);
    }

    /**
     * Expire at the given time (ABSTTL).
     * @param timestamp when the key expires, after the Unix epoch, in whole milliseconds
     * @return options with the expiry
     */
    public RestoreOptions expireAt(Instant timestamp) {
        requireNoExpiry();
        long millis = TimeArguments.epochMillis("timestamp", timestamp);
        if (millis < 1) {
            throw new IllegalArgumentException("'timestamp' must be after " + Instant.EPOCH + " but was " + timestamp);
        }
        return new RestoreOptions(millis, true, timestamp.toString(), this.replace, this.idleSeconds, this.frequency);
    }

    /**
     * Overwrite the key when it exists (REPLACE).
     * @return options with REPLACE
     */
    public RestoreOptions replace() {
        return new RestoreOptions(this.ttlMillis, this.absolute, this.expiry, true, this.idleSeconds, this.frequency);
    }

    /**
     * Start the key as idle for the given time (IDLETIME), for LRU eviction.
     * @param idleTime at least zero, in whole seconds
     * @return options with the idle time
     */
    public RestoreOptions idleTime(Duration idleTime) {
        long seconds = TimeArguments.seconds("idleTime", idleTime);
        if (seconds < 0) {
            throw new IllegalArgumentException("'idleTime' must be at least 0s but was " + idleTime);
        }
        requireNoEvictionHint();
        return new RestoreOptions(this.ttlMillis, this.absolute, this.expiry, this.replace, seconds, this.frequency);
    }

    /**
     * Start the key with the given access frequency (FREQ), for LFU eviction.
     * @param frequency the logarithmic access counter, 0 to 255
     * @return options with the frequency
     */
    public RestoreOptions frequency(int frequency) {
        if (frequency < 0 || frequency > 255) {
            throw new IllegalArgumentException("'frequency' must be between 0 and 255 but was " + frequency);
        }
        requireNoEvictionHint();
        return new RestoreOptions(this.ttlMillis, this.absolute, this.expiry, this.replace, this.idleSeconds,
                frequency);
    }

    private void requireNoExpiry() {
        if (this.expiry != null) {
            throw new IllegalStateException("An expiry is already set (" + this.expiry + ")");
        }
    }

    private void requireNoEvictionHint() {
        if (this.idleSeconds >= 0) {
            throw new IllegalStateException(
                    "IDLETIME and FREQ exclude each other, and IDLETIME is already set (" + this.idleSeconds + "s)");
        }
        if (this.frequency >= 0) {
            throw new IllegalStateException(
                    "IDLETIME and FREQ exclude each other, and FREQ is already set (" + this.frequency + ")");
        }
    }

    /**
     * The ttl argument: 0 for none, milliseconds, or a Unix time in milliseconds with
     * ABSTTL.
     */
    long ttl() {
        return this.ttlMillis;
    }

    void appendTo(CommandArgs args) {
        if (this.replace) {
            args.add(Keyword.REPLACE);
        }
        if (this.absolute) {
            args.add(Keyword.ABSTTL);
        }
        if (this.idleSeconds >= 0) {
            args.add(Keyword.IDLETIME).add(this.idleSeconds);
        }
        if (this.frequency >= 0) {
            args.add(Keyword.FREQ).add(this.frequency);
        }
    }

    @Override
    public String toString() {
        return "RestoreOptions[expiry=" + this.expiry + ", replace=" + this.replace + ", idleTime="
                + ((this.idleSeconds >= 0) ? this.idleSeconds + "s" : null) + ", frequency="
                + ((this.frequency >= 0) ? this.frequency : null) + "]";
    }

}
