package io.redispool.commands.string;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.time.Duration;

/**
 * The options of SET: an expiry (EX or PX) and a condition (NX or XX).
 *
 * <p>Immutable; each method returns a new instance. Conflicting options fail at once rather
 * than letting the last one win silently.
 */
public final class SetOptions {

    private static final SetOptions NONE = new SetOptions(null, null);

    private final Duration expiry;

    private final Keyword condition;

    private SetOptions(Duration expiry, Keyword condition) {
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
     * @param timeout the time to live, at least one millisecond
     * @return options with the expiry
     */
    public SetOptions expireAfter(Duration timeout) {
        if (this.expiry != null) {
            throw new IllegalStateException("An expiry is already set (" + this.expiry + ")");
        }
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("'timeout' must be at least 1ms but was " + timeout);
        }
        return new SetOptions(timeout, this.condition);
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

    private SetOptions withCondition(Keyword wanted) {
        if (this.condition != null) {
            throw new IllegalStateException("A condition is already set (" + this.condition + ")");
        }
        return new SetOptions(this.expiry, wanted);
    }

    void appendTo(CommandArgs args) {
        if (this.expiry != null) {
            boolean wholeSeconds = this.expiry.toMillis() % 1000 == 0;
            args.add(wholeSeconds ? Keyword.EX : Keyword.PX);
            args.add(wholeSeconds ? this.expiry.toSeconds() : this.expiry.toMillis());
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
