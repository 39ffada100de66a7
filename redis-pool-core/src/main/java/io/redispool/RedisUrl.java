package io.redispool;

import io.redispool.connection.Endpoint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A parsed Redis URL: {@code redis://[[username]:password@]host[:port][/database]},
 * {@code rediss://...} for TLS, or
 * {@code unix://[[username]:password@]/path/to/socket[?db=N]}; all also take
 * {@code ?db=N} and {@code ?protocol=2|3}.
 *
 * <p>
 * Parsed by hand rather than by {@link java.net.URI}, whose fallbacks turn a bad port
 * into "no host" and whose errors quote the input. Its {@link #toString()} and every
 * error it raises mask the credentials, so a URL can be logged safely.
 *
 * @param endpoint the server's address
 * @param username the ACL user, or {@code null}
 * @param password the password, or {@code null}
 * @param database the database index, 0 when the URL names none
 * @param tls whether the scheme is {@code rediss}
 * @param protocol the RESP version of {@code ?protocol=}, or 0 when the URL names none
 */
public record RedisUrl(Endpoint endpoint, String username, String password, int database, boolean tls, int protocol) {

    private static final int DEFAULT_PORT = 6379;

    private static final String FORMS = "redis[s]://[[username]:password@]host[:port][/database] or unix:///path[?db=N]";

    /**
     * A URL without TLS.
     * @param endpoint the server's address
     * @param username the ACL user, or {@code null}
     * @param password the password, or {@code null}
     * @param database the database index
     */
    public RedisUrl(Endpoint endpoint, String username, String password, int database) {
        this(endpoint, username, password, database, false, 0);
    }

    /**
     * A URL that names no protocol.
     * @param endpoint the server's address
     * @param username the ACL user, or {@code null}
     * @param password the password, or {@code null}
     * @param database the database index
     * @param tls whether the scheme is {@code rediss}
     */
    public RedisUrl(Endpoint endpoint, String username, String password, int database, boolean tls) {
        this(endpoint, username, password, database, tls, 0);
    }

    /**
     * Parses a URL.
     * @param url the URL
     * @return its parts
     * @throws InvalidSettingException naming 'url' and what is wrong, with credentials
     * masked
     */
    public static RedisUrl parse(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) <= ' ' || url.charAt(i) == 0x7F) {
                throw invalid(url, "Illegal character at index " + i);
            }
        }
        int colon = url.indexOf(':');
        String scheme = (colon > 0) ? url.substring(0, colon) : "";
        if (!scheme.equals("redis") && !scheme.equals("rediss") && !scheme.equals("unix")) {
            throw invalid(url, "the scheme must be redis, rediss or unix");
        }
        Parts parts = Parts.split(url, colon + 1);
        if (scheme.equals("unix")) {
            if (parts.path().isEmpty() || !parts.path().startsWith("/") || !parts.hostAndPort().isEmpty()) {
                throw invalid(url, "it names no socket path");
            }
            Query query = Query.parse(url, parts.query());
            return withCredentials(url, parts, new Endpoint.UnixSocket(Path.of(parts.path())),
                    (query.database() != null) ? query.database() : 0, false, query.protocol());
        }
        Endpoint.Tcp endpoint = tcpEndpoint(url, parts.hostAndPort());
        String path = parts.path();
        int database = (path.isEmpty() || path.equals("/")) ? 0 : parseDatabase(url, path.substring(1));
        Query query = Query.parse(url, parts.query());
        if (query.database() != null && !path.isEmpty() && !path.equals("/")) {
            throw invalid(url, "the database is given twice, as path and as ?db=");
        }
        return withCredentials(url, parts, endpoint, (query.database() != null) ? query.database() : database,
                scheme.equals("rediss"), query.protocol());
    }

    private static RedisUrl withCredentials(String url, Parts parts, Endpoint endpoint, int database, boolean tls,
            int protocol) {
        String userInfo = parts.userInfo();
        if (userInfo == null) {
            return new RedisUrl(endpoint, null, null, database, tls, protocol);
        }
        int colon = userInfo.indexOf(':');
        String username = (colon < 0) ? null : decode(url, userInfo.substring(0, colon));
        String password = decode(url, (colon < 0) ? userInfo : userInfo.substring(colon + 1));
        return new RedisUrl(endpoint, (username == null || username.isEmpty()) ? null : username, password, database,
                tls, protocol);
    }

    private static Endpoint.Tcp tcpEndpoint(String url, String hostAndPort) {
        String host = hostAndPort;
        String port = null;
        if (hostAndPort.startsWith("[")) {
            int end = hostAndPort.indexOf(']');
            if (end < 0) {
                throw invalid(url, "the IPv6 address lacks its closing ']'");
            }
            host = hostAndPort.substring(1, end);
            String rest = hostAndPort.substring(end + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw invalid(url, "expected ':' and a port after the IPv6 address");
                }
                port = rest.substring(1);
            }
        }
        else if (hostAndPort.indexOf(':') >= 0) {
            host = hostAndPort.substring(0, hostAndPort.lastIndexOf(':'));
            port = hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1);
        }
        if (host.isEmpty()) {
            throw invalid(url, "it names no host");
        }
        return new Endpoint.Tcp(host, (port != null) ? parsePort(url, port) : DEFAULT_PORT);
    }

    private static int parsePort(String url, String text) {
        int port;
        try {
            port = Integer.parseInt(text);
        }
        catch (NumberFormatException ex) {
            throw invalid(url, "the port must be a number between 1 and 65535 but was '" + text + "'");
        }
        if (port < 1 || port > 65535) {
            throw invalid(url, "the port must be between 1 and 65535");
        }
        return port;
    }

    private static int parseDatabase(String url, String text) {
        try {
            int database = Integer.parseInt(text);
            if (database >= 0 && !text.startsWith("+")) {
                return database;
            }
        }
        catch (NumberFormatException ex) {
            // Reported below with the URL.
        }
        throw invalid(url, "the database must be a number of 0 or more but was '" + text + "'");
    }

    /** Percent-decodes user info; unlike URLDecoder, a '+' stays a '+'. */
    private static String decode(String url, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int value = (i + 2 < text.length()) ? hex(text.charAt(i + 1), text.charAt(i + 2)) : -1;
            if (value < 0) {
                throw invalid(url, "the user info holds a '%' that does not start a %XX escape");
            }
            bytes.write(value);
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return (h < 0 || l < 0) ? -1 : (h << 4) | l;
    }

    private static InvalidSettingException invalid(String url, String reason) {
        return InvalidSettingException.invalid("url", mask(url), "must look like " + FORMS + ": " + reason);
    }

    /**
     * Masks the credentials of a URL, whatever characters they hold, erring on the side
     * of masking too much: everything between the scheme and the last {@code @} (a
     * password may hold {@code @}, {@code ?}, {@code #} and {@code /}), everything from
     * the value of the first query parameter other than {@code db} and {@code protocol}
     * to the end (a value may hold {@code &} or {@code @}), and any fragment.
     * @param url a URL that may hold credentials, well-formed or not
     * @return the URL with secrets replaced by {@code ****}
     */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        boolean[] secret = new boolean[url.length()];
        int schemeEnd = url.indexOf("://");
        int authorityStart = (schemeEnd >= 0) ? schemeEnd + 3 : url.indexOf(':') + 1;
        int at = url.lastIndexOf('@');
        if (at >= authorityStart) {
            Arrays.fill(secret, authorityStart, at, true);
        }
        for (int q = url.indexOf('?', authorityStart); q >= 0; q = url.indexOf('?', q + 1)) {
            int valueStart = firstSecretValue(url, q + 1);
            if (valueStart >= 0) {
                Arrays.fill(secret, valueStart, url.length(), true);
                break;
            }
        }
        int fragment = url.indexOf('#', Math.max(at, authorityStart));
        if (fragment >= 0) {
            Arrays.fill(secret, fragment + 1, url.length(), true);
        }
        StringBuilder masked = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            if (!secret[i]) {
                masked.append(url.charAt(i));
            }
            else if (i == 0 || !secret[i - 1]) {
                masked.append("****");
            }
        }
        return masked.toString();
    }

    /**
     * Where the value of the first {@code name=value} parameter other than {@code db} and
     * {@code protocol} starts, or -1.
     */
    private static int firstSecretValue(String url, int queryStart) {
        int parameterStart = queryStart;
        while (parameterStart <= url.length()) {
            int end = url.indexOf('&', parameterStart);
            end = (end < 0) ? url.length() : end;
            int equals = url.indexOf('=', parameterStart);
            if (equals >= 0 && equals < end && !url.startsWith("db=", parameterStart)
                    && !url.startsWith("protocol=", parameterStart)) {
                return equals + 1;
            }
            parameterStart = end + 1;
        }
        return -1;
    }

    @Override
    public String toString() {
        return "RedisUrl[endpoint=" + this.endpoint + ", username=" + this.username + ", password="
                + ((this.password != null) ? "****" : null) + ", database=" + this.database + ", tls=" + this.tls
                + ", protocol=" + this.protocol + "]";
    }

    /**
     * A URL cut at its delimiters. The user info ends at the last '@' before the query,
     * so a password may hold '@', '/', '?' and '#' unescaped (though not '@' followed
     * later by '?': percent-encode such a password); the query is what follows the first
     * '?' after the first '@', so an '@' in a query value cannot pull the query into the
     * host.
     */
    private record Parts(String userInfo, String hostAndPort, String path, String query) {

        static Parts split(String url, int afterScheme) {
            if (!url.startsWith("//", afterScheme)) {
                return new Parts(null, "", "", null);
            }
            String rest = url.substring(afterScheme + 2);
            int firstAt = rest.indexOf('@');
            int questionMark = (firstAt < 0) ? -1 : rest.indexOf('?', firstAt);
            int at = (questionMark < 0) ? rest.lastIndexOf('@') : rest.lastIndexOf('@', questionMark);
            String userInfo = (at < 0) ? null : rest.substring(0, at);
            String afterUserInfo = rest.substring(at + 1);
            if (afterUserInfo.indexOf('#') >= 0) {
                throw invalid(url, "a URL fragment ('#') is not supported");
            }
            int queryStart = afterUserInfo.indexOf('?');
            String query = (queryStart < 0) ? null : afterUserInfo.substring(queryStart + 1);
            String authorityAndPath = (queryStart < 0) ? afterUserInfo : afterUserInfo.substring(0, queryStart);
            int slash = authorityAndPath.indexOf('/');
            String hostAndPort = (slash < 0) ? authorityAndPath : authorityAndPath.substring(0, slash);
            String path = (slash < 0) ? "" : authorityAndPath.substring(slash);
            return new Parts(userInfo, hostAndPort, path, query);
        }
    }

    /**
     * The query's parameters: only {@code db} and {@code protocol}; anything else is
     * refused by name, never echoed by value.
     */
    private record Query(Integer database, int protocol) {

        static Query parse(String url, String query) {
            if (query == null) {
                return new Query(null, 0);
            }
            Integer database = null;
            int protocol = 0;
            for (String parameter : query.split("&", -1)) {
                int equals = parameter.indexOf('=');
                String name = (equals < 0) ? parameter : parameter.substring(0, equals);
                String value = (equals < 0) ? "" : parameter.substring(equals + 1);
                if (name.equals("db")) {
                    if (database != null) {
                        throw invalid(url, "the parameter db is given twice");
                    }
                    database = parseDatabase(url, value);
                }
                else if (name.equals("protocol")) {
                    if (protocol != 0) {
                        throw invalid(url, "the parameter protocol is given twice");
                    }
                    if (!value.equals("2") && !value.equals("3")) {
                        throw invalid(url, "the protocol must be 2 or 3");
                    }
                    protocol = Integer.parseInt(value);
                }
                else {
                    throw invalid(url, "the only query parameters are db and protocol, but the URL has '" + name + "'");
                }
            }
            return new Query(database, protocol);
        }
    }

}
