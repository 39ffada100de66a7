package io.redispool.commands.string;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.time.Duration;
import java.time.Instant;

/**
 * The options of SET: one expiry (EX or PX, EXAT or PXAT, KEEPTTL) and one condition (NX
 * or XX). GET is not an option here: it changes the reply, so it has its own method,
 * {@link StringCommandBuilder#setGet}.
 *
 * <p>
 * Immutable; each method returns a new instance. Conflicting options fail at once rather
 * than letting the last one win silently.
 */
public final class SetOptions {

    private static final SetOptions NONE = new SetOptions(null, null);

    private final Expiry expiry;

    private final Keyword condition;

    private SetOptions(Expiry expiry, Keyword condition) {
        this.expiry = expiry;
        this.condition = condition;
    }

    /**
     * No options: a plain SET.
     * @return the empty options
     */
    public static SetOptions none() {
        return NONE;
    }

    /**
     * Expire after the given time: EX when it is whole seconds, PX otherwise.
     * @param timeout the time to live, at least one millisecond, in whole milliseconds
     * @return options with the expiry
     */
    public SetOptions expireAfter(Duration timeout) {
        requireNoExpiry();
        return new SetOptions(Expiry.after(timeout), this.condition);
    }

    /**
     * Expire at the given time: EXAT when it is whole seconds, PXAT otherwise.
     * @param timestamp when the key expires, after the Unix epoch, in whole milliseconds
     * @return options with the expiry
     */
    public SetOptions expireAt(Instant timestamp) {
        requireNoExpiry();
        return new SetOptions(Expiry.at(timestamp), this.condition);
    }

    /**
     * Keep the time to live the key already has (KEEPTTL), instead of clearing it.
     * @return options with the expiry kept
     */
    public SetOptions keepTtl() {
        requireNoExpiry();
        return new SetOptions(Expiry.KEEP_TTL, this.condition);
    }

    /**
     * Set only if the key does not exist (NX).
     * @return options with the condition
     */
    public SetOptions ifAbsent() {
        return withCondition(Keyword.NX);
    }

    /**
     * Set only if the key already exists (XX).
     * @return options with the condition
     */
    public SetOptions ifPresent() {
        return withCondition(Keyword.XX);
    }

    private void requireNoExpiry() {
        if (this.expiry != null) {
            throw new IllegalStateException("An expiry is already set (" + this.expiry + ")");
        }
    }

    private SetOptions withCondition(Keyword wanted) {
        if (this.condition != null) {
            throw new IllegalStateException("A condition is already set (" + this.condition + ")");
        }
        return new SetOptions(this.expiry, wanted);
    }

    void appendTo(CommandArgs args) {
        if (this.expiry != null) {
            this.expiry.appendTo(args);
        }
        if (this.condition != null) {
            args.add(this.condition);
        }
    }

    @Override
    public String toString() {
        return "SetOptions[expiry=" + this.expiry + ", condition=" + this.condition + "]";
    }

}
