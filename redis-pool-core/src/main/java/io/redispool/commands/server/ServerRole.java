package io.redispool.commands.server;

import java.util.List;

/**
 * What ROLE says the server is in replication: a master with its replicas, a replica of a
 * master, or a Sentinel watching masters.
 */
public sealed interface ServerRole permits ServerRole.Master, ServerRole.Replica, ServerRole.Sentinel {

    /**
     * A master.
     *
     * @param replicationOffset its replication offset
     * @param replicas its connected replicas
     */
    record Master(long replicationOffset, List<ConnectedReplica> replicas) implements ServerRole {
    }

    /**
     * A replica connected to a master, as its master lists it.
     *
     * @param host the replica's address
     * @param port the replica's port
     * @param offset the replication offset it acknowledged
     */
    record ConnectedReplica(String host, int port, long offset) {
    }

    /**
     * A replica.
     *
     * @param masterHost its master's address
     * @param masterPort its master's port
     * @param state {@code connect}, {@code connecting}, {@code sync} or {@code connected}
     * @param offset the data received from the master, or -1 while not connected
     */
    record Replica(String masterHost, int masterPort, String state, long offset) implements ServerRole {
    }

    /**
     * A Sentinel.
     *
     * @param masters the names of the masters it monitors
     */
    record Sentinel(List<String> masters) implements ServerRole {
    }

}
