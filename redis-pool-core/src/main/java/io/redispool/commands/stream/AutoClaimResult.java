package io.redispool.commands.stream;

import java.util.List;

/**
 * What one XAUTOCLAIM call took over, and where the next call starts.
 *
 * @param nextStart the ID to pass as the next call's start; {@code 0-0} when the scan is
 * complete
 * @param claimed the entries (or, with JUSTID, the IDs) now owned by the consumer
 * @param deletedIds pending IDs whose entries no longer exist, removed from the group's
 * pending list
 * @param <T> {@link StreamEntry} or, with JUSTID, {@link String}
 */
public record AutoClaimResult<T>(String nextStart, List<T> claimed, List<String> deletedIds) {

    /**
     * The start of a scan of the pending list, and the next start once it is complete.
     */
    public static final String START = "0-0";

    /**
     * Whether the pending list has been scanned to its end.
     * @return {@code true} when the next start is back to {@code 0-0}
     */
    public boolean isFinished() {
        return START.equals(this.nextStart);
    }
}
