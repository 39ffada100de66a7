package io.redispool;

/**
 * The server is still loading its dataset into memory (LOADING); it answers once loaded.
 *
 * <p>
 * The reply was read in full, so the connection stays healthy.
 */
public class RedisLoadingException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    public RedisLoadingException(String serverMessage) {
        super(serverMessage);
    }

}
