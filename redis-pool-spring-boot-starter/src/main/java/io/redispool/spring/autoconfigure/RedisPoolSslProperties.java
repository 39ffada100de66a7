package io.redispool.spring.autoconfigure;

/**
 * TLS to the server.
 */
public class RedisPoolSslProperties {

    /**
     * Whether to speak TLS; on when 'bundle' is set or the url starts with rediss://.
     */
    private Boolean enabled;

    /**
     * Name of the SSL bundle (spring.ssl.bundle.*) holding the trust store and any client
     * certificate; the JVM's default trust when not set.
     */
    private String bundle;

    /**
     * Whether the server's certificate must name the host connected to.
     */
    private boolean verifyHostname = true;

    public Boolean getEnabled() {
        return this.enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Whether TLS is on: explicitly, or because a bundle is named.
     * @return {@code true} if the client should speak TLS
     */
    public boolean isEnabled() {
        return (this.enabled != null) ? this.enabled : this.bundle != null;
    }

    public String getBundle() {
        return this.bundle;
    }

    public void setBundle(String bundle) {
        this.bundle = bundle;
    }

    public boolean isVerifyHostname() {
        return this.verifyHostname;
    }

    public void setVerifyHostname(boolean verifyHostname) {
        this.verifyHostname = verifyHostname;
    }

}
