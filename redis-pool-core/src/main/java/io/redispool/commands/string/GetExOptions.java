package io.redispool.commands.string;

import io.redispool.command.CommandArgs;
import java.time.Duration;
import java.time.Instant;

/**
 * The one option of GETEX: a new expiry (EX or PX, EXAT or PXAT) or none at all
 * (PERSIST).
 *
 * <p>
 * Immutable. GETEX takes exactly one of these, so each is a factory and there is nothing
 * to combine.
 */
public final class GetExOptions {

    private static final GetExOptions PERSIST = new GetExOptions(Expiry.PERSIST);

    private final Expiry expiry;

    private GetExOptions(Expiry expiry) {
        this.expiry = expiry;
    }

    /**
     * Expire after the given time: EX when it is whole seconds, PX otherwise.
     * @param timeout the time to live, at least one millisecond, in whole milliseconds
     * @return the option
     */
    public static GetExOptions expireAfter(Duration timeout) {
        return new GetExOptions(Expiry.after(timeout));
    }

    /**
     * Expire at the given time: EXAT when it is whole seconds, PXAT otherwise.
     * @param timestamp when the key expires, after the Unix epoch, in whole milliseconds
     * @return the option
     */
    public static GetExOptions expireAt(Instant timestamp) {
        return new GetExOptions(Expiry.at(timestamp));
    }

    /**
     * Remove the key's time to live (PERSIST).
     * @return the option
     */
    public static GetExOptions persist() {
        return PERSIST;
    }

    void appendTo(CommandArgs args) {
        this.expiry.appendTo(args);
    }

    @Override
    public String toString() {
        return "GetExOptions[" + this.expiry + "]";
    }

}
