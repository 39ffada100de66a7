package io.redispool.execution;

import java.util.List;

/**
 * Sends a pipeline's queued commands and completes each {@link Response}: on one pooled
 * connection ({@link PooledBatchSender}), or split over the nodes of a cluster.
 */
@FunctionalInterface
public interface BatchSender {

    /**
     * Sends the commands and reads their replies into their responses.
     * @param batch the responses to complete, in the order the caller queued them
     * @throws io.redispool.RedisException if a connection failed; responses without a
     * reply say so
     */
    void send(List<Response<?>> batch);

}
