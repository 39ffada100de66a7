package io.redispool;

/**
 * Which servers serve read-only commands: on a Redis Cluster ({@code cluster.read-from})
 * and behind Sentinel ({@code sentinel.read-from}).
 *
 * <p>
 * A command is read-only when the server's command table flags it so; everything else,
 * and everything in a transaction, a pipeline or on a held connection, goes to the
 * master.
 */
public enum ReadFrom {

    /** Every command goes to the master: reads see every write. */
    MASTER,

    /**
     * Read-only commands go to a healthy replica of the master, in turn, and to the
     * master when there is none; reads may then miss the latest writes by the replication
     * lag. On a cluster the replica's connections send {@code READONLY}; behind Sentinel
     * the replicas are those {@code SENTINEL REPLICAS} lists as up.
     */
    REPLICA_PREFERRED

}
