package io.redispool.commands.server;

import io.redispool.command.Keyword;

/**
 * The kinds of client connection CLIENT LIST and CLIENT KILL filter by.
 */
public enum ClientType {

    /** Ordinary clients. */
    NORMAL(Keyword.NORMAL),

    /** The connection of a replica to its master, on the replica. */
    MASTER(Keyword.MASTER),

    /** The connections of replicas, on their master. */
    REPLICA(Keyword.REPLICA),

    /** Clients subscribed to channels or patterns. */
    PUBSUB(Keyword.PUBSUB);

    private final Keyword keyword;

    ClientType(Keyword keyword) {
        this.keyword = keyword;
    }

    Keyword keyword() {
        return this.keyword;
    }

}
