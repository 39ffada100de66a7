package io.redispool.spring.autoconfigure;

import org.springframework.util.unit.DataSize;

/**
 * Bounds on what a server's reply may claim; a reply beyond one is a protocol error and
 * its connection is closed. Lower them when the server is not trusted.
 */
public class RedisPoolLimitsProperties {

    /**
     * Largest bulk string accepted, as the server's proto-max-bulk-len.
     */
    private DataSize maxBulkLength = DataSize.ofMegabytes(512);

    /**
     * Largest number of elements accepted in one array reply.
     */
    private int maxArrayLength = 134217728;

    /**
     * How deeply array replies may nest.
     */
    private int maxNestingDepth = 32;

    /**
     * Longest status, error or length line accepted.
     */
    private DataSize maxLineLength = DataSize.ofKilobytes(64);

    public DataSize getMaxBulkLength() {
        return this.maxBulkLength;
    }

    public void setMaxBulkLength(DataSize maxBulkLength) {
        this.maxBulkLength = maxBulkLength;
    }

    public int getMaxArrayLength() {
        return this.maxArrayLength;
    }

    public void setMaxArrayLength(int maxArrayLength) {
        this.maxArrayLength = maxArrayLength;
    }

    public int getMaxNestingDepth() {
        return this.maxNestingDepth;
    }

    public void setMaxNestingDepth(int maxNestingDepth) {
        this.maxNestingDepth = maxNestingDepth;
    }

    public DataSize getMaxLineLength() {
        return this.maxLineLength;
    }

    public void setMaxLineLength(DataSize maxLineLength) {
        this.maxLineLength = maxLineLength;
    }

}
