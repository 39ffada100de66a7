package io.redispool.commands.stream;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The options of XCLAIM: the entries' new idle time (IDLE) or delivery time (TIME), their
 * delivery count (RETRYCOUNT), FORCE, and LASTID.
 *
 * <p>
 * Immutable; each method returns a new instance. IDLE and TIME both set when the entry
 * was last delivered, so asking for both fails at once.
 */
public final class ClaimOptions {

    private static final ClaimOptions NONE = new ClaimOptions(null, null, null, false, null);

    private final Duration idle;

    private final Instant time;

    private final Long retryCount;

    private final boolean force;

    private final String lastId;

    private ClaimOptions(Duration idle, Instant time, Long retryCount, boolean force, String lastId) {
        this.idle = idle;
        this.time = time;
        this.retryCount = retryCount;
        this.force = force;
        this.lastId = lastId;
    }

    /**
     * No options: claimed entries become idle from now, and their delivery count goes up
     * by one.
     * @return the empty options
     */
    public static ClaimOptions none() {
        return NONE;
    }

    /**
     * Sets the claimed entries' idle time (IDLE).
     * @param idle the idle time, not negative
     * @return options with IDLE
     */
    public ClaimOptions idle(Duration idle) {
        requireNoDeliveryTime("IDLE");
        StreamArguments.millis("idle", idle);
        return new ClaimOptions(idle, null, this.retryCount, this.force, this.lastId);
    }

    /**
     * Sets when the claimed entries were last delivered (TIME).
     * @param time the delivery time
     * @return options with TIME
     */
    public ClaimOptions time(Instant time) {
        requireNoDeliveryTime("TIME");
        Objects.requireNonNull(time, "'time' must not be null");
        return new ClaimOptions(null, time, this.retryCount, this.force, this.lastId);
    }

    /**
     * Sets the claimed entries' delivery count (RETRYCOUNT).
     * @param count at least 0
     * @return options with RETRYCOUNT
     */
    public ClaimOptions retryCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("'count' must be at least 0 but was " + count);
        }
        return new ClaimOptions(this.idle, this.time, count, this.force, this.lastId);
    }

    /**
     * Claims IDs that are not pending in the group, if their entries exist (FORCE).
     * @return options with FORCE
     */
    public ClaimOptions force() {
        return new ClaimOptions(this.idle, this.time, this.retryCount, true, this.lastId);
    }

    /**
     * Moves the group's last delivered ID forward to this one if it is greater (LASTID).
     * @param id the ID
     * @return options with LASTID
     */
    public ClaimOptions lastId(String id) {
        return new ClaimOptions(this.idle, this.time, this.retryCount, this.force, StreamArguments.id("id", id));
    }

    private void requireNoDeliveryTime(String wanted) {
        if (this.idle != null || this.time != null) {
            throw new IllegalStateException(wanted + " cannot be combined with "
                    + ((this.idle != null) ? "IDLE (" + this.idle + ")" : "TIME (" + this.time + ")")
                    + ": both set when the entries were last delivered");
        }
    }

    void appendTo(CommandArgs args) {
        if (this.idle != null) {
            args.add(Keyword.IDLE).add(this.idle.toMillis());
        }
        if (this.time != null) {
            args.add(Keyword.TIME).add(this.time.toEpochMilli());
        }
        if (this.retryCount != null) {
            args.add(Keyword.RETRYCOUNT).add(this.retryCount);
        }
        if (this.force) {
            args.add(Keyword.FORCE);
        }
        if (this.lastId != null) {
            args.add(Keyword.LASTID).add(this.lastId);
        }
    }

    @Override
    public String toString() {
        return "ClaimOptions[idle=" + this.idle + ", time=" + this.time + ", retryCount=" + this.retryCount + ", force="
                + this.force + ", lastId=" + this.lastId + "]";
    }

}
