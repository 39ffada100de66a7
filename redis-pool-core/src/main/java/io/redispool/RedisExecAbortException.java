package io.redispool;

/**
 * EXEC was refused because a command queued in the transaction was invalid (EXECABORT);
 * nothing ran.
 *
 * <p>
 * The reply was read in full, so the connection stays healthy.
 */
public class RedisExecAbortException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    public RedisExecAbortException(String serverMessage) {
        super(serverMessage);
    }

}
