package io.redispool;

/**
 * The server refused the RESP version the client was configured to speak: HELLO 3 met
 * {@code NOPROTO}, or a server older than 6.0 that has no HELLO at all.
 *
 * <p>
 * Never retried and never worked around by falling back to RESP2: the fix is the
 * {@code protocol} setting or the server.
 */
public class RedisProtocolVersionException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    public RedisProtocolVersionException(String message, String serverMessage) {
        super(message, serverMessage);
    }

}
