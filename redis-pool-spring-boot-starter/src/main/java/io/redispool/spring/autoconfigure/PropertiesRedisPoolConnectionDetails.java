package io.redispool.spring.autoconfigure;

import io.redispool.RedisUrl;
import io.redispool.connection.Endpoint;

/**
 * The connection details the {@code redis.pool.*} properties give, used when no other
 * provider defines them.
 *
 * <p>
 * The client is built from the properties themselves, not through this view, so that a
 * bad value is reported as the property that holds it; this view serves other code that
 * asks where the application connects. A unix socket has no {@link Standalone} form.
 */
public final class PropertiesRedisPoolConnectionDetails implements RedisPoolConnectionDetails {

    private final RedisPoolProperties properties;

    /**
     * Creates the details of some properties.
     * @param properties the properties
     */
    public PropertiesRedisPoolConnectionDetails(RedisPoolProperties properties) {
        this.properties = properties;
    }

    RedisPoolProperties getProperties() {
        return this.properties;
    }

    @Override
    public String getUsername() {
        return (this.properties.getUrl() != null) ? url().username() : this.properties.getUsername();
    }

    @Override
    public String getPassword() {
        return (this.properties.getUrl() != null) ? url().password() : this.properties.getPassword();
    }

    @Override
    public Standalone getStandalone() {
        if (this.properties.getUrl() != null) {
            RedisUrl url = url();
            return (url.endpoint() instanceof Endpoint.Tcp tcp) ? new Standalone(tcp.host(), tcp.port(), url.database())
                    : null;
        }
        if (this.properties.getUnixSocket() != null) {
            return null;
        }
        return new Standalone(this.properties.getHost(), this.properties.getPort(), this.properties.getDatabase());
    }

    private RedisUrl url() {
        return RedisUrl.parse(this.properties.getUrl());
    }

}
