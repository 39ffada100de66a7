package io.redispool;

import io.redispool.connection.Endpoint;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A parsed Redis URL: {@code redis://[[username]:password@]host[:port][/database]} or
 * {@code unix:///path/to/socket[?db=N]}.
 *
 * <p>Its {@link #toString()} and every error it raises mask the credentials, so a URL can be
 * logged safely.
 *
 * @param endpoint the server's address
 * @param username the ACL user, or {@code null}
 * @param password the password, or {@code null}
 * @param database the database index, 0 when the URL names none
 */
public record RedisUrl(Endpoint endpoint, String username, String password, int database) {

    private static final int DEFAULT_PORT = 6379;

    private static final String FORMS = "redis://[[username]:password@]host[:port][/database] or unix:///path[?db=N]";

    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");

    /**
     * Parses a URL.
     * @param url the URL
     * @return its parts
     * @throws IllegalArgumentException naming 'url' and what is wrong, with credentials masked
     */
    public static RedisUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        }
        catch (URISyntaxException ex) {
            throw invalid(url, ex.getReason());
        }
        String scheme = (uri.getScheme() != null) ? uri.getScheme() : "";
        switch (scheme) {
            case "redis":
                return parseTcp(url, uri);
            case "unix":
                return parseUnix(url, uri);
            case "rediss":
                throw invalid(url, "rediss:// (TLS) is not supported yet; use redis:// or unix://");
            default:
                throw invalid(url, "the scheme must be redis or unix");
        }
    }

    private static RedisUrl parseTcp(String url, URI uri) {
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalid(url, "it names no host");
        }
        int port = (uri.getPort() != -1) ? uri.getPort() : DEFAULT_PORT;
        if (port < 1 || port > 65535) {
            throw invalid(url, "the port must be between 1 and 65535");
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String path = (uri.getPath() != null) ? uri.getPath() : "";
        int database = path.isEmpty() || path.equals("/") ? 0 : parseDatabase(url, path.substring(1));
        String username = null;
        String password = null;
        String userInfo = uri.getUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            username = (colon < 0) ? null : emptyToNull(userInfo.substring(0, colon));
            password = (colon < 0) ? userInfo : userInfo.substring(colon + 1);
        }
        return new RedisUrl(new Endpoint.Tcp(host, port), username, password, database);
    }

    private static RedisUrl parseUnix(String url, URI uri) {
        String path = uri.getPath();
        if (path == null || path.isEmpty()) {
            throw invalid(url, "it names no socket path");
        }
        int database = 0;
        String query = uri.getQuery();
        if (query != null) {
            if (!query.startsWith("db=")) {
                throw invalid(url, "the only query parameter is db");
            }
            database = parseDatabase(url, query.substring(3));
        }
        return new RedisUrl(new Endpoint.UnixSocket(Path.of(path)), null, null, database);
    }

    private static int parseDatabase(String url, String text) {
        try {
            int database = Integer.parseInt(text);
            if (database >= 0) {
                return database;
            }
        }
        catch (NumberFormatException ex) {
            // Reported below with the URL.
        }
        throw invalid(url, "the database must be a number of 0 or more but was '" + text + "'");
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static IllegalArgumentException invalid(String url, String reason) {
        return new IllegalArgumentException("'url' must look like " + FORMS + " but was '" + mask(url) + "': " + reason);
    }

    /**
     * Masks the credentials of a URL.
     * @param url a URL that may hold credentials
     * @return the URL with its user info replaced by {@code ****}
     */
    public static String mask(String url) {
        return (url != null) ? USER_INFO.matcher(url).replaceFirst("//****@") : null;
    }

    @Override
    public String toString() {
        return "RedisUrl[endpoint=" + this.endpoint + ", username=" + this.username + ", password="
                + ((this.password != null) ? "****" : null) + ", database=" + this.database + "]";
    }
}
