package io.redispool;

/**
 * A key or value could not be turned into bytes, or bytes read from the server could not
 * be turned into a key or value, such as bytes that are not valid UTF-8 read as a String.
 *
 * <p>
 * Raised rather than replacing what does not fit with U+FFFD or '?', which would corrupt
 * the data silently when written back. The reply was read in full, so the connection
 * stays healthy.
 */
public class RedisCodecException extends RedisException {

    private static final long serialVersionUID = 1L;

    public RedisCodecException(String message, Throwable cause) {
        super(message, cause);
    }

}
