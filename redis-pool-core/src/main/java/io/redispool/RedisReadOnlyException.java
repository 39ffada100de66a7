package io.redispool;

/**
 * A write reached a read-only replica (READONLY), as happens for a while after a
 * failover.
 *
 * <p>
 * The reply was read in full, so the connection stays healthy.
 */
public class RedisReadOnlyException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    public RedisReadOnlyException(String serverMessage) {
        super(serverMessage);
    }

}
