package io.redispool.pubsub;

import io.redispool.command.CommandSpec;
import io.redispool.connection.Connection;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What a subscriber wants (every name it subscribed to and has not unsubscribed from),
 * what the server has confirmed on the current connection, and writing on that connection
 * (through {@link SubscriptionWrites}).
 *
 * <p>
 * One lock covers all three, so a name subscribed to while the connection is replaced is
 * either sent on the new connection by {@link #attach} or by {@link #add}, never missed.
 * Names are kept as ISO-8859-1 strings: a lossless view of any bytes with the equality a
 * set needs. A lock rather than {@code synchronized}, so that a virtual thread writing
 * under it does not pin its carrier.
 */
final class Subscriptions {

    private static final System.Logger logger = System.getLogger(Subscriptions.class.getName());

    private final ReentrantLock lock = new ReentrantLock();

    private final Condition changed = this.lock.newCondition();

    private final Map<SubscriptionKind, Set<String>> wanted = new EnumMap<>(SubscriptionKind.class);

    private final Map<SubscriptionKind, Set<String>> confirmed = new EnumMap<>(SubscriptionKind.class);

    private Connection connection;

    /** The connection the last heartbeat PING went out on, and when. */
    private Connection pinged;

    private long pingedAtNanos;

    private final SubscriptionWrites writes = new SubscriptionWrites();

    /**
     * PINGs written on the current connection and PONGs read from it; the server answers
     * in order, so the Nth PONG answers the Nth PING and every command written before it.
     */
    private long pingsWritten;

    private long pongsRead;

    Subscriptions() {
        for (SubscriptionKind kind : SubscriptionKind.values()) {
            this.wanted.put(kind, new LinkedHashSet<>());
            this.confirmed.put(kind, new LinkedHashSet<>());
        }
    }

    /** Adds names and, when connected, subscribes to those that are new. */
    void add(SubscriptionKind kind, Collection<byte[]> names) {
        this.lock.lock();
        try {
            List<byte[]> added = new ArrayList<>();
            for (byte[] name : names) {
                if (this.wanted.get(kind).add(text(name))) {
                    added.add(name);
                }
            }
            send(kind.subscribe(), added);
            this.changed.signalAll();
        }
        finally {
            this.lock.unlock();
        }
    }

    /** Removes names and, when connected, unsubscribes from those that were wanted. */
    void remove(SubscriptionKind kind, Collection<byte[]> names) {
        this.lock.lock();
        try {
            List<byte[]> removed = new ArrayList<>();
            for (byte[] name : names) {
                if (this.wanted.get(kind).remove(text(name))) {
                    removed.add(name);
                }
            }
            send(kind.unsubscribe(), removed);
            this.changed.signalAll();
        }
        finally {
            this.lock.unlock();
        }
    }

    /**
     * Stops wanting names that are to be held on another connection: those the server has
     * confirmed here are unsubscribed from, the others are only forgotten (the server
     * ended them already, or never held them).
     * @return the names that were confirmed here, whose messages may be missed until the
     * other connection holds them
     */
    List<byte[]> release(SubscriptionKind kind, Collection<byte[]> names) {
        this.lock.lock();
        try {
            List<byte[]> held = new ArrayList<>();
            for (byte[] name : names) {
                this.wanted.get(kind).remove(text(name));
                if (this.confirmed.get(kind).remove(text(name))) {
                    held.add(name);
                }
            }
            send(kind.unsubscribe(), held);
            this.changed.signalAll();
            return held;
        }
        finally {
            this.lock.unlock();
        }
    }

    /** Whether a name is wanted, confirmed or not. */
    boolean isWanted(SubscriptionKind kind, byte[] name) {
        this.lock.lock();
        try {
            return this.wanted.get(kind).contains(text(name));
        }
        finally {
            this.lock.unlock();
        }
    }

    /** Whether a connection is current and every wanted name is confirmed on it. */
    boolean holdsAll() {
        this.lock.lock();
        try {
            return this.connection != null && isComplete();
        }
        finally {
            this.lock.unlock();
        }
    }

    /**
     * Makes a new connection current and subscribes on it to everything wanted.
     * @return {@code true} if nothing is wanted, so nothing is left to confirm
     */
    boolean attach(Connection connection) {
        this.lock.lock();
        try {
            this.connection = connection;
            this.confirmed.values().forEach(Set::clear);
            this.pingsWritten = 0;
            this.pongsRead = 0;
            for (SubscriptionKind kind : SubscriptionKind.values()) {
                send(kind.subscribe(), this.wanted.get(kind).stream().map(Subscriptions::bytes).toList());
            }
            this.changed.signalAll();
            return isComplete();
        }
        finally {
            this.lock.unlock();
        }
    }

    /**
     * Forgets the current connection, which was lost or is being closed.
     * @return the connection, or {@code null} if there was none
     */
    Connection detach() {
        this.lock.lock();
        try {
            Connection lost = this.connection;
            this.connection = null;
            this.confirmed.values().forEach(Set::clear);
            this.changed.signalAll();
            return lost;
        }
        finally {
            this.lock.unlock();
        }
    }

    /**
     * Records the server's confirmation of one name.
     * @return {@code true} if every wanted name is now confirmed and no other is
     */
    boolean confirm(PubSubFrame.Confirmation confirmation) {
        this.lock.lock();
        try {
            Set<String> names = this.confirmed.get(confirmation.kind());
            if (confirmation.name() != null) {
                if (confirmation.subscribed()) {
                    names.add(text(confirmation.name()));
                }
                else {
                    names.remove(text(confirmation.name()));
                }
            }
            this.changed.signalAll();
            return isComplete();
        }
        finally {
            this.lock.unlock();
        }
    }

    /** Records a PONG read from the current connection, the answer to its oldest PING. */
    void pong() {
        this.lock.lock();
        try {
            if (this.connection != null) {
                this.pongsRead++;
                this.changed.signalAll();
            }
        }
        finally {
            this.lock.unlock();
        }
    }

    /**
     * Checks the connection: when the last PING has had no frame after it, the peer is
     * gone without closing the connection, which is then closed so the reading thread
     * reconnects; otherwise a new PING goes out.
     * @param lastFrameNanos when the reading thread last read a frame
     * @param name the subscriber's name, for the log
     */
    void heartbeat(long lastFrameNanos, String name) {
        this.lock.lock();
        try {
            Connection current = this.connection;
            if (current == null) {
                return;
            }
            if (this.pinged == current && lastFrameNanos - this.pingedAtNanos < 0) {
                logger.log(Level.WARNING, "{0}: no answer to the heartbeat PING of {1}ms ago on {2}; reconnecting",
                        name, (System.nanoTime() - this.pingedAtNanos) / 1_000_000, current);
                current.disconnect();
                return;
            }
            // Timed before the write: a local server may answer before the write returns,
            // and an answer read before the time taken would look like no answer at all.
            this.pingedAtNanos = System.nanoTime();
            this.pinged = current;
            ping();
        }
        finally {
            this.lock.unlock();
        }
    }

    /**
     * Waits until every wanted name is confirmed on an open connection, and the server
     * has answered a PING written after the last subscribing command.
     *
     * <p>
     * Why the PING: what was read so far can look complete while commands are still on
     * their way (an UNSUBSCRIBE and SUBSCRIBE of one name leave the same name wanted and
     * confirmed before the server has seen either), or after the server closed the
     * connection but before its end was read. The PONG proves both wrong: the server
     * answers in order, and only on a connection it still holds.
     * @return {@code false} if the timeout passed first, so at least one round trip
     */
    boolean awaitConfirmed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        this.lock.lock();
        try {
            while (true) {
                if (this.connection == null || !isComplete()) {
                    if (!awaitChange(deadline)) {
                        return false;
                    }
                    continue;
                }
                Connection current = this.connection;
                long commandsBefore = this.writes.subscriptionCommands();
                long answered = ping();
                while (this.connection == current && this.pongsRead < answered) {
                    if (!awaitChange(deadline)) {
                        return false;
                    }
                }
                if (this.connection == current && this.writes.subscriptionCommands() == commandsBefore
                        && isComplete()) {
                    return true;
                }
            }
        }
        finally {
            this.lock.unlock();
        }
    }

    /** A snapshot of the names wanted, decoded as the caller likes. */
    List<byte[]> wanted(SubscriptionKind kind) {
        this.lock.lock();
        try {
            return this.wanted.get(kind).stream().map(Subscriptions::bytes).toList();
        }
        finally {
            this.lock.unlock();
        }
    }

    /** Whether a connection is current, and how many names are wanted and confirmed. */
    Snapshot snapshot() {
        this.lock.lock();
        try {
            int wantedCount = this.wanted.values().stream().mapToInt(Set::size).sum();
            int confirmedCount = this.confirmed.values().stream().mapToInt(Set::size).sum();
            return new Snapshot(this.connection != null, wantedCount, confirmedCount);
        }
        finally {
            this.lock.unlock();
        }
    }

    private boolean isComplete() {
        return this.confirmed.equals(this.wanted);
    }

    /**
     * Waits, under the lock, for a change or the deadline; {@code false} once past it.
     */
    private boolean awaitChange(long deadlineNanos) throws InterruptedException {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            return false;
        }
        this.changed.awaitNanos(remaining);
        return true;
    }

    /**
     * Writes a PING on the current connection, under the lock.
     * @return the count of PONGs read that means it was answered
     */
    private long ping() {
        this.writes.ping(this.connection);
        return ++this.pingsWritten;
    }

    private void send(CommandSpec spec, List<byte[]> names) {
        if (this.connection != null) {
            this.writes.send(this.connection, spec, names);
        }
    }

    record Snapshot(boolean connected, int wanted, int confirmed) {
    }

    private static String text(byte[] name) {
        return new String(name, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String name) {
        return name.getBytes(StandardCharsets.ISO_8859_1);
    }

}
