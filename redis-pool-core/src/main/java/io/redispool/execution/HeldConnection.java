package io.redispool.execution;

import io.redispool.RedisServerException;
import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ConnectionUse;
import io.redispool.command.ReplyDecoders;
import io.redispool.connection.Connection;
import io.redispool.pool.ConnectionPool;
import io.redispool.pool.PooledConnection;
import io.redispool.protocol.RespReply;

/**
 * One pooled connection held by one caller across several commands, for what needs the
 * same connection each time: WATCH and the transaction it guards, a loop of blocking
 * pops, scripts in a row.
 *
 * <p>
 * WATCH and UNWATCH may run here; MULTI, EXEC and DISCARD go through {@link #multi()},
 * and the commands that change a connection's settings or turn it into a subscriber stay
 * refused as on any pooled connection. {@link #close()} gives the connection back to the
 * pool only in a clean state: a WATCH still in force is undone with UNWATCH first, and a
 * connection that failed or cannot be cleaned is closed instead. Not thread-safe: the
 * holder uses it from one thread.
 */
public final class HeldConnection implements AutoCloseable {

    private static final CommandSpec WATCH = CommandTable.get().spec("watch");

    private static final Command<String> UNWATCH = CommandArgs.of(CommandTable.get().spec("unwatch"), 0)
        .build(ReplyDecoders.STATUS);

    private final ConnectionPool pool;

    private final PooledConnection pooled;

    private boolean watching;

    private boolean closed;

    HeldConnection(ConnectionPool pool, PooledConnection pooled) {
        this.pool = pool;
        this.pooled = pooled;
    }

    /**
     * Runs a command on the held connection.
     * @param command the command
     * @param <T> the decoded type
     * @return the decoded reply
     * @throws IllegalArgumentException for MULTI, EXEC and DISCARD (use {@link #multi()})
     * and for the commands refused on every pooled connection
     */
    public <T> T execute(Command<T> command) {
        ensureOpen();
        ConnectionUse use = command.spec().connectionUse();
        boolean watchCommand = command.spec().name().equals("watch") || command.spec().name().equals("unwatch");
        if (use == ConnectionUse.TRANSACTION && !watchCommand) {
            throw new IllegalArgumentException(command.name() + " cannot run on a held connection: use multi() "
                    + "and its Transaction, which sends MULTI, the commands and EXEC together");
        }
        if (!watchCommand) {
            PooledUse.check(command);
        }
        PooledUse.ensureNotInterrupted(command);
        Connection connection = this.pooled.connection();
        if (use == ConnectionUse.CLOSES_AFTER) {
            connection.retireAfterUse();
        }
        connection.send(command.arguments());
        RespReply reply = connection.read(command.blockingWait());
        if (reply instanceof RespReply.ErrorReply error) {
            throw RedisServerException.of(error.message());
        }
        if (watchCommand) {
            // WATCH adds to what is watched; UNWATCH (and EXEC, in a transaction) clears
            // it all.
            this.watching = command.spec() == WATCH;
        }
        return command.decoder().decode(reply);
    }

    /**
     * Starts a transaction on the held connection: after WATCH, it runs only if no
     * watched key changed.
     * @return an empty transaction
     */
    public Transaction multi() {
        ensureOpen();
        return new Transaction(new ConnectionLease() {
            @Override
            public Connection acquire() {
                return HeldConnection.this.pooled.connection();
            }

            @Override
            public void release() {
                // EXEC, run or aborted, ends every WATCH of the connection.
                HeldConnection.this.watching = false;
            }
        });
    }

    /**
     * Whether a WATCH is in force on this connection.
     * @return {@code true} after WATCH, until UNWATCH or a transaction's EXEC
     */
    public boolean isWatching() {
        return this.watching;
    }

    /** Cleans the connection up (UNWATCH when needed) and gives it back to the pool. */
    @Override
    public void close() {
        if (this.closed) {
            return;
        }
        this.closed = true;
        Connection connection = this.pooled.connection();
        try {
            if (this.watching && connection.isReusable() && !Thread.currentThread().isInterrupted()) {
                connection.execute(UNWATCH);
                this.watching = false;
            }
        }
        catch (RuntimeException ex) {
            // The connection is in doubt: it is closed below rather than pooled.
        }
        if (this.watching) {
            connection.retireAfterUse();
        }
        this.pool.release(this.pooled);
    }

    private void ensureOpen() {
        if (this.closed) {
            throw new IllegalStateException("This held connection has been given back to the pool");
        }
    }

}
