package io.redispool.connection;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redispool.RedisClient;
import io.redispool.InvalidSettingException;
import io.redispool.RedisClientConfig;
import io.redispool.RedisConnectionException;
import io.redispool.launcher.RedisLaunchException;
import io.redispool.launcher.RedisServer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TLS against redis-server's own TLS port, with certificates made for the run: trusted
 * ones carry commands, and a wrong name, an untrusted CA or an expired certificate are
 * refused.
 */
class TlsTests {

    private static TestCertificates certificates;

    private static RedisServer server;

    private static int tlsPort;

    @BeforeAll
    static void startTlsServer() throws Exception {
        assumeTrue(TestCertificates.opensslAvailable(), "openssl is needed to make test certificates");
        certificates = TestCertificates.generate();
        try (ServerSocket socket = new ServerSocket(0)) {
            tlsPort = socket.getLocalPort();
        }
        try {
            server = RedisServer.builder()
                .setting("tls-port", Integer.toString(tlsPort))
                .setting("tls-cert-file", certificates.file("server.crt").toString())
                .setting("tls-key-file", certificates.file("server.key").toString())
                .setting("tls-ca-cert-file", certificates.file("ca.crt").toString())
                .setting("tls-auth-clients", "no")
                .start();
        }
        catch (RedisLaunchException ex) {
            assumeTrue(false,
                    "this redis-server was built without TLS: " + ex.getMessage().lines().findFirst().orElse(""));
        }
    }

    @AfterAll
    static void stopTlsServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void restoreServerCertificate() {
        if (server != null) {
            serverUses("server.crt");
            adminExecute("CONFIG", "SET", "tls-auth-clients", "no");
        }
    }

    @Test
    void trustedCertificateNamingTheHostCarriesCommands() throws Exception {
        try (RedisClient client = client(certificates.context(false), true)) {
            client.commands().set("over-tls", "yes");
            assertThat(client.commands().get("over-tls")).isEqualTo("yes");
            assertAtRest(client.pool());
        }
    }

    @Test
    void redissUrlTurnsTlsOn() throws Exception {
        RedisClientConfig config = RedisClientConfig.builder()
            .url("rediss://localhost:" + tlsPort)
            .sslContext(certificates.context(false))
            .build();
        assertThat(config.connection().tls()).isNotNull();
        try (RedisClient client = RedisClient.create(config)) {
            assertThat(client.commands().ping()).isEqualTo("PONG");
        }
    }

    @Test
    void certificateForAnotherNameIsRefused() throws Exception {
        serverUses("wrong-name.crt");
        try (RedisClient client = client(certificates.context(false), true)) {
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.commands().ping())
                .withMessageContaining("TLS handshake with 127.0.0.1:" + tlsPort + " failed")
                .withMessageContaining("127.0.0.1")
                .satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isFalse());
            assertAtRest(client.pool());
            assertThat(client.pool().stats().open()).isZero();
        }
    }

    @Test
    void hostnameVerificationTurnedOffAcceptsOtherNameAndSaysSo() throws Exception {
        serverUses("wrong-name.crt");
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger(SocketConnectionFactory.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == Level.WARNING) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try (RedisClient client = client(certificates.context(false), false)) {
            assertThat(client.commands().ping()).isEqualTo("PONG");
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).getMessage()).contains("hostname verification is off");
        }
        finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void certificateFromUntrustedAuthorityIsRefused() throws Exception {
        serverUses("untrusted.crt");
        try (RedisClient client = client(certificates.context(false), true)) {
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.commands().ping())
                .withMessageContaining("TLS handshake")
                .withMessageContaining("certification path");
        }
    }

    @Test
    void expiredCertificateIsRefused() throws Exception {
        serverUses("expired.crt");
        try (RedisClient client = client(certificates.context(false), true)) {
            assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.commands().ping())
                .withMessageContaining("TLS handshake")
                .withStackTraceContaining("CertificateExpiredException");
        }
    }

    @Test
    void clientCertificateComesFromTheSslContext() throws Exception {
        adminExecute("CONFIG", "SET", "tls-auth-clients", "yes");
        try (RedisClient withoutCertificate = client(certificates.context(false), true)) {
            assertThatExceptionOfType(RedisConnectionException.class)
                .isThrownBy(() -> withoutCertificate.commands().ping());
        }
        try (RedisClient withCertificate = client(certificates.context(true), true)) {
            assertThat(withCertificate.commands().ping()).isEqualTo("PONG");
        }
    }

    @Test
    void tlsOverUnixSocketIsRejectedWhenBuilt() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> RedisClientConfig.builder().unixSocket(Path.of("/tmp/redis.sock")).ssl(true).build())
            .withMessageContaining("'ssl' needs a TCP endpoint")
            .satisfies((ex) -> assertThat(ex.conflictsWith()).containsExactly("unix-socket"));
    }

    private static RedisClient client(SSLContext context, boolean verifyHostname) {
        return RedisClient.create(RedisClientConfig.builder()
            .host("127.0.0.1")
            .port(tlsPort)
            .ssl(true)
            .sslContext(context)
            .verifyHostname(verifyHostname)
            .retryAttempts(0)
            .build());
    }

    private static void serverUses(String certificate) {
        adminExecute("CONFIG", "SET", "tls-cert-file", certificates.file(certificate).toString());
    }

    private static void adminExecute(String... command) {
        try (RedisClient admin = RedisClient.create(server.url())) {
            admin.execute(command);
        }
    }

}
