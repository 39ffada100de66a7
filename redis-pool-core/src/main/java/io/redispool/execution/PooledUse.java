package io.redispool.execution;

import io.redispool.RedisConnectionException;
import io.redispool.command.Command;

/**
 * The checks a command passes before it may borrow a pooled connection, shared by every
 * path that borrows one (single commands and pipelines), so that none can skip them.
 */
final class PooledUse {

    private PooledUse() {
    }

    /**
     * Refuses a command that would leave state behind on a pooled connection for the next
     * caller.
     * @param command the command
     * @throws IllegalArgumentException naming the command, why, and what to use instead
     */
    static void check(Command<?> command) {
        String reason = command.spec().connectionUse().reason();
        if (reason != null) {
            throw new IllegalArgumentException(command.name() + " cannot run on a pooled connection: " + reason);
        }
    }

    /**
     * Fails fast for an interrupted caller, before any socket is touched: NIO closes a
     * channel that an interrupted thread reads or writes, which would destroy a healthy
     * idle connection. The interrupt stays set for the caller to see.
     * @param command the command about to be sent
     * @throws RedisConnectionException saying that the thread was interrupted and nothing
     * was sent
     */
    static void ensureNotInterrupted(Command<?> command) {
        if (Thread.currentThread().isInterrupted()) {
            throw interrupted(command.name());
        }
    }

    static RedisConnectionException interrupted(String what) {
        return new RedisConnectionException("Not sending " + what + ": the calling thread ("
                + Thread.currentThread().getName() + ") is interrupted; nothing was sent", null, false);
    }

}
