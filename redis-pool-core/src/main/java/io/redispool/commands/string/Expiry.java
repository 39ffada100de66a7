package io.redispool.commands.string;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import io.redispool.commands.TimeArguments;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An expiry as SET and GETEX write it: a word and, but for KEEPTTL and PERSIST, its
 * number.
 *
 * <p>
 * A relative expiry goes out as EX when it is whole seconds and PX otherwise, an absolute
 * one as EXAT or PXAT alike, so the caller states a time and never picks the unit.
 */
final class Expiry {

    static final Expiry KEEP_TTL = new Expiry(Keyword.KEEPTTL, 0, false, "KEEPTTL");

    static final Expiry PERSIST = new Expiry(Keyword.PERSIST, 0, false, "PERSIST");

    private final Keyword keyword;

    private final long amount;

    private final boolean hasAmount;

    private final String description;

    private Expiry(Keyword keyword, long amount, boolean hasAmount, String description) {
        this.keyword = keyword;
        this.amount = amount;
        this.hasAmount = hasAmount;
        this.description = description;
    }

    static Expiry after(Duration timeout) {
        Objects.requireNonNull(timeout, "'timeout' must not be null");
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("'timeout' must be at least 1ms but was " + timeout);
        }
        long millis = TimeArguments.millis("timeout", timeout);
        boolean wholeSeconds = TimeArguments.isWholeSeconds(timeout);
        return new Expiry(wholeSeconds ? Keyword.EX : Keyword.PX, wholeSeconds ? timeout.getSeconds() : millis, true,
                timeout.toString());
    }

    static Expiry at(Instant timestamp) {
        Objects.requireNonNull(timestamp, "'timestamp' must not be null");
        if (!timestamp.isAfter(Instant.EPOCH)) {
            throw new IllegalArgumentException("'timestamp' must be after " + Instant.EPOCH + " but was " + timestamp);
        }
        long millis = TimeArguments.epochMillis("timestamp", timestamp);
        boolean wholeSeconds = timestamp.getNano() == 0;
        return new Expiry(wholeSeconds ? Keyword.EXAT : Keyword.PXAT,
                wholeSeconds ? timestamp.getEpochSecond() : millis, true, timestamp.toString());
    }

    void appendTo(CommandArgs args) {
        args.add(this.keyword);
        if (this.hasAmount) {
            args.add(this.amount);
        }
    }

    @Override
    public String toString() {
        return this.description;
    }

}
