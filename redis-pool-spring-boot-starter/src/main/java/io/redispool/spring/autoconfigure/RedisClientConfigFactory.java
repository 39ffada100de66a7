package io.redispool.spring.autoconfigure;

import io.redispool.RedisClientConfig;
import io.redispool.connection.KeepAlive;
import io.redispool.protocol.RespLimits;
import java.util.List;
import javax.net.ssl.SSLContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.util.unit.DataSize;
import org.springframework.core.env.Environment;

/**
 * Builds a {@link RedisClientConfig} from {@link RedisPoolProperties} and the
 * customizers, and turns the core's validation errors into
 * {@link InvalidRedisPoolPropertyException}s.
 */
final class RedisClientConfigFactory {

    private final RedisPoolProperties properties;

    private final List<RedisClientConfigBuilderCustomizer> customizers;

    private final Environment environment;

    private final ObjectProvider<SslBundles> sslBundles;

    RedisClientConfigFactory(RedisPoolProperties properties, List<RedisClientConfigBuilderCustomizer> customizers,
            Environment environment, ObjectProvider<SslBundles> sslBundles) {
        this.properties = properties;
        this.customizers = customizers;
        this.environment = environment;
        this.sslBundles = sslBundles;
    }

    /**
     * Builds and validates the configuration.
     * @param poolName the pool's name in messages and logs
     * @return the configuration
     * @throws InvalidRedisPoolPropertyException if a property is bad
     */
    RedisClientConfig create(String poolName) {
        RedisClientConfig.Builder builder = RedisClientConfig.builder().poolName(poolName);
        try {
            map(builder);
            this.customizers.forEach((customizer) -> customizer.customize(builder));
            return builder.build();
        }
        catch (IllegalArgumentException | IllegalStateException ex) {
            InvalidRedisPoolPropertyException invalid = InvalidRedisPoolPropertyException.from(ex, this.environment);
            throw (invalid != null) ? invalid : ex;
        }
    }

    private void map(RedisClientConfig.Builder builder) {
        RedisPoolProperties source = this.properties;
        PropertyMapper map = PropertyMapper.get();
        map.from(source::getUrl).to(builder::url);
        map.from(source::getHost).to(builder::host);
        map.from(source::getPort).to(builder::port);
        map.from(source::getUnixSocket).to(builder::unixSocket);
        map.from(source::getDatabase).to(builder::database);
        map.from(source::getUsername).to(builder::username);
        map.from(source::getPassword).to(builder::password);
        map.from(source::getClientName).to(builder::clientName);
        map.from(source::getConnectTimeout).to(builder::connectTimeout);
        map.from(source::getSocketTimeout).to(builder::socketTimeout);
        map.from(source::isTcpNoDelay).to(builder::tcpNoDelay);
        map.from(this::keepAlive).to(builder::keepAlive);
        map.from(source::getMaxConnections).to(builder::maxConnections);
        map.from(source::getMaxWait).to(builder::maxWait);
        map.from(source::getMinIdle).to(builder::minIdle);
        map.from(source::getIdleTimeout).to(builder::idleTimeout);
        map.from(source::getMaxLifetime).to(builder::maxLifetime);
        map.from(source::getHealthCheckInterval).to(builder::healthCheckInterval);
        map.from(source::getLeakDetectionThreshold).to(builder::leakDetectionThreshold);
        map.from(source::getShutdownTimeout).to(builder::shutdownTimeout);
        map.from(source::getRetryAttempts).to(builder::retryAttempts);
        map.from(source::isRetryOnTimeout).to(builder::retryOnTimeout);
        RedisPoolProperties.Ssl ssl = source.getSsl();
        map.from(ssl::isEnabled).whenTrue().to(builder::ssl);
        map.from(ssl::isVerifyHostname).to(builder::verifyHostname);
        map.from(ssl::getBundle).as(this::sslContext).to(builder::sslContext);
        map.from(this::limits).to(builder::limits);
        map.from(source::getProtocol).to(builder::protocol);
    }

    private RespLimits limits() {
        RedisPoolProperties.Limits limits = this.properties.getLimits();
        return new RespLimits(bytes("limits.max-bulk-length", limits.getMaxBulkLength()), limits.getMaxArrayLength(),
                limits.getMaxNestingDepth(), bytes("limits.max-line-length", limits.getMaxLineLength()));
    }

    private static int bytes(String property, DataSize size) {
        if (size.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "'" + property + "' must be at most " + Integer.MAX_VALUE + " bytes but was " + size.toBytes());
        }
        return (int) size.toBytes();
    }

    private SSLContext sslContext(String bundle) {
        SslBundles bundles = this.sslBundles.getIfAvailable();
        if (bundles == null) {
            throw new IllegalStateException("'ssl.bundle' names bundle '" + bundle
                    + "' but no SSL bundles are configured; define it under spring.ssl.bundle");
        }
        return bundles.getBundle(bundle).createSslContext();
    }

    private KeepAlive keepAlive() {
        RedisPoolProperties.Keepalive keepalive = this.properties.getKeepalive();
        return new KeepAlive(this.properties.isSocketKeepalive(), keepalive.getIdle(), keepalive.getInterval(),
                keepalive.getCount());
    }

}
