package io.redispool;

/**
 * A cluster multi-key command found its keys split by a resharding in progress
 * (TRYAGAIN); it may succeed a moment later.
 *
 * <p>
 * The reply was read in full, so the connection stays healthy.
 */
public class RedisTryAgainException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    public RedisTryAgainException(String serverMessage) {
        super(serverMessage);
    }

}
