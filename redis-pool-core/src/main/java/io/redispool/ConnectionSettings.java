package io.redispool;

import io.redispool.connection.ConnectionConfig;
import io.redispool.connection.Endpoint;
import io.redispool.connection.KeepAlive;
import io.redispool.connection.TlsOptions;
import io.redispool.protocol.RespLimits;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * The part of {@link RedisClientConfig.Builder} that says how each connection is opened
 * and set up: address, credentials, timeouts, socket options, TLS and RESP version.
 *
 * <p>
 * Why a part of its own: the cluster and the sentinel parts build their connections from
 * the same settings with another endpoint, and the builder stays a list of one-line
 * setters. The builder writes the fields; nothing else does.
 */
final class ConnectionSettings {

    String url;

    String host = "localhost";

    int port = 6379;

    Path unixSocket;

    String username;

    String password;

    int database;

    String clientName;

    Duration connectTimeout = Duration.ofSeconds(2);

    Duration socketTimeout = Duration.ofSeconds(2);

    boolean tcpNoDelay = true;

    KeepAlive keepAlive = KeepAlive.SYSTEM_DEFAULTS;

    Charset charset = StandardCharsets.UTF_8;

    RespLimits limits = RespLimits.DEFAULTS;

    boolean ssl;

    SSLContext sslContext;

    boolean verifyHostname = true;

    int protocol = ConnectionConfig.DEFAULT_PROTOCOL;

    /**
     * The setting that names one server's address in place of host and port, if any.
     * @return {@code url}, {@code unix-socket}, or {@code null} when neither is set
     */
    String addressSetting() {
        return (this.url != null) ? "url" : (this.unixSocket != null) ? "unix-socket" : null;
    }

    /**
     * The connection to one server: from the URL when one is set, otherwise from host and
     * port or the unix socket.
     * @return the validated connection settings
     */
    ConnectionConfig standalone() {
        if (this.url == null) {
            return to(endpoint(), this.username, this.password, this.database, this.ssl, this.protocol);
        }
        if (this.unixSocket != null) {
            throw InvalidSettingException.conflict("url", null, "and 'unix-socket' are both set; set only one of them",
                    "unix-socket");
        }
        RedisUrl parsed = RedisUrl.parse(this.url);
        return to(parsed.endpoint(), parsed.username(), parsed.password(), parsed.database(), this.ssl || parsed.tls(),
                (parsed.protocol() != 0) ? parsed.protocol() : this.protocol);
    }

    /**
     * These settings with another endpoint and credentials, as a cluster seed needs.
     * @param endpoint where to connect
     * @param user the ACL user, or {@code null}
     * @param secret the password, or {@code null}
     * @param db the database
     * @param tls whether to speak TLS
     * @param resp the RESP version
     * @return the validated connection settings
     */
    ConnectionConfig to(Endpoint endpoint, String user, String secret, int db, boolean tls, int resp) {
        if (user != null && secret == null) {
            throw InvalidSettingException.conflict("username", null,
                    "is set but 'password' is not; ACL users need both", "password");
        }
        return new ConnectionConfig(endpoint, this.connectTimeout, this.socketTimeout, this.tcpNoDelay,
                Objects.requireNonNull(this.keepAlive, "keepAlive"), user, secret, db, this.clientName,
                Objects.requireNonNull(this.charset, "charset"), Objects.requireNonNull(this.limits, "limits"),
                tls ? tlsOptions() : null, resp);
    }

    private Endpoint endpoint() {
        if (this.unixSocket != null) {
            return new Endpoint.UnixSocket(this.unixSocket);
        }
        if (this.host == null || this.host.isBlank()) {
            throw InvalidSettingException.invalid("host", this.host, "must not be empty");
        }
        if (this.port < 1 || this.port > 65535) {
            throw InvalidSettingException.invalid("port", this.port, "must be between 1 and 65535");
        }
        return new Endpoint.Tcp(this.host, this.port);
    }

    private TlsOptions tlsOptions() {
        if (this.sslContext != null) {
            return new TlsOptions(this.sslContext, this.verifyHostname);
        }
        try {
            return new TlsOptions(SSLContext.getDefault(), this.verifyHostname);
        }
        catch (NoSuchAlgorithmException ex) {
            throw InvalidSettingException.invalid("ssl", null,
                    "is on but this JVM has no default SSL context; set one with sslContext(...)", ex);
        }
    }

}
