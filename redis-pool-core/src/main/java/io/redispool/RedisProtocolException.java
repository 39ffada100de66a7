package io.redispool;

/**
 * The server's reply broke the RESP protocol or one of the client's reply limits.
 *
 * <p>
 * The stream can no longer be framed, so the connection is closed.
 */
public class RedisProtocolException extends RedisException {

    private static final long serialVersionUID = 1L;

    public RedisProtocolException(String message) {
        super(message);
    }

}
