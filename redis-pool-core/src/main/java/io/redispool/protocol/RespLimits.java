package io.redispool.protocol;

import io.redispool.InvalidSettingException;

/**
 * Upper bounds on what a reply may claim, so that a hostile or broken server cannot make
 * the client allocate without limit.
 *
 * <p>
 * The defaults follow the server's own limits where it has one
 * ({@code proto-max-bulk-len} is 512 MB).
 *
 * @param maxBulkLength the largest bulk string accepted, in bytes
 * @param maxArrayLength the largest number of elements accepted in one array
 * @param maxNestingDepth how deeply arrays may nest inside each other
 * @param maxLineLength the longest simple string, error or length line accepted, in bytes
 */
public record RespLimits(int maxBulkLength, int maxArrayLength, int maxNestingDepth, int maxLineLength) {

    /** The server's default {@code proto-max-bulk-len}: 512 MB. */
    public static final int DEFAULT_MAX_BULK_LENGTH = 512 * 1024 * 1024;

    /** 2^27 elements: far above any sane reply, far below what would exhaust a heap. */
    public static final int DEFAULT_MAX_ARRAY_LENGTH = 1 << 27;

    /** Deeper than any reply Redis sends (COMMAND DOCS nests six levels). */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

    /**
     * 64 KB: status and error lines are short; a longer one is not RESP from a sane
     * server.
     */
    public static final int DEFAULT_MAX_LINE_LENGTH = 64 * 1024;

    /** The defaults. */
    public static final RespLimits DEFAULTS = new RespLimits(DEFAULT_MAX_BULK_LENGTH, DEFAULT_MAX_ARRAY_LENGTH,
            DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_LINE_LENGTH);

    public RespLimits {
        requireAtLeast("limits.max-bulk-length", maxBulkLength, 1);
        requireAtLeast("limits.max-array-length", maxArrayLength, 1);
        requireAtLeast("limits.max-nesting-depth", maxNestingDepth, 1);
        // "-1" plus CRLF must fit, or no length line could be read at all.
        requireAtLeast("limits.max-line-length", maxLineLength, 16);
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw InvalidSettingException.invalid(name, value, "must be at least " + minimum);
        }
    }
}
