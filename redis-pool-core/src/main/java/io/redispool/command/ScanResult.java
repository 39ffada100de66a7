package io.redispool.command;

import java.util.List;

/**
 * One page of a SCAN, HSCAN, SSCAN or ZSCAN: the cursor for the next call and the items
 * found.
 *
 * @param cursor pass this to the next SCAN; "0" means the iteration is complete
 * @param items the keys, members, fields or scored members of this page; may be empty
 * even when more follow
 * @param <T> the item type
 */
public record ScanResult<T>(String cursor, List<T> items) {

    /** The cursor that starts an iteration, and that the server returns when it ends. */
    public static final String START = "0";

    /**
     * Whether the iteration is complete.
     * @return {@code true} when the cursor is back to "0"
     */
    public boolean isFinished() {
        return START.equals(this.cursor);
    }
}
