package io.redispool.spring.autoconfigure;

import io.redispool.InvalidSettingException;
import io.redispool.RedisClientConfig;
import io.redispool.connection.KeepAlive;
import io.redispool.protocol.RespLimits;
import io.redispool.spring.sentinel.SentinelProperties;
import java.util.List;
import javax.net.ssl.SSLContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.ssl.SslBundle;
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

    private final RedisPoolConnectionDetails connectionDetails;

    private final List<RedisClientConfigBuilderCustomizer> customizers;

    private final Environment environment;

    private final ObjectProvider<SslBundles> sslBundles;

    RedisClientConfigFactory(RedisPoolProperties properties, RedisPoolConnectionDetails connectionDetails,
            List<RedisClientConfigBuilderCustomizer> customizers, Environment environment,
            ObjectProvider<SslBundles> sslBundles) {
        this.properties = properties;
        this.connectionDetails = connectionDetails;
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
            if (!(this.connectionDetails instanceof PropertiesRedisPoolConnectionDetails)) {
                connectTo(this.connectionDetails, builder);
            }
            this.customizers.forEach((customizer) -> customizer.customize(builder));
            return builder.build();
        }
        catch (InvalidSettingException ex) {
            throw InvalidRedisPoolPropertyException.from(ex, this.environment);
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
        map.from(source::getMultiplexedConnections).to(builder::multiplexedConnections);
        RedisPoolSslProperties ssl = source.getSsl();
        map.from(ssl::isEnabled).whenTrue().to(builder::ssl);
        map.from(ssl::isVerifyHostname).to(builder::verifyHostname);
        map.from(ssl::getBundle).as(this::sslContext).to(builder::sslContext);
        map.from(this::limits).to(builder::limits);
        SentinelProperties sentinel = source.getSentinel();
        map.from(sentinel::getMaster).whenHasText().to(builder::sentinelMaster);
        map.from(sentinel::getNodes).whenNot(List::isEmpty).to(builder::sentinelNodes);
        map.from(sentinel::getUsername).to(builder::sentinelUsername);
        map.from(sentinel::getPassword).to(builder::sentinelPassword);
        map.from(sentinel::getReadFrom).to(builder::sentinelReadFrom);
        RedisPoolClusterProperties cluster = source.getCluster();
        map.from(cluster::getNodes).whenNot(List::isEmpty).to(builder::clusterNodes);
        map.from(cluster::getMaxRedirects).to(builder::clusterMaxRedirects);
        map.from(cluster::getTopologyRefreshPeriod).to(builder::clusterTopologyRefreshPeriod);
        map.from(cluster::getReadFrom).to(builder::clusterReadFrom);
        map.from(source::getProtocol).to(builder::protocol);
    }

    /**
     * Replaces the address, credentials and TLS of the properties with those of a
     * provider such as a service connection: TLS only with the provider's bundle.
     */
    private static void connectTo(RedisPoolConnectionDetails details, RedisClientConfig.Builder builder) {
        RedisPoolConnectionDetails.Standalone standalone = details.getStandalone();
        RedisPoolConnectionDetails.Cluster cluster = details.getCluster();
        if (standalone == null && cluster == null) {
            throw new IllegalStateException(details.getClass().getName()
                    + " gives neither a standalone server nor cluster nodes; this client does not connect through"
                    + " sentinels given as connection details");
        }
        builder.url(null).unixSocket(null).username(details.getUsername()).password(details.getPassword());
        if (standalone != null) {
            // The provider's server wins over redis.pool.cluster.nodes as over host and
            // port.
            builder.clusterNodes(null).host(standalone.host()).port(standalone.port()).database(standalone.database());
        }
        else {
            builder.clusterNodes(cluster.nodes().stream().map(RedisClientConfigFactory::hostAndPort).toList());
        }
        SslBundle bundle = details.getSslBundle();
        builder.ssl(bundle != null).sslContext((bundle != null) ? bundle.createSslContext() : null);
    }

    private static String hostAndPort(RedisPoolConnectionDetails.Node node) {
        String host = node.host().contains(":") ? "[" + node.host() + "]" : node.host();
        return host + ":" + node.port();
    }

    private RespLimits limits() {
        RedisPoolLimitsProperties limits = this.properties.getLimits();
        return new RespLimits(bytes("limits.max-bulk-length", limits.getMaxBulkLength()), limits.getMaxArrayLength(),
                limits.getMaxNestingDepth(), bytes("limits.max-line-length", limits.getMaxLineLength()));
    }

    private static int bytes(String property, DataSize size) {
        if (size.toBytes() > Integer.MAX_VALUE) {
            throw InvalidSettingException.invalid(property, size.toBytes(),
                    "must be at most " + Integer.MAX_VALUE + " bytes");
        }
        return (int) size.toBytes();
    }

    private SSLContext sslContext(String bundle) {
        SslBundles bundles = this.sslBundles.getIfAvailable();
        if (bundles == null) {
            throw InvalidSettingException.invalid("ssl.bundle", bundle,
                    "must name one of the SSL bundles under spring.ssl.bundle (none is defined)");
        }
        return bundles.getBundle(bundle).createSslContext();
    }

    private KeepAlive keepAlive() {
        RedisPoolKeepaliveProperties keepalive = this.properties.getKeepalive();
        return new KeepAlive(this.properties.isSocketKeepalive(), keepalive.getIdle(), keepalive.getInterval(),
                keepalive.getCount());
    }

}
