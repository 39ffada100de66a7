package io.redispool.sentinel;

import io.redispool.ReadFrom;
import io.redispool.connection.Endpoint;
import io.redispool.pool.PoolMonitor;
import java.util.Map;
import java.util.Optional;

/**
 * What a client configured for Sentinel shows outside: which master it follows, where
 * that master is now, how many failovers it has followed, and the replicas it reads from.
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
     * Which servers serve read-only commands.
     * @return the {@code sentinel.read-from} setting
     */
    ReadFrom readFrom();

    /**
     * The pools of the replicas reads go to now: those the sentinels last listed as
     * healthy, including one benched for a moment after its connection failed.
     * @return each replica's pool by {@code host:port}; empty with
     * {@link ReadFrom#MASTER} and before the sentinels were first asked
     */
    Map<String, PoolMonitor> replicaPools();

    /**
     * Adds a listener for moves to a new master and replicas joining and leaving the
     * reads.
     * @param listener the listener
     */
    void addListener(SentinelListener listener);

    /**
     * Removes a listener added earlier.
     * @param listener the listener
     */
    void removeListener(SentinelListener listener);

}
