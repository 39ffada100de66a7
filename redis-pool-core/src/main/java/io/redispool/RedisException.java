package io.redispool;

/**
 * The root of every exception redis-pool throws.
 *
 * <p>
 * Unchecked, so that callers handle the failures they can act on and let the rest
 * propagate. Each subtype says what went wrong and whether the connection involved can
 * still be trusted.
 */
public class RedisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RedisException(String message) {
        super(message);
    }

    public RedisException(String message, Throwable cause) {
        super(message, cause);
    }

}
