package io.redispool.execution;

import io.redispool.InvalidSettingException;

/**
 * When a failed command is sent again, after redis-py's retry once on a connection error.
 *
 * <p>
 * Stricter than redis-py: a command that may already have run on the server is retried
 * only when it is read-only, so an INCR never runs twice (redis-py #1140). A command that
 * certainly never left, because the connection could not be opened or set up, is always
 * retried.
 *
 * @param attempts how many times a command may be retried; zero turns retries off
 * @param onTimeout whether a read-only command is retried after a read timeout too
 */
public record RetryPolicy(int attempts, boolean onTimeout) {

    /** One retry on a connection error, none on a timeout: redis-py's defaults. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(1, false);

    public RetryPolicy {
        if (attempts < 0) {
            throw InvalidSettingException.invalid("retry-attempts", attempts, "must be at least 0");
        }
    }
}
