package io.redispool.commands.stream;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.time.Duration;

/**
 * The options of XREAD and XREADGROUP: COUNT, BLOCK, and for XREADGROUP NOACK.
 *
 * <p>
 * Immutable; each method returns a new instance. A BLOCK wait extends the call's socket
 * timeout, so a wait longer than the timeout is fine. NOACK on XREAD fails when the
 * command is built.
 */
public final class StreamReadOptions {

    private static final StreamReadOptions NONE = new StreamReadOptions(null, null, false);

    private final Long count;

    private final Duration block;

    private final boolean noAck;

    private StreamReadOptions(Long count, Duration block, boolean noAck) {
        this.count = count;
        this.block = block;
        this.noAck = noAck;
    }

    /**
     * No options: every new entry of each stream, without waiting.
     * @return the empty options
     */
    public static StreamReadOptions none() {
        return NONE;
    }

    /**
     * Reads at most this many entries per stream (COUNT).
     * @param count at least 1
     * @return options with the count
     */
    public StreamReadOptions count(long count) {
        if (this.count != null) {
            throw new IllegalStateException("A COUNT is already set (" + this.count + ")");
        }
        return new StreamReadOptions(StreamArguments.count(count), this.block, this.noAck);
    }

    /**
     * Waits up to this long for an entry when none is there yet (BLOCK, in milliseconds).
     * @param timeout the wait; {@link Duration#ZERO} waits for ever
     * @return options with the wait
     */
    public StreamReadOptions block(Duration timeout) {
        if (this.block != null) {
            throw new IllegalStateException("A BLOCK is already set (" + this.block + ")");
        }
        StreamArguments.millis("timeout", timeout);
        return new StreamReadOptions(this.count, timeout, this.noAck);
    }

    /**
     * XREADGROUP only: entries read are acknowledged at once instead of becoming pending
     * (NOACK).
     * @return options with NOACK
     */
    public StreamReadOptions noAck() {
        return new StreamReadOptions(this.count, this.block, true);
    }

    void appendTo(CommandArgs args, boolean group) {
        if (this.count != null) {
            args.add(Keyword.COUNT).add(this.count);
        }
        if (this.block != null) {
            args.add(Keyword.BLOCK).add(this.block.toMillis());
        }
        if (this.noAck) {
            if (!group) {
                throw new IllegalStateException(
                        "NOACK applies to XREADGROUP only; XREAD has no group to acknowledge to");
            }
            args.add(Keyword.NOACK);
        }
    }

    @Override
    public String toString() {
        return "StreamReadOptions[count=" + this.count + ", block=" + this.block + ", noAck=" + this.noAck + "]";
    }

}
