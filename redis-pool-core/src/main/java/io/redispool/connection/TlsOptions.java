package io.redispool.connection;

import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * How a connection speaks TLS: the context that holds trust (and any client certificate),
 * and whether the server's certificate must match the host name.
 *
 * @param context the SSL context; its trust managers decide which servers are trusted and
 * its key managers supply a client certificate when the server asks for one
 * @param verifyHostname whether the certificate must name the host connected to; turning
 * it off lets any holder of a trusted certificate impersonate the server
 */
public record TlsOptions(SSLContext context, boolean verifyHostname) {

    public TlsOptions {
        Objects.requireNonNull(context, "'ssl' needs an SSL context");
    }

    @Override
    public String toString() {
        return "TlsOptions[protocol=" + this.context.getProtocol() + ", verifyHostname=" + this.verifyHostname + "]";
    }
}
