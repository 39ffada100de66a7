package io.redispool;

/**
 * The server refused the credentials ({@code WRONGPASS}) or demands some
 * ({@code NOAUTH}).
 *
 * <p>
 * Never retried: the same credentials would fail the same way.
 */
public class RedisAuthenticationException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    public RedisAuthenticationException(String message, String serverMessage) {
        super(message, serverMessage);
    }

}
