package io.redispool;

/**
 * The pool had {@code max-connections} connections in use and none came free in time.
 *
 * <p>Its message starts with "Too many connections", as redis-py's does, and carries the pool's
 * state at the moment of refusal. Never retried: retrying would only add load to a saturated
 * pool.
 */
public class TooManyConnectionsException extends RedisException {

    private static final long serialVersionUID = 1L;

    public TooManyConnectionsException(String message) {
        super(message);
    }
}
