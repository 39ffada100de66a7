package io.redispool.commands.stream;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.util.Objects;

/**
 * The options of XADD: an explicit ID (else the server makes one), NOMKSTREAM, and a
 * trim.
 *
 * <p>
 * Immutable; each method returns a new instance. Setting an option twice fails rather
 * than letting the last one win silently.
 */
public final class XAddOptions {

    private static final String AUTO_ID = "*";

    private static final XAddOptions NONE = new XAddOptions(null, false, null);

    private final String id;

    private final boolean noMkStream;

    private final StreamTrim trim;

    private XAddOptions(String id, boolean noMkStream, StreamTrim trim) {
        this.id = id;
        this.noMkStream = noMkStream;
        this.trim = trim;
    }

    /**
     * No options: the server makes the ID, and creates the stream if needed.
     * @return the empty options
     */
    public static XAddOptions none() {
        return NONE;
    }

    /**
     * Adds the entry with this ID, such as {@code 1700000000000-0}, or
     * {@code 1700000000000-*} for a sequence number chosen by the server.
     * @param id the ID, greater than the stream's last
     * @return options with the ID
     */
    public XAddOptions id(String id) {
        if (this.id != null) {
            throw new IllegalStateException("An ID is already set (" + this.id + ")");
        }
        return new XAddOptions(StreamArguments.id("id", id), this.noMkStream, this.trim);
    }

    /**
     * Does not create a missing stream (NOMKSTREAM): XADD then adds nothing and yields
     * {@code null}.
     * @return options with NOMKSTREAM
     */
    public XAddOptions noMkStream() {
        return new XAddOptions(this.id, true, this.trim);
    }

    /**
     * Trims the stream as the entry is added.
     * @param trim MAXLEN or MINID, with its operator and LIMIT
     * @return options with the trim
     */
    public XAddOptions trim(StreamTrim trim) {
        if (this.trim != null) {
            throw new IllegalStateException("A trim is already set (" + this.trim + ")");
        }
        return new XAddOptions(this.id, this.noMkStream, Objects.requireNonNull(trim, "'trim' must not be null"));
    }

    void appendTo(CommandArgs args) {
        if (this.noMkStream) {
            args.add(Keyword.NOMKSTREAM);
        }
        if (this.trim != null) {
            this.trim.appendTo(args);
        }
        args.add((this.id != null) ? this.id : AUTO_ID);
    }

    @Override
    public String toString() {
        return "XAddOptions[id=" + this.id + ", noMkStream=" + this.noMkStream + ", trim=" + this.trim + "]";
    }

}
