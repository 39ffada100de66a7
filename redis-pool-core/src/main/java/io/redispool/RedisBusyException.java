package io.redispool;

/**
 * The server is busy running a script or function (BUSY); it answers again when that ends
 * or is killed with SCRIPT KILL or FUNCTION KILL.
 *
 * <p>
 * The reply was read in full, so the connection stays healthy.
 */
public class RedisBusyException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    public RedisBusyException(String serverMessage) {
        super(serverMessage);
    }

}
