package io.redispool.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisClient;
import io.redispool.connection.TlsOptions;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslManagerBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Binding of {@code redis.pool.ssl.*}: TLS on or off, hostname verification, and the SSL
 * context taken from a Spring Boot SSL bundle.
 */
class RedisPoolSslTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RedisPoolAutoConfiguration.class));

    @Test
    void tlsIsOffByDefault() {
        this.runner.run((context) -> assertThat(tls(context.getBean(RedisClient.class))).isNull());
    }

    @Test
    void sslEnabledTurnsTlsOnWithHostnameVerification() {
        this.runner.withPropertyValues("redis.pool.ssl.enabled=true").run((context) -> {
            TlsOptions tls = tls(context.getBean(RedisClient.class));
            assertThat(tls).isNotNull();
            assertThat(tls.verifyHostname()).isTrue();
        });
    }

    @Test
    void hostnameVerificationCanBeTurnedOff() {
        this.runner.withPropertyValues("redis.pool.ssl.enabled=true", "redis.pool.ssl.verify-hostname=false")
            .run((context) -> assertThat(tls(context.getBean(RedisClient.class)).verifyHostname()).isFalse());
    }

    @Test
    void redissUrlTurnsTlsOn() {
        this.runner.withPropertyValues("redis.pool.url=rediss://cache.example.com:6380")
            .run((context) -> assertThat(tls(context.getBean(RedisClient.class))).isNotNull());
    }

    @Test
    void sslEnabledFalseDoesNotTurnOffTheTlsOfARedissUrl() {
        this.runner.withPropertyValues("redis.pool.url=rediss://cache.example.com:6380", "redis.pool.ssl.enabled=false")
            .run((context) -> assertThat(tls(context.getBean(RedisClient.class))).isNotNull());
    }

    @Test
    void namedBundleSuppliesTheSslContextAndTurnsTlsOn() throws Exception {
        SSLContext expected = SSLContext.getInstance("TLS");
        expected.init(null, null, null);
        this.runner
            .withBean(DefaultSslBundleRegistry.class, () -> new DefaultSslBundleRegistry("redis", bundle(expected)))
            .withPropertyValues("redis.pool.ssl.bundle=redis")
            .run((context) -> assertThat(tls(context.getBean(RedisClient.class)).context()).isSameAs(expected));
    }

    @Test
    void bundleCanBeNamedWithTlsExplicitlyOff() throws Exception {
        SSLContext unused = SSLContext.getInstance("TLS");
        unused.init(null, null, null);
        this.runner
            .withBean(DefaultSslBundleRegistry.class, () -> new DefaultSslBundleRegistry("redis", bundle(unused)))
            .withPropertyValues("redis.pool.ssl.bundle=redis", "redis.pool.ssl.enabled=false")
            .run((context) -> assertThat(tls(context.getBean(RedisClient.class))).isNull());
    }

    @Test
    void bundleWithoutAnySslBundlesFailsNamingTheProperty() {
        this.runner.withPropertyValues("redis.pool.ssl.bundle=missing").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("'ssl.bundle' must name one of the SSL bundles under spring.ssl.bundle "
                        + "(none is defined) but was 'missing'");
        });
    }

    private static TlsOptions tls(RedisClient client) {
        return client.config().connection().tls();
    }

    private static SslBundle bundle(SSLContext context) {
        SslBundle system = SslBundle.systemDefault();
        return new SslBundle() {
            @Override
            public SslStoreBundle getStores() {
                return system.getStores();
            }

            @Override
            public SslBundleKey getKey() {
                return system.getKey();
            }

            @Override
            public SslOptions getOptions() {
                return system.getOptions();
            }

            @Override
            public String getProtocol() {
                return system.getProtocol();
            }

            @Override
            public SslManagerBundle getManagers() {
                return system.getManagers();
            }

            @Override
            public SSLContext createSslContext() {
                return context;
            }
        };
    }

}
