package io.redispool.pool;

import io.redispool.RedisException;
import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoders;
import io.redispool.connection.Connection;
import io.redispool.metrics.CloseReason;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;

/**
 * What a connection must pass to go back into the pool, and to be handed out again.
 *
 * <p>
 * Both run on every borrow and release, so the cheap questions come first and the two
 * that cost something (a non-blocking read, a PING) only after the connection idled long
 * enough to be in doubt.
 */
final class ConnectionChecks {

    private static final System.Logger logger = System.getLogger(ConnectionChecks.class.getName());

    private static final Command<String> PING = CommandArgs.of(CommandTable.get().spec("ping"), 0)
        .build(ReplyDecoders.STATUS);

    /**
     * A connection idle at least this long is checked for a server-side close before it
     * is handed out. The check is one non-blocking read and no round trip; skipping it
     * for connections reused within a millisecond (by {@link CoarseClock}) keeps it off a
     * busy pool's hot path.
     */
    static final long LIVENESS_CHECK_AFTER_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final long healthCheckNanos;

    ConnectionChecks(PoolConfig config) {
        this.healthCheckNanos = config.healthCheckInterval().toNanos();
    }

    /**
     * Why a connection just released must be closed rather than pooled, if it must.
     * @param pooled the connection, still claimed by the releaser
     * @param now the time, from {@link CoarseClock}
     * @param generation the pool's generation
     * @return the reason, or {@code null} to pool it
     */
    CloseReason beforePooling(PooledConnection pooled, long now, int generation) {
        // An interrupted caller may have abandoned a reply half read; the connection is
        // in doubt.
        if (!pooled.connection().isReusable() || Thread.currentThread().isInterrupted()) {
            return CloseReason.BROKEN;
        }
        if (pooled.generation != generation) {
            return CloseReason.RESET;
        }
        return pooled.isExpired(now) ? CloseReason.MAX_LIFETIME : null;
    }

    /**
     * Why an idle connection must not be handed out, if it must not. The borrower's
     * interrupt status plays no part: it says nothing about a connection that sat idle,
     * and closing a healthy one for it would only cost the next borrower a new
     * connection.
     * @param pooled the connection, claimed by the borrower
     * @param now the time, from {@link CoarseClock}
     * @param generation the pool's generation
     * @return the reason, or {@code null} to hand it out
     */
    CloseReason beforeHandOut(PooledConnection pooled, long now, int generation) {
        if (!pooled.connection().isReusable()) {
            return CloseReason.BROKEN;
        }
        if (pooled.generation != generation) {
            return CloseReason.RESET;
        }
        if (pooled.isExpired(now)) {
            return CloseReason.MAX_LIFETIME;
        }
        long idleFor = now - pooled.lastReleasedAt;
        if (idleFor >= LIVENESS_CHECK_AFTER_IDLE_NANOS && !pooled.connection().isAlive()) {
            return CloseReason.SERVER_CLOSED;
        }
        if (this.healthCheckNanos > 0 && idleFor > this.healthCheckNanos && !answersPing(pooled.connection())) {
            return CloseReason.HEALTH_CHECK_FAILED;
        }
        return null;
    }

    private static boolean answersPing(Connection connection) {
        try {
            return "PONG".equals(connection.execute(PING));
        }
        catch (RedisException ex) {
            logger.log(Level.DEBUG, "Health check failed on {0}: {1}", connection, ex.getMessage());
            return false;
        }
    }

}
