package io.redispool;

/**
 * The server answered with an error reply, such as
 * {@code WRONGTYPE Operation against a key
 * holding the wrong kind of value}.
 *
 * <p>
 * The reply was read in full, so the connection stays healthy and goes back to the pool.
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
     * Creates the exception that fits the server's error text, typed by its first word so
     * that callers catch what they handle: NOAUTH and WRONGPASS, WRONGTYPE, NOSCRIPT,
     * BUSY, READONLY, LOADING, NOPERM, OOM, EXECABORT, TRYAGAIN, CLUSTERDOWN, MOVED and
     * ASK each have a type; any other error is a plain {@code RedisServerException} whose
     * {@link #errorCode()} says it.
     * @param serverMessage the error reply without its leading {@code -}
     * @return the typed exception
     */
    public static RedisServerException of(String serverMessage) {
        return switch (errorCodeOf(serverMessage)) {
            case "NOAUTH", "WRONGPASS" -> new RedisAuthenticationException(serverMessage, serverMessage);
            case "WRONGTYPE" -> new RedisWrongTypeException(serverMessage);
            case "NOSCRIPT" -> new RedisNoScriptException(serverMessage);
            case "BUSY" -> new RedisBusyException(serverMessage);
            case "READONLY" -> new RedisReadOnlyException(serverMessage);
            case "LOADING" -> new RedisLoadingException(serverMessage);
            case "NOPERM" -> new RedisNoPermissionException(serverMessage);
            case "OOM" -> new RedisOutOfMemoryException(serverMessage);
            case "EXECABORT" -> new RedisExecAbortException(serverMessage);
            case "TRYAGAIN" -> new RedisTryAgainException(serverMessage);
            case "CLUSTERDOWN" -> new RedisClusterDownException(serverMessage);
            case "MOVED", "ASK" -> redirection(serverMessage);
            default -> new RedisServerException(serverMessage);
        };
    }

    private static RedisServerException redirection(String serverMessage) {
        try {
            return new RedisRedirectionException(serverMessage);
        }
        catch (IllegalArgumentException ex) {
            // Malformed: still the server's own words, untyped.
            return new RedisServerException(serverMessage);
        }
    }

    /**
     * The error's first word, by Redis convention its code: {@code ERR},
     * {@code WRONGTYPE}, {@code MOVED}, {@code NOSCRIPT}...
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
