package io.redispool.metrics;

/**
 * How a command ended.
 */
public enum CommandOutcome {

    /** A reply came back and was not an error. */
    SUCCESS,

    /**
     * The server replied with an error, or the command failed for any reason but a
     * timeout.
     */
    ERROR,

    /** No reply came within the socket timeout. */
    TIMEOUT

}
