package io.redispool.pubsub;

import io.redispool.RedisException;
import java.lang.System.Logger.Level;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The listener's one view of the gaps of a subscriber that may hold several connections
 * (one per cluster node that serves its shard channels).
 *
 * <p>
 * Why one view: a listener is told {@code disconnected} when something it subscribed to
 * stops being held, and {@code resubscribed} when everything is held again; two
 * connections failing together must not tell it {@code resubscribed} while one of them is
 * still down. So a gap opens at the first loss on any connection and closes only when
 * every connection holds every name it should. The transitions are taken under a lock, so
 * the two events reach the delivery queue in the order they happened.
 *
 * @param <K> the channel type
 * @param <V> the message type
 */
final class Gaps<K, V> {

    private static final System.Logger logger = System.getLogger(Gaps.class.getName());

    private final ReentrantLock lock = new ReentrantLock();

    private final String name;

    private final Delivery<K, V> delivery;

    private final BooleanSupplier everythingHeld;

    private boolean open;

    private long openedAtNanos;

    /**
     * Creates the view.
     * @param name the subscriber's name, for the log
     * @param delivery where the listener's events are queued
     * @param everythingHeld whether every connection holds every name it should; called
     * under this view's lock, so it must not wait for it
     */
    Gaps(String name, Delivery<K, V> delivery, BooleanSupplier everythingHeld) {
        this.name = name;
        this.delivery = delivery;
        this.everythingHeld = everythingHeld;
    }

    /**
     * Opens a gap unless one is open: the listener hears {@code disconnected(cause)}.
     * @param cause why a subscription is no longer held
     */
    void open(RedisException cause) {
        this.lock.lock();
        try {
            if (!this.open) {
                this.open = true;
                this.openedAtNanos = System.nanoTime();
                this.delivery.event((listener) -> listener.disconnected(cause));
            }
        }
        finally {
            this.lock.unlock();
        }
    }

    /**
     * Closes the open gap if everything is held again: the listener hears
     * {@code resubscribed()}. Called whenever a connection has had every name it holds
     * confirmed, and whenever names moved between connections.
     */
    void closeIfHeld() {
        this.lock.lock();
        try {
            if (this.open && this.everythingHeld.getAsBoolean()) {
                this.open = false;
                logger.log(Level.INFO, "{0} subscribed again after a gap of {1}ms", this.name,
                        (System.nanoTime() - this.openedAtNanos) / 1_000_000);
                this.delivery.event(MessageListener::resubscribed);
            }
        }
        finally {
            this.lock.unlock();
        }
    }

}
