package io.redispool.connection;

import io.redispool.InvalidSettingException;
import io.redispool.protocol.RespLimits;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything needed to open and set up one connection.
 *
 * <p>
 * Built and validated by {@code RedisClientConfig}; the password never appears in
 * {@link #toString()}.
 *
 * @param endpoint where the server listens
 * @param connectTimeout how long one connect attempt may take; zero waits forever
 * @param socketTimeout how long a read may wait for the server; zero waits forever
 * @param tcpNoDelay whether TCP_NODELAY is set (TCP only)
 * @param keepAlive SO_KEEPALIVE and its timings (TCP only)
 * @param username the ACL user for AUTH, or {@code null} for the default user
 * @param password the password for AUTH, or {@code null} to skip AUTH
 * @param database the database to SELECT when not 0
 * @param clientName the name to set with CLIENT SETNAME, or {@code null}
 * @param charset how String arguments are encoded
 * @param limits bounds on what a reply may claim
 * @param tls how to speak TLS, or {@code null} for plain TCP
 * @param protocol the RESP version, 2 or 3; 3 sends HELLO 3 in the handshake
 */
public record ConnectionConfig(Endpoint endpoint, Duration connectTimeout, Duration socketTimeout, boolean tcpNoDelay,
        KeepAlive keepAlive, String username, String password, int database, String clientName, Charset charset,
        RespLimits limits, TlsOptions tls, int protocol) {

    /** The protocol a connection speaks unless told otherwise. */
    public static final int DEFAULT_PROTOCOL = 2;

    public ConnectionConfig {
        Objects.requireNonNull(endpoint, "'endpoint' must not be null");
        Objects.requireNonNull(keepAlive, "'keepalive' must not be null");
        Objects.requireNonNull(charset, "'charset' must not be null");
        Objects.requireNonNull(limits, "'limits' must not be null");
        requireNotNegative("connect-timeout", connectTimeout);
        requireNotNegative("socket-timeout", socketTimeout);
        if (tls != null && !(endpoint instanceof Endpoint.Tcp)) {
            throw InvalidSettingException.conflict("ssl", null,
                    "needs a TCP endpoint; a unix socket ('unix-socket') does not speak TLS", "unix-socket");
        }
        if (database < 0) {
            throw InvalidSettingException.invalid("database", database, "must be at least 0");
        }
        if (clientName != null && (clientName.isEmpty() || clientName.chars().anyMatch((c) -> c <= ' '))) {
            throw InvalidSettingException.invalid("client-name", clientName,
                    "must be non-empty without spaces or control characters");
        }
        if (protocol != 2 && protocol != 3) {
            throw InvalidSettingException.invalid("protocol", protocol, "must be 2 (RESP2) or 3 (RESP3)");
        }
    }

    /**
     * The same settings without a protocol choice: RESP2.
     */
    public ConnectionConfig(Endpoint endpoint, Duration connectTimeout, Duration socketTimeout, boolean tcpNoDelay,
            KeepAlive keepAlive, String username, String password, int database, String clientName, Charset charset,
            RespLimits limits, TlsOptions tls) {
        this(endpoint, connectTimeout, socketTimeout, tcpNoDelay, keepAlive, username, password, database, clientName,
                charset, limits, tls, DEFAULT_PROTOCOL);
    }

    private static void requireNotNegative(String property, Duration value) {
        if (value == null) {
            throw InvalidSettingException.invalid(property, null, "must not be null");
        }
        if (value.isNegative()) {
            throw InvalidSettingException.invalid(property, value, "must not be negative");
        }
    }

    @Override
    public String toString() {
        return "ConnectionConfig[endpoint=" + this.endpoint + ", connectTimeout=" + this.connectTimeout
                + ", socketTimeout=" + this.socketTimeout + ", tcpNoDelay=" + this.tcpNoDelay + ", keepAlive="
                + this.keepAlive + ", username=" + this.username + ", password="
                + ((this.password != null) ? "****" : null) + ", database=" + this.database + ", clientName="
                + this.clientName + ", charset=" + this.charset + ", limits=" + this.limits + ", tls=" + this.tls
                + ", protocol=" + this.protocol + "]";
    }
}
