package io.redispool.launcher;

/**
 * A redis-server process could not be started or did not become ready.
 *
 * <p>
 * The message carries what is needed to see why without rerunning: the command line, the
 * exit code, and the last lines the server wrote, with passwords masked.
 */
public final class RedisLaunchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     * @param message what failed and why
     */
    public RedisLaunchException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     * @param message what failed and why
     * @param cause the underlying failure
     */
    public RedisLaunchException(String message, Throwable cause) {
        super(message, cause);
    }

}
