package io.redispool;

/**
 * The server refused a write because it is over its maxmemory and cannot evict (OOM).
 *
 * <p>
 * The reply was read in full, so the connection stays healthy.
 */
public class RedisOutOfMemoryException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    public RedisOutOfMemoryException(String serverMessage) {
        super(serverMessage);
    }

}
