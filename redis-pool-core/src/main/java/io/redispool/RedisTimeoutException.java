package io.redispool;

/**
 * The server did not answer within the socket timeout, or a connection could not be
 * opened within the connect timeout.
 *
 * <p>
 * A reply may still arrive later, so the connection is closed rather than risk handing
 * that reply to the next borrower.
 */
public class RedisTimeoutException extends RedisException {

    private static final long serialVersionUID = 1L;

    public RedisTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

}
