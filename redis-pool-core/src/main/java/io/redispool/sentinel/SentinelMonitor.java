package io.redispool.sentinel;

import io.redispool.connection.Endpoint;
import java.util.Optional;

/**
 * What a client configured for Sentinel shows outside: which master it follows, where
 * that master is now, and how many failovers it has followed.
 */
public interface SentinelMonitor {

    /**
     * The name the sentinels monitor the master by.
     * @return the master's name
     */
    String masterName();

    /**
     * Where the pool's connections go now.
     * @return the master's address, or empty before the sentinels were first asked
     */
    Optional<Endpoint.Tcp> currentMaster();

    /**
     * How many times the pool has moved to a new master since the client started.
     * @return the count, for a counter that only grows
     */
    long failoversFollowed();

    /**
     * Adds a listener for moves to a new master.
     * @param listener the listener
     */
    void addListener(SentinelListener listener);

    /**
     * Removes a listener added earlier.
     * @param listener the listener
     */
    void removeListener(SentinelListener listener);

}
