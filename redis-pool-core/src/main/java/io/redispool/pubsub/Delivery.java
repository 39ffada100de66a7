package io.redispool.pubsub;

import io.redispool.codec.RedisCodec;
import java.lang.System.Logger.Level;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The bounded queue between the thread that reads the connection and the listener, and
 * the serial drain that calls the listener on the executor.
 *
 * <p>
 * Why drop the newest: the reading thread must never wait for the listener, or the
 * server's output buffer for this connection grows until the server disconnects it
 * ({@code client-output-buffer-limit pubsub}), losing every message in that buffer and
 * forcing a reconnect. Pub/sub delivers at most once anyway; dropping the messages that
 * do not fit keeps the connection read at full speed, delivers everything queued in
 * order, and tells the listener where the hole is and how big: {@code dropped(n)} comes
 * in sequence, after the last message delivered before the hole. Events (confirmations,
 * gaps) are never dropped: there are at most a few per connection.
 *
 * <p>
 * Messages are offered by the reading threads (one per connection: several on a cluster)
 * one at a time, under a lock that is never contended on a single server; the listener is
 * called by one drain at a time, so calls are serial and in order even on a
 * multi-threaded executor.
 *
 * @param <K> the channel type
 * @param <V> the message type
 */
final class Delivery<K, V> {

    private static final System.Logger logger = System.getLogger(Delivery.class.getName());

    /** Entries a drain delivers before it lets a shared executor run other work. */
    private static final int BATCH = 1024;

    private final MessageListener<K, V> listener;

    private final RedisCodec<K, V> codec;

    private final Executor executor;

    private final int capacity;

    private final Queue<Entry<K, V>> queue = new ConcurrentLinkedQueue<>();

    private final AtomicInteger queuedMessages = new AtomicInteger();

    private final AtomicBoolean draining = new AtomicBoolean();

    private final AtomicLong failures = new AtomicLong();

    private volatile long dropped;

    private volatile boolean closed;

    /** Makes offers one at a time, so that the hole below is widened by one at a time. */
    private final ReentrantLock offerLock = new ReentrantLock();

    /** The hole drops are added to; guarded by the offer lock. */
    private Hole hole;

    Delivery(MessageListener<K, V> listener, RedisCodec<K, V> codec, Executor executor, int capacity) {
        this.listener = listener;
        this.codec = codec;
        this.executor = executor;
        this.capacity = capacity;
    }

    /**
     * Queues a message, or drops it when the queue is full.
     * @param message the message as read
     * @return {@code false} if it was dropped
     */
    boolean offer(PubSubFrame.Message message) {
        this.offerLock.lock();
        try {
            if (this.queuedMessages.incrementAndGet() > this.capacity) {
                this.queuedMessages.decrementAndGet();
                this.dropped++;
                if (this.hole == null || !this.hole.widen()) {
                    this.hole = new Hole();
                    enqueue(new Entry<>(false, this.hole::report));
                }
                return false;
            }
            this.hole = null;
            enqueue(new Entry<>(true, (target) -> deliver(target, message)));
            return true;
        }
        finally {
            this.offerLock.unlock();
        }
    }

    /**
     * Queues an event; events are never dropped.
     * @param event calls one method of the listener
     */
    void event(Consumer<MessageListener<K, V>> event) {
        enqueue(new Entry<>(false, event));
    }

    /**
     * Decodes a channel or pattern name with the codec.
     * @param name the name's bytes, or {@code null}
     * @return the decoded name, or {@code null}
     */
    K name(byte[] name) {
        return (name != null) ? this.codec.decodeKey(name) : null;
    }

    /** Stops calling the listener; entries still queued are discarded. */
    void close() {
        this.closed = true;
        this.queue.clear();
        this.queuedMessages.set(0);
    }

    int queued() {
        return this.queuedMessages.get();
    }

    long dropped() {
        return this.dropped;
    }

    long failures() {
        return this.failures.get();
    }

    private void deliver(MessageListener<K, V> target, PubSubFrame.Message message) {
        K channel = this.codec.decodeKey(message.channel());
        V payload = this.codec.decodeValue(message.payload());
        switch (message.kind()) {
            case CHANNEL -> target.message(channel, payload);
            case PATTERN -> target.pmessage(this.codec.decodeKey(message.pattern()), channel, payload);
            case SHARD_CHANNEL -> target.smessage(channel, payload);
        }
    }

    private void enqueue(Entry<K, V> entry) {
        if (this.closed) {
            return;
        }
        this.queue.add(entry);
        schedule();
    }

    private void schedule() {
        if (this.draining.compareAndSet(false, true)) {
            try {
                this.executor.execute(this::drain);
            }
            catch (RejectedExecutionException ex) {
                this.draining.set(false);
                if (!this.closed) {
                    logger.log(Level.WARNING, "The executor refused to deliver pub/sub messages to "
                            + this.listener.getClass().getName() + "; they stay queued until it accepts: " + ex);
                }
            }
        }
    }

    private void drain() {
        try {
            for (int i = 0; i < BATCH && !this.closed; i++) {
                Entry<K, V> entry = this.queue.poll();
                if (entry == null) {
                    break;
                }
                if (entry.message()) {
                    this.queuedMessages.decrementAndGet();
                }
                call(entry.call());
            }
        }
        finally {
            this.draining.set(false);
        }
        if (!this.queue.isEmpty() && !this.closed) {
            schedule();
        }
    }

    private void call(Consumer<MessageListener<K, V>> call) {
        try {
            call.accept(this.listener);
        }
        catch (RuntimeException ex) {
            this.failures.incrementAndGet();
            logger.log(Level.WARNING, "Pub/sub listener " + this.listener.getClass().getName()
                    + " threw; the next message is delivered all the same", ex);
        }
    }

    private record Entry<K, V>(boolean message, Consumer<MessageListener<K, V>> call) {
    }

    /**
     * A run of dropped messages, reported to the listener once, where it happened. The
     * reading thread widens it until it is reported; after that, a new drop starts a new
     * hole.
     */
    private static final class Hole {

        /** How many were dropped, or -1 once reported. */
        private final AtomicLong count = new AtomicLong(1);

        boolean widen() {
            long current;
            do {
                current = this.count.get();
                if (current < 0) {
                    return false;
                }
            }
            while (!this.count.compareAndSet(current, current + 1));
            return true;
        }

        <K, V> void report(MessageListener<K, V> listener) {
            listener.dropped(this.count.getAndSet(-1));
        }

    }

}
