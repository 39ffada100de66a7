package io.redispool;

/**
 * A transaction whose watched keys kept changing: EXEC was aborted on every attempt the
 * caller allowed, so none of its commands ran.
 */
public class RedisTransactionAbortedException extends RedisException {

    private static final long serialVersionUID = 1L;

    public RedisTransactionAbortedException(String message) {
        super(message);
    }

}
