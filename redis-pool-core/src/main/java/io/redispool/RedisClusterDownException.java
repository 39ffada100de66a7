package io.redispool;

/**
 * The cluster cannot serve the command now (CLUSTERDOWN), for example while it fails
 * over.
 *
 * <p>
 * The reply was read in full, so the connection stays healthy.
 */
public class RedisClusterDownException extends RedisServerException {

    private static final long serialVersionUID = 1L;

    public RedisClusterDownException(String serverMessage) {
        super(serverMessage);
    }

}
