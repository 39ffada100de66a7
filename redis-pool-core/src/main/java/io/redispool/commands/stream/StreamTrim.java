package io.redispool.commands.stream;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;

/**
 * How XTRIM or XADD trims a stream: to a length (MAXLEN) or below an ID (MINID), exactly
 * ({@code =}) or approximately ({@code ~}, cheaper), and with approximate trimming at
 * most LIMIT entries at once.
 *
 * <p>
 * Immutable; each method returns a new instance. LIMIT without approximate trimming fails
 * when the command is built, as the server would refuse it.
 */
public final class StreamTrim {

    private static final String EXACT = "=";

    private static final String APPROXIMATE = "~";

    private final Keyword strategy;

    private final String threshold;

    private final String operator;

    private final Long limit;

    private StreamTrim(Keyword strategy, String threshold, String operator, Long limit) {
        this.strategy = strategy;
        this.threshold = threshold;
        this.operator = operator;
        this.limit = limit;
    }

    /**
     * Keeps at most the given number of the newest entries (MAXLEN).
     * @param length the entries to keep, at least 0
     * @return the trim
     */
    public static StreamTrim maxLen(long length) {
        if (length < 0) {
            throw new IllegalArgumentException("'length' must be at least 0 but was " + length);
        }
        return new StreamTrim(Keyword.MAXLEN, Long.toString(length), null, null);
    }

    /**
     * Removes the entries whose IDs are lower than the given one (MINID).
     * @param id the lowest ID to keep
     * @return the trim
     */
    public static StreamTrim minId(String id) {
        return new StreamTrim(Keyword.MINID, StreamArguments.id("id", id), null, null);
    }

    /**
     * Trims exactly ({@code =}), the server's default.
     * @return the trim, exact
     */
    public StreamTrim exact() {
        return withOperator(EXACT);
    }

    /**
     * Trims approximately ({@code ~}): whole radix tree nodes only, so possibly fewer
     * entries.
     * @return the trim, approximate
     */
    public StreamTrim approximate() {
        return withOperator(APPROXIMATE);
    }

    /**
     * Removes at most this many entries per call (LIMIT); needs {@link #approximate()}.
     * @param count the most entries removed, 0 for no limit
     * @return the trim with the limit
     */
    public StreamTrim limit(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("'count' must be at least 0 but was " + count);
        }
        if (this.limit != null) {
            throw new IllegalStateException("A LIMIT is already set (" + this.limit + ")");
        }
        return new StreamTrim(this.strategy, this.threshold, this.operator, count);
    }

    private StreamTrim withOperator(String wanted) {
        if (this.operator != null) {
            throw new IllegalStateException("A trim operator is already set (" + this.operator + ")");
        }
        return new StreamTrim(this.strategy, this.threshold, wanted, this.limit);
    }

    void appendTo(CommandArgs args) {
        if (this.limit != null && !APPROXIMATE.equals(this.operator)) {
            throw new IllegalStateException("LIMIT " + this.limit + " needs approximate trimming (~) but the trim is "
                    + ((this.operator != null) ? "exact (=)" : "exact by default") + "; call approximate()");
        }
        args.add(this.strategy);
        if (this.operator != null) {
            args.add(this.operator);
        }
        args.add(this.threshold);
        if (this.limit != null) {
            args.add(Keyword.LIMIT).add(this.limit);
        }
    }

    @Override
    public String toString() {
        return "StreamTrim[" + this.strategy + " " + ((this.operator != null) ? this.operator + " " : "")
                + this.threshold + ((this.limit != null) ? " LIMIT " + this.limit : "") + "]";
    }

}
