package io.redispool;

/**
 * The server answered with an error reply, such as {@code WRONGTYPE Operation against a key
 * holding the wrong kind of value}.
 *
 * <p>The reply was read in full, so the connection stays healthy and goes back to the pool.
 */
public class RedisServerException extends RedisException {

    private static final long serialVersionUID = 1L;

    private final String errorCode;

    public RedisServerException(String serverMessage) {
        this(serverMessage, serverMessage);
    }

    public RedisServerException(String message, String serverMessage) {
        super(message);
        this.errorCode = errorCodeOf(serverMessage);
    }

    /**
     * Creates the exception that fits the server's error text: authentication failures
     * ({@code NOAUTH}, {@code WRONGPASS}) get their own type.
     * @param serverMessage the error reply without its leading {@code -}
     * @return the typed exception
     */
    public static RedisServerException of(String serverMessage) {
        String code = errorCodeOf(serverMessage);
        if (code.equals("NOAUTH") || code.equals("WRONGPASS")) {
            return new RedisAuthenticationException(serverMessage, serverMessage);
        }
        return new RedisServerException(serverMessage);
    }

    /**
     * The error's first word, by Redis convention its code: {@code ERR}, {@code WRONGTYPE},
     * {@code MOVED}, {@code NOSCRIPT}...
     * @return the error code
     */
    public String errorCode() {
        return this.errorCode;
    }

    private static String errorCodeOf(String serverMessage) {
        int space = serverMessage.indexOf(' ');
        return (space < 0) ? serverMessage : serverMessage.substring(0, space);
    }
}
