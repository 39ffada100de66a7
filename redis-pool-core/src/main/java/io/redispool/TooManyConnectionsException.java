package io.redispool;

/**
 * The pool had {@code max-connections} connections in use and none came free in time.
 *
 * <p>
 * Its message starts with "Too many connections", as redis-py's does, and carries the
 * pool's state at the moment of refusal. A {@link RedisConnectionException}, as
 * redis-py's {@code MaxConnectionsError} is a {@code ConnectionError}: a caller that
 * handles "could not get a connection" handles this too, and can catch this type to tell
 * saturation from an outage. Nothing was sent. Never retried: retrying would only add
 * load to a saturated pool.
 */
public class TooManyConnectionsException extends RedisConnectionException {

    private static final long serialVersionUID = 1L;

    public TooManyConnectionsException(String message) {
        super(message, null, false);
    }

}
