package io.redispool;

/**
 * EVALSHA named a script the server does not have (NOSCRIPT); run it with EVAL, which
 * caches it.
 *
 * <p>
 * The reply was read in full, so the connection stays healthy.
 */
public class RedisNoScriptException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    public RedisNoScriptException(String serverMessage) {
        super(serverMessage);
    }

}
