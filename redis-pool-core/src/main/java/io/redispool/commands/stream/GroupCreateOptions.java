package io.redispool.commands.stream;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;

/**
 * The options of XGROUP CREATE: MKSTREAM, and ENTRIESREAD to set the group's lag.
 *
 * <p>
 * Immutable; each method returns a new instance.
 */
public final class GroupCreateOptions {

    private static final GroupCreateOptions NONE = new GroupCreateOptions(false, null);

    private final boolean makeStream;

    private final Long entriesRead;

    private GroupCreateOptions(boolean makeStream, Long entriesRead) {
        this.makeStream = makeStream;
        this.entriesRead = entriesRead;
    }

    /**
     * No options: the stream must exist.
     * @return the empty options
     */
    public static GroupCreateOptions none() {
        return NONE;
    }

    /**
     * Creates the stream, empty, when it does not exist (MKSTREAM).
     * @return options with MKSTREAM
     */
    public GroupCreateOptions makeStream() {
        return new GroupCreateOptions(true, this.entriesRead);
    }

    /**
     * The logical read counter of the group's last delivered entry (ENTRIESREAD), from
     * which the server computes its lag.
     * @param entriesRead at least 0, or -1 for unknown
     * @return options with ENTRIESREAD
     */
    public GroupCreateOptions entriesRead(long entriesRead) {
        if (entriesRead < -1) {
            throw new IllegalArgumentException(
                    "'entriesRead' must be at least 0, or -1 for unknown, but was " + entriesRead);
        }
        if (this.entriesRead != null) {
            throw new IllegalStateException("An ENTRIESREAD is already set (" + this.entriesRead + ")");
        }
        return new GroupCreateOptions(this.makeStream, entriesRead);
    }

    void appendTo(CommandArgs args) {
        if (this.makeStream) {
            args.add(Keyword.MKSTREAM);
        }
        if (this.entriesRead != null) {
            args.add(Keyword.ENTRIESREAD).add(this.entriesRead);
        }
    }

    @Override
    public String toString() {
        return "GroupCreateOptions[makeStream=" + this.makeStream + ", entriesRead=" + this.entriesRead + "]";
    }

}
