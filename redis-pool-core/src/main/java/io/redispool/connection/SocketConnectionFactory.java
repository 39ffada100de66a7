package io.redispool.connection;

import io.redispool.RedisConnectionException;
import io.redispool.RedisTimeoutException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Opens connections over TCP or a unix domain socket and sets each one up.
 *
 * <p>
 * Every failure here happens before any user command was sent, so it is reported as one
 * that certainly never reached the server, which lets the executor retry it safely.
 * Whatever fails, the half-open connection is closed before the exception leaves.
 */
public final class SocketConnectionFactory implements ConnectionFactory {

    private static final System.Logger logger = System.getLogger(SocketConnectionFactory.class.getName());

    private final ConnectionConfig config;

    private final ConnectionHandshake handshake;

    public SocketConnectionFactory(ConnectionConfig config) {
        this.config = config;
        this.handshake = new ConnectionHandshake(config);
        if (config.tls() != null && !config.tls().verifyHostname()) {
            logger.log(Level.WARNING, "TLS hostname verification is off for {0}: any server with a trusted "
                    + "certificate can impersonate it", config.endpoint());
        }
    }

    @Override
    public Connection connect() {
        Connection connection = new Connection(openTransport(), this.config.endpoint(), this.config.socketTimeout(),
                this.config.limits());
        try {
            this.handshake.perform(connection);
            return connection;
        }
        catch (RedisConnectionException | RedisTimeoutException ex) {
            connection.disconnect();
            throw new RedisConnectionException(
                    "Connection setup failed on " + this.config.endpoint() + ": " + ex.getMessage(), ex, false);
        }
        catch (RuntimeException | Error ex) {
            connection.disconnect();
            throw ex;
        }
    }

    private Transport openTransport() {
        Endpoint endpoint = this.config.endpoint();
        try {
            return TransportConnector.connect(this.config);
        }
        catch (UnknownHostException ex) {
            throw new RedisConnectionException("Unknown host '" + ((Endpoint.Tcp) endpoint).host() + "'; check 'host'",
                    ex, false);
        }
        catch (SocketTimeoutException ex) {
            throw new RedisConnectionException("Timed out after " + this.config.connectTimeout().toMillis()
                    + "ms (connect-timeout) connecting to " + endpoint, ex, false);
        }
        catch (SSLException ex) {
            throw new RedisConnectionException("TLS handshake with " + endpoint + " failed: " + ex.getMessage(), ex,
                    false);
        }
        catch (IOException ex) {
            throw new RedisConnectionException("Could not connect to " + endpoint + ": " + ex.getMessage(), ex, false);
        }
    }

    @Override
    public String toString() {
        return "SocketConnectionFactory[" + this.config + "]";
    }

}
