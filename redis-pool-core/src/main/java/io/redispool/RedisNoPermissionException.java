package io.redispool;

/**
 * The connection's ACL user may not run this command or touch this key (NOPERM).
 *
 * <p>
 * The reply was read in full, so the connection stays healthy.
 */
public class RedisNoPermissionException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    public RedisNoPermissionException(String serverMessage) {
        super(serverMessage);
    }

}
