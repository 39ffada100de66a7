package io.redispool.spring.autoconfigure;

/**
 * A redis-server started for the application's lifetime, for development only.
 */
public class RedisPoolDevServerProperties {

    /**
     * Whether to start a local redis-server for the application's lifetime when nothing
     * answers at the configured address; needs redis-pool-launcher on the class path.
     */
    private boolean enabled = false;

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

}
