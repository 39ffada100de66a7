package io.redispool;

/**
 * A connection could not be opened, or failed while in use.
 *
 * <p>
 * The connection involved is closed, never reused. {@link #mayHaveReachedServer()} tells
 * the retry logic whether the command could have run on the server.
 */
public class RedisConnectionException extends RedisException {

    private static final long serialVersionUID = 1L;

    private final boolean mayHaveReachedServer;

    public RedisConnectionException(String message, Throwable cause) {
        this(message, cause, true);
    }

    public RedisConnectionException(String message, Throwable cause, boolean mayHaveReachedServer) {
        super(message, cause);
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    /**
     * Whether the command may have reached the server before the failure; {@code false}
     * only when it certainly never left (connect refused, connection setup failed).
     */
    public boolean mayHaveReachedServer() {
        return this.mayHaveReachedServer;
    }

}
