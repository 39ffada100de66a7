package io.redispool.sentinel;

import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.RedisLoadingException;
import io.redispool.TooManyConnectionsException;
import io.redispool.command.Command;
import io.redispool.execution.CommandExecutor;
import io.redispool.execution.CommandRunner;
import io.redispool.execution.HeldConnection;
import io.redispool.execution.Pipeline;
import io.redispool.execution.Transaction;
import io.redispool.metrics.CommandObserver;
import java.util.List;
import java.util.Set;

/**
 * Runs read-only commands on the master's replicas in turn and everything else on the
 * master: {@code sentinel.read-from} {@code REPLICA_PREFERRED}.
 *
 * <p>
 * A command is a read when the server's command table flags it {@code readonly}. The SCAN
 * family stays on the master, since a cursor is only good on the server that gave it.
 * Pipelines, transactions and held connections are on the master whatever they hold: they
 * may write, and a read after a write on the same connection must see it. A read whose
 * replica cannot be reached, or is still loading its data, runs on the master instead (a
 * read is safe to send twice) and the replica is benched until the sentinels are asked
 * again; with no healthy replica, reads go to the master.
 */
final class ReplicaReads implements CommandRunner {

    private static final Set<String> CURSOR_COMMANDS = Set.of("scan", "sscan", "hscan", "zscan");

    private final CommandExecutor master;

    private final ReplicaSet replicas;

    ReplicaReads(CommandExecutor master, ReplicaSet replicas) {
        this.master = master;
        this.replicas = replicas;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!command.spec().isReadOnly() || CURSOR_COMMANDS.contains(command.spec().name())) {
            return this.master.execute(command);
        }
        Replica replica = this.replicas.next();
        if (replica == null) {
            return this.master.execute(command);
        }
        try {
            return replica.executor().execute(command);
        }
        catch (TooManyConnectionsException ex) {
            // The replica is busy, not broken: the caller hears of it as from the master.
            throw ex;
        }
        catch (RedisConnectionException | RedisLoadingException ex) {
            this.replicas.failed(replica, ex);
            try {
                return this.master.execute(command);
            }
            catch (RedisException onMaster) {
                onMaster.addSuppressed(ex);
                throw onMaster;
            }
        }
    }

    @Override
    public Pipeline pipeline() {
        return this.master.pipeline();
    }

    @Override
    public Transaction multi() {
        return this.master.multi();
    }

    @Override
    public HeldConnection hold() {
        return this.master.hold();
    }

    @Override
    public HeldConnection hold(List<byte[]> keys) {
        return this.master.hold(keys);
    }

    @Override
    public void observeCommands(CommandObserver observer) {
        this.master.observeCommands(observer);
        this.replicas.observeCommands(observer);
    }

    /** Closes the replicas' pools, then the master's. */
    @Override
    public void close() {
        try {
            this.replicas.close();
        }
        finally {
            this.master.close();
        }
    }

}
