package io.redispool.pubsub;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * How a {@link Subscriber} delivers, buffers and reconnects; built with
 * {@link #builder()}, validated when built.
 *
 * @param executor runs the message listener, or {@code null} for a thread of the
 * subscriber's own
 * @param queueCapacity how many messages may wait for the listener before new ones are
 * dropped
 * @param reconnectDelay the delay before the first attempt to reconnect
 * @param maxReconnectDelay the bound the delay doubles up to
 * @param heartbeatInterval how often a PING checks the connection; when one has had no
 * answer by the next, the connection is taken for dead and replaced; zero sends none
 * @param listener hears connections, losses, messages and drops, for metrics
 */
public record SubscriberOptions(Executor executor, int queueCapacity, Duration reconnectDelay,
        Duration maxReconnectDelay, Duration heartbeatInterval, SubscriberListener listener) {

    /** Every option at its default. */
    public static final SubscriberOptions DEFAULTS = builder().build();

    public SubscriberOptions {
        Objects.requireNonNull(listener, "'listener' must not be null; use SubscriberListener.NOOP");
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("'queue-capacity' must be at least 1 but was " + queueCapacity);
        }
        requirePositive("reconnect-delay", reconnectDelay);
        requirePositive("max-reconnect-delay", maxReconnectDelay);
        if (maxReconnectDelay.compareTo(reconnectDelay) < 0) {
            throw new IllegalStateException("'max-reconnect-delay' (" + maxReconnectDelay
                    + ") must not be shorter than 'reconnect-delay' (" + reconnectDelay + ")");
        }
        Objects.requireNonNull(heartbeatInterval, "'heartbeat-interval' must not be null");
        if (heartbeatInterval.isNegative()) {
            throw new IllegalArgumentException(
                    "'heartbeat-interval' must not be negative (zero sends none) but was " + heartbeatInterval);
        }
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, "'" + name + "' must not be null");
        if (value.toMillis() < 1) {
            throw new IllegalArgumentException("'" + name + "' must be at least 1ms but was " + value);
        }
    }

    /**
     * Starts with every option at its default: a thread of its own, 10,000 queued
     * messages, reconnecting after 100ms doubling up to 10s, a heartbeat every 15s.
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SubscriberOptions}. */
    public static final class Builder {

        private Executor executor;

        private int queueCapacity = 10_000;

        private Duration reconnectDelay = Duration.ofMillis(100);

        private Duration maxReconnectDelay = Duration.ofSeconds(10);

        private Duration heartbeatInterval = Duration.ofSeconds(15);

        private SubscriberListener listener = SubscriberListener.NOOP;

        private Builder() {
        }

        /**
         * Runs the message listener on an executor instead of a thread of the
         * subscriber's own; calls stay one at a time and in order.
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /**
         * How many messages may wait for a slow listener; further messages are dropped
         * and counted until it catches up.
         * @param queueCapacity at least 1
         * @return this builder
         */
        public Builder queueCapacity(int queueCapacity) {
            this.queueCapacity = queueCapacity;
            return this;
        }

        /**
         * The delay before the first attempt to reconnect and its bound; each failed
         * attempt doubles it, with jitter.
         * @param first the first delay
         * @param max the longest delay
         * @return this builder
         */
        public Builder reconnectDelay(Duration first, Duration max) {
            this.reconnectDelay = first;
            this.maxReconnectDelay = max;
            return this;
        }

        /**
         * How often a PING checks the connection, so that a peer gone without closing it
         * is noticed within this interval plus the socket timeout.
         * @param heartbeatInterval the interval; zero sends none
         * @return this builder
         */
        public Builder heartbeatInterval(Duration heartbeatInterval) {
            this.heartbeatInterval = heartbeatInterval;
            return this;
        }

        /**
         * Hears the subscriber's events, for metrics.
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(SubscriberListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * Validates and builds the options.
         * @return the options
         * @throws IllegalArgumentException naming the first bad option
         */
        public SubscriberOptions build() {
            return new SubscriberOptions(this.executor, this.queueCapacity, this.reconnectDelay, this.maxReconnectDelay,
                    this.heartbeatInterval, this.listener);
        }

    }

}
