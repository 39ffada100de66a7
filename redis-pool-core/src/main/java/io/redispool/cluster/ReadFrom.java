package io.redispool.cluster;

/**
 * Which nodes of a cluster serve read-only commands.
 */
public enum ReadFrom {

    /** Every command goes to the master of its slot: reads see every write. */
    MASTER,

    /**
     * Read-only commands go to a replica of their slot's master when it has one (its
     * connections send {@code READONLY}), in turn; reads may then miss the latest writes
     * by the replication lag.
     */
    REPLICA_PREFERRED

}
