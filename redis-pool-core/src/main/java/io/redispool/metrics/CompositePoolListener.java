package io.redispool.metrics;

import java.util.List;

/**
 * Passes every event to several listeners in turn.
 *
 * <p>
 * Holds an array rather than a list so that dispatch allocates no iterator.
 */
public final class CompositePoolListener implements PoolListener {

    private final PoolListener[] listeners;

    private CompositePoolListener(List<PoolListener> listeners) {
        this.listeners = listeners.toArray(new PoolListener[0]);
    }

    /**
     * Combines listeners; none is {@link #NOOP}, one is itself, several are a composite.
     * @param listeners the listeners, called in this order
     * @return a listener that calls each of them
     */
    public static PoolListener of(List<PoolListener> listeners) {
        if (listeners.isEmpty()) {
            return NOOP;
        }
        return (listeners.size() == 1) ? listeners.get(0) : new CompositePoolListener(listeners);
    }

    @Override
    public void connectionCreated(long setupNanos) {
        for (PoolListener listener : this.listeners) {
            listener.connectionCreated(setupNanos);
        }
    }

    @Override
    public void connectionClosed(CloseReason reason) {
        for (PoolListener listener : this.listeners) {
            listener.connectionClosed(reason);
        }
    }

    @Override
    public void connectionBorrowed(long waitNanos) {
        for (PoolListener listener : this.listeners) {
            listener.connectionBorrowed(waitNanos);
        }
    }

    @Override
    public void connectionReleased(long heldNanos) {
        for (PoolListener listener : this.listeners) {
            listener.connectionReleased(heldNanos);
        }
    }

    @Override
    public void connectionRefused(long waitNanos) {
        for (PoolListener listener : this.listeners) {
            listener.connectionRefused(waitNanos);
        }
    }

    @Override
    public void commandCompleted(String command, long durationNanos, CommandOutcome outcome) {
        for (PoolListener listener : this.listeners) {
            listener.commandCompleted(command, durationNanos, outcome);
        }
    }

}
