package io.redispool.command;

import java.util.List;

/**
 * One page of a SCAN: the cursor for the next call and the keys found.
 *
 * @param cursor pass this to the next SCAN; "0" means the iteration is complete
 * @param keys the keys of this page; may be empty even when more follow
 * @param <K> the key type
 */
public record ScanResult<K>(String cursor, List<K> keys) {

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
