package io.redispool.multiplex;

import io.redispool.InvalidSettingException;

/**
 * Whether commands share a few connections, written together and answered in order,
 * instead of each borrowing a pooled connection.
 *
 * @param connections how many shared connections carry the commands; zero turns the mode
 * off
 */
public record MultiplexConfig(int connections) {

    /** Off: every command borrows a pooled connection. */
    public static final MultiplexConfig OFF = new MultiplexConfig(0);

    /** The most shared connections; past a few, batches only get smaller. */
    public static final int MAX_CONNECTIONS = 64;

    public MultiplexConfig {
        if (connections < 0 || connections > MAX_CONNECTIONS) {
            throw InvalidSettingException.invalid("multiplexed-connections", connections,
                    "must be between 0 (off) and " + MAX_CONNECTIONS);
        }
    }

    /**
     * Whether the mode is on.
     * @return {@code true} when at least one shared connection is configured
     */
    public boolean isEnabled() {
        return this.connections > 0;
    }

}
