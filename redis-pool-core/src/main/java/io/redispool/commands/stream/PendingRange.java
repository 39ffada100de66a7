package io.redispool.commands.stream;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.time.Duration;

/**
 * The range of XPENDING's extended form: IDs from start to end, at most count of them,
 * optionally only those idle for at least a time (IDLE) or held by one consumer.
 *
 * <p>
 * Immutable; each method returns a new instance.
 */
public final class PendingRange {

    private final String start;

    private final String end;

    private final long count;

    private final Duration minIdle;

    private final String consumer;

    private PendingRange(String start, String end, long count, Duration minIdle, String consumer) {
        this.start = start;
        this.end = end;
        this.count = count;
        this.minIdle = minIdle;
        this.consumer = consumer;
    }

    /**
     * Pending entries with IDs from start to end.
     * @param start the lowest ID, {@code -} for the lowest, {@code (} before it for
     * exclusive
     * @param end the greatest ID, {@code +} for the greatest
     * @param count the most entries returned, at least 1
     * @return the range
     */
    public static PendingRange of(String start, String end, long count) {
        return new PendingRange(StreamArguments.id("start", start), StreamArguments.id("end", end),
                StreamArguments.count(count), null, null);
    }

    /**
     * Every pending entry, at most count of them.
     * @param count the most entries returned, at least 1
     * @return the range from {@code -} to {@code +}
     */
    public static PendingRange all(long count) {
        return of("-", "+", count);
    }

    /**
     * Only entries idle for at least this long (IDLE).
     * @param minIdle the idle time, not negative
     * @return the range with IDLE
     */
    public PendingRange idle(Duration minIdle) {
        if (this.minIdle != null) {
            throw new IllegalStateException("An IDLE is already set (" + this.minIdle + ")");
        }
        StreamArguments.millis("minIdle", minIdle);
        return new PendingRange(this.start, this.end, this.count, minIdle, this.consumer);
    }

    /**
     * Only entries held by this consumer.
     * @param consumer the consumer's name
     * @return the range for the consumer
     */
    public PendingRange consumer(String consumer) {
        if (this.consumer != null) {
            throw new IllegalStateException("A consumer is already set (" + this.consumer + ")");
        }
        StreamArguments.name("consumer", consumer);
        return new PendingRange(this.start, this.end, this.count, this.minIdle, consumer);
    }

    void appendTo(CommandArgs args) {
        if (this.minIdle != null) {
            args.add(Keyword.IDLE).add(this.minIdle.toMillis());
        }
        args.add(this.start).add(this.end).add(this.count);
        if (this.consumer != null) {
            args.add(StreamArguments.name("consumer", this.consumer));
        }
    }

    @Override
    public String toString() {
        return "PendingRange[" + this.start + ".." + this.end + ", count=" + this.count + ", minIdle=" + this.minIdle
                + ", consumer=" + this.consumer + "]";
    }

}
