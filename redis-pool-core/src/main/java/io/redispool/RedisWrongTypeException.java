package io.redispool;

/**
 * An operation ran against a key holding another kind of value (WRONGTYPE).
 *
 * <p>
 * The reply was read in full, so the connection stays healthy.
 */
public class RedisWrongTypeException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    public RedisWrongTypeException(String serverMessage) {
        super(serverMessage);
    }

}
