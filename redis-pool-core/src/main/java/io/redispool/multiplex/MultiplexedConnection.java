package io.redispool.multiplex;

import io.redispool.RedisConnectionException;
import io.redispool.RedisException;
import io.redispool.connection.DuplexConnection;
import io.redispool.protocol.RespReply;
import java.lang.System.Logger.Level;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * One connection shared by many callers: their commands are queued, a writer thread sends
 * everything queued in one write, and a reader thread hands each reply to the oldest
 * command still waiting for one.
 *
 * <p>
 * Why a thread per side: the writer batches without any caller waiting for another (a
 * caller only queues and wakes the writer if it sleeps), and no caller's interrupt can
 * ever reach the socket, which NIO would close. Why pairing by position is safe: Redis
 * answers every command on a connection, in order, once; the writer appends a command to
 * the {@link #written} queue before its bytes can leave, so the reader always knows whose
 * reply comes next.
 *
 * <p>
 * Any failure (I/O, a timeout, a reply that breaks the protocol) ends the connection: the
 * command whose reply was being read gets the failure itself, every other command written
 * after it fails with a {@link RedisConnectionException} that names the earlier failure,
 * and commands still queued fail as never sent. The connection is never used again; its
 * owner opens another.
 */
final class MultiplexedConnection {

    private static final System.Logger logger = System.getLogger(MultiplexedConnection.class.getName());

    private final DuplexConnection connection;

    /** Queued by callers, not yet written: many producers, the writer consumes. */
    private final ConcurrentLinkedQueue<PendingCommand<?>> queued = new ConcurrentLinkedQueue<>();

    /**
     * Written, waiting for their replies in order: the writer produces, the reader
     * consumes.
     */
    private final ConcurrentLinkedQueue<PendingCommand<?>> written = new ConcurrentLinkedQueue<>();

    private final AtomicReference<RedisException> failure = new AtomicReference<>();

    private final AtomicBoolean writerParked = new AtomicBoolean();

    private final AtomicBoolean readerParked = new AtomicBoolean();

    private final Thread writer;

    private final Thread reader;

    private MultiplexedConnection(DuplexConnection connection, String name) {
        this.connection = connection;
        this.writer = new Thread(this::writeLoop, name + "-writer");
        this.reader = new Thread(this::readLoop, name + "-reader");
        this.writer.setDaemon(true);
        this.reader.setDaemon(true);
    }

    /**
     * Starts sharing a connection.
     * @param connection the set-up connection, owing no reply
     * @param name prefix for the threads' names
     * @return the shared connection, its threads running
     */
    static MultiplexedConnection start(DuplexConnection connection, String name) {
        MultiplexedConnection shared = new MultiplexedConnection(connection, name);
        shared.writer.start();
        shared.reader.start();
        return shared;
    }

    /**
     * Queues a command for the writer.
     * @param pending the command and its future
     */
    void submit(PendingCommand<?> pending) {
        this.queued.offer(pending);
        if (this.failure.get() != null) {
            // The writer may have stopped before seeing this command: nobody else would
            // fail it.
            failQueued();
            return;
        }
        wake(this.writer, this.writerParked);
    }

    /**
     * Whether the connection can take more commands.
     * @return {@code false} once it has failed or been closed
     */
    boolean isUsable() {
        return this.failure.get() == null;
    }

    /**
     * Whether no command is queued or waiting for its reply, for a graceful close.
     * @return {@code true} when nothing is in flight
     */
    boolean isIdle() {
        return this.queued.isEmpty() && this.written.isEmpty();
    }

    /**
     * Ends the connection: every command not yet answered fails.
     * @param cause why; commands written or queued get an error that names it
     * @return {@code true} if this call ended it, {@code false} if it had already ended
     */
    boolean fail(RedisException cause) {
        if (!this.failure.compareAndSet(null, cause)) {
            return false;
        }
        this.connection.disconnect();
        LockSupport.unpark(this.writer);
        LockSupport.unpark(this.reader);
        // Written commands are failed by the reader and the writer as they stop: only
        // they
        // take from that queue, so the reader never pairs a reply with a command that
        // another thread has taken.
        failQueued();
        return true;
    }

    private void writeLoop() {
        try {
            while (this.failure.get() == null) {
                PendingCommand<?> next = this.queued.poll();
                if (next == null) {
                    park(this.writerParked, this.queued);
                    continue;
                }
                do {
                    // Listed before its bytes can leave: the reader must know whose reply
                    // comes.
                    this.written.offer(next);
                    this.connection.write(next.command().arguments());
                    next = this.queued.poll();
                }
                while (next != null);
                wake(this.reader, this.readerParked);
                this.connection.flush();
            }
        }
        catch (RedisException ex) {
            fail(ex);
        }
        catch (RuntimeException | Error ex) {
            fail(new RedisConnectionException("The writer of " + this.connection + " failed: " + ex, ex));
            throw ex;
        }
        finally {
            // The reader stops at once now that the connection is closed; only then may
            // this thread fail what it wrote last, which the reader could no longer see.
            awaitReader();
            failWritten();
            failQueued();
        }
    }

    private void readLoop() {
        try {
            while (this.failure.get() == null) {
                PendingCommand<?> head = this.written.peek();
                if (head == null) {
                    park(this.readerParked, this.written);
                    continue;
                }
                RespReply reply = readFor(head);
                if (reply == null) {
                    break;
                }
                // Only this thread takes from the queue while it runs: the head is still
                // there.
                this.written.poll();
                head.answer(reply);
            }
        }
        catch (RuntimeException | Error ex) {
            fail(new RedisConnectionException("The reader of " + this.connection + " failed: " + ex, ex));
            throw ex;
        }
        finally {
            failWritten();
        }
    }

    /**
     * Reads the reply of the oldest written command; on failure, that command gets the
     * failure itself, the connection ends and the result is {@code null}.
     */
    private RespReply readFor(PendingCommand<?> head) {
        try {
            return this.connection.read();
        }
        catch (RedisException ex) {
            // The connection is marked failed before its caller hears of it, so that the
            // caller's next command goes to a new connection.
            if (fail(ex)) {
                this.written.poll();
                head.completeExceptionally(ex);
            }
            return null;
        }
    }

    private void awaitReader() {
        boolean interrupted = false;
        while (this.reader.isAlive()) {
            try {
                this.reader.join();
            }
            catch (InterruptedException ex) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void park(AtomicBoolean parked, ConcurrentLinkedQueue<?> work) {
        parked.set(true);
        if (work.isEmpty() && this.failure.get() == null) {
            LockSupport.park(this);
        }
        parked.set(false);
    }

    private static void wake(Thread thread, AtomicBoolean parked) {
        if (parked.get() && parked.compareAndSet(true, false)) {
            LockSupport.unpark(thread);
        }
    }

    private void failWritten() {
        RedisException cause = this.failure.get();
        if (cause == null) {
            return;
        }
        for (PendingCommand<?> pending = this.written.poll(); pending != null; pending = this.written.poll()) {
            pending.completeExceptionally(new RedisConnectionException(
                    this.connection + " was closed after an earlier failure (" + cause.getMessage() + "); "
                            + pending.command().name() + " had been sent and may have run",
                    cause, true));
        }
    }

    private void failQueued() {
        RedisException cause = this.failure.get();
        for (PendingCommand<?> pending = this.queued.poll(); pending != null; pending = this.queued.poll()) {
            pending.completeExceptionally(
                    new RedisConnectionException(this.connection + " was closed after an earlier failure ("
                            + cause.getMessage() + "); " + pending.command().name() + " was not sent", cause, false));
        }
    }

    void logIfFailed() {
        RedisException cause = this.failure.get();
        if (cause != null) {
            logger.log(Level.DEBUG, "Shared {0} ended: {1}", this.connection, cause.getMessage());
        }
    }

    @Override
    public String toString() {
        return "shared " + this.connection;
    }

}
