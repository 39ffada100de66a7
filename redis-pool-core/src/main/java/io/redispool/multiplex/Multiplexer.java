package io.redispool.multiplex;

import io.redispool.RedisConnectionException;
import io.redispool.command.Command;
import io.redispool.connection.ConnectionFactory;
import io.redispool.connection.DuplexConnection;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.LockSupport;

/**
 * The few connections that every multiplexed command shares: each command goes to one of
 * them, which is opened on first use and replaced once it has failed.
 *
 * <p>
 * A caller picks a connection at random: no shared counter to contend on, and with a few
 * connections and many callers the batches stay even.
 */
final class Multiplexer {

    private static final System.Logger logger = System.getLogger(Multiplexer.class.getName());

    private final ConnectionFactory factory;

    private final String name;

    private final AtomicReferenceArray<MultiplexedConnection> slots;

    /** One per slot, so that one caller opens its connection while the others wait. */
    private final ReentrantLock[] locks;

    private volatile boolean closed;

    Multiplexer(ConnectionFactory factory, int connections, String name) {
        this.factory = factory;
        this.name = name;
        this.slots = new AtomicReferenceArray<>(connections);
        this.locks = new ReentrantLock[connections];
        for (int i = 0; i < connections; i++) {
            this.locks[i] = new ReentrantLock();
        }
    }

    /**
     * Queues a command on one of the shared connections.
     * @param command the command
     * @param <T> the decoded type
     * @return the future its reply completes
     * @throws RedisConnectionException if the multiplexer is closed or a connection could
     * not be opened; nothing was sent
     */
    <T> PendingCommand<T> submit(Command<T> command) {
        int slot = (this.locks.length == 1) ? 0 : ThreadLocalRandom.current().nextInt(this.locks.length);
        PendingCommand<T> pending = new PendingCommand<>(command);
        connection(slot, command).submit(pending);
        return pending;
    }

    boolean isClosed() {
        return this.closed;
    }

    private MultiplexedConnection connection(int slot, Command<?> command) {
        MultiplexedConnection current = this.slots.get(slot);
        if (current != null && current.isUsable()) {
            return current;
        }
        ReentrantLock lock = this.locks[slot];
        // A lock, not a monitor: opening a connection blocks on the network, which would
        // pin a virtual thread to its carrier inside a monitor on older JDKs.
        lock.lock();
        try {
            current = this.slots.get(slot);
            if (current != null && current.isUsable()) {
                return current;
            }
            if (this.closed) {
                throw closed(command.name());
            }
            if (current != null) {
                current.logIfFailed();
            }
            MultiplexedConnection opened = MultiplexedConnection.start(DuplexConnection.of(this.factory.connect()),
                    this.name + "-shared-" + slot);
            this.slots.set(slot, opened);
            if (this.closed) {
                // close() may have passed this slot before it was filled.
                opened.fail(closed(command.name()));
            }
            return opened;
        }
        finally {
            lock.unlock();
        }
    }

    /**
     * Stops taking commands, lets those in flight finish for up to the timeout, then
     * fails what is left and closes every connection.
     * @param timeout how long commands already queued may take
     */
    void close(Duration timeout) {
        this.closed = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < this.locks.length; i++) {
            MultiplexedConnection shared = this.slots.get(i);
            while (shared != null && !shared.isIdle() && shared.isUsable() && System.nanoTime() - deadline < 0) {
                LockSupport.parkNanos(1_000_000);
            }
        }
        for (int i = 0; i < this.locks.length; i++) {
            MultiplexedConnection shared = this.slots.get(i);
            if (shared != null) {
                shared.fail(closed(null));
            }
        }
        logger.log(Level.DEBUG, "Closed the shared connections of {0}", this.name);
    }

    private RedisConnectionException closed(String commandName) {
        String what = (commandName != null) ? "Cannot run " + commandName + ": " : "";
        return new RedisConnectionException(what + "the client of pool '" + this.name + "' is closed", null, false);
    }

    @Override
    public String toString() {
        return "Multiplexer[" + this.name + ", " + this.locks.length + " connection(s)]";
    }

}
