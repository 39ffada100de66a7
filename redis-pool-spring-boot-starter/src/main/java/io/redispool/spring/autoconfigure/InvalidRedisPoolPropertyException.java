package io.redispool.spring.autoconfigure;

import io.redispool.RedisUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * A {@code redis.pool.*} property has a bad value, or two of them contradict each other.
 *
 * <p>
 * Why it exists: the core validates its configuration and names the property in its own
 * terms ({@code 'max-connections'}); this exception adds what a Spring Boot user needs to
 * fix it, the full property name, the value as written and where it was written, so that
 * {@link InvalidRedisPoolPropertyFailureAnalyzer} can report all three. Credentials are
 * masked.
 */
public final class InvalidRedisPoolPropertyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String PREFIX = "redis.pool.";

    /**
     * The names the core uses in its messages, each a property under {@code redis.pool}.
     */
    static final Set<String> PROPERTY_NAMES = Set.of("url", "host", "port", "unix-socket", "database", "username",
            "password", "client-name", "connect-timeout", "socket-timeout", "tcp-no-delay", "socket-keepalive",
            "keepalive.idle", "keepalive.interval", "keepalive.count", "max-connections", "max-wait", "min-idle",
            "idle-timeout", "max-lifetime", "health-check-interval", "leak-detection-threshold", "shutdown-timeout",
            "retry-attempts", "retry-on-timeout", "ssl.bundle", "limits.max-bulk-length", "limits.max-array-length",
            "limits.max-nesting-depth", "limits.max-line-length", "cache.time-to-live", "cache.key-prefix",
            "cache.use-key-prefix", "cache.cache-names", "cache.lock-timeout", "protocol");

    private static final Pattern QUOTED = Pattern.compile("'([a-z][a-z.-]*)'");

    private final transient List<InvalidProperty> properties;

    private final boolean contradiction;

    InvalidRedisPoolPropertyException(String message, List<InvalidProperty> properties, boolean contradiction,
            RuntimeException cause) {
        super(message, cause);
        this.properties = List.copyOf(properties);
        this.contradiction = contradiction;
    }

    /**
     * Translates the core's validation error into one that names full properties, or
     * returns {@code null} if the error names no {@code redis.pool} property.
     * @param ex the core's {@link IllegalArgumentException} or
     * {@link IllegalStateException}
     * @param environment where the values and their origins are looked up
     * @return the exception, or {@code null}
     */
    static InvalidRedisPoolPropertyException from(RuntimeException ex, Environment environment) {
        return from(ex, environment, "");
    }

    /**
     * Translates a validation error whose names are relative to a group of properties,
     * such as {@code 'time-to-live'} for {@code redis.pool.cache.time-to-live}, or
     * returns {@code null} if it names none of them.
     * @param ex the {@link IllegalArgumentException} or {@link IllegalStateException}
     * @param environment where the values and their origins are looked up
     * @param group the group's path under {@code redis.pool} with a trailing dot, such as
     * {@code cache.}, or the empty string
     * @return the exception, or {@code null}
     */
    public static InvalidRedisPoolPropertyException from(RuntimeException ex, Environment environment, String group) {
        String message = String.valueOf(ex.getMessage());
        List<InvalidProperty> properties = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(message);
        StringBuilder qualified = new StringBuilder();
        while (matcher.find()) {
            String name = group + matcher.group(1);
            if (PROPERTY_NAMES.contains(name)) {
                if (properties.stream().noneMatch((property) -> property.name().equals(PREFIX + name))) {
                    properties.add(lookUp(PREFIX + name, environment));
                }
                matcher.appendReplacement(qualified, Matcher.quoteReplacement("'" + PREFIX + name + "'"));
            }
        }
        if (properties.isEmpty()) {
            return null;
        }
        matcher.appendTail(qualified);
        return new InvalidRedisPoolPropertyException(qualified.toString(), properties,
                ex instanceof IllegalStateException, ex);
    }

    private static InvalidProperty lookUp(String name, Environment environment) {
        if (!(environment instanceof ConfigurableEnvironment)) {
            return new InvalidProperty(name, null, null);
        }
        ConfigurationPropertyName key = ConfigurationPropertyName.of(name);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            ConfigurationProperty property = source.getConfigurationProperty(key);
            if (property != null) {
                Object origin = property.getOrigin();
                return new InvalidProperty(name, mask(name, String.valueOf(property.getValue())),
                        (origin != null) ? origin.toString() : null);
            }
        }
        return new InvalidProperty(name, null, null);
    }

    static String mask(String name, String value) {
        if (name.equals(PREFIX + "password")) {
            return "******";
        }
        return name.equals(PREFIX + "url") ? RedisUrl.mask(value) : value;
    }

    /**
     * The properties the error is about, the first one its subject.
     * @return the properties, at least one
     */
    public List<InvalidProperty> getProperties() {
        return this.properties;
    }

    /**
     * Whether the properties contradict each other rather than one having a bad value.
     * @return {@code true} for a bad combination
     */
    public boolean isContradiction() {
        return this.contradiction;
    }

    /**
     * A property named by the error, as the environment holds it.
     *
     * @param name the full property name, such as {@code redis.pool.max-connections}
     * @param value the value as written, masked for credentials, or {@code null} when no
     * property source sets it (a default or a customizer supplied the value)
     * @param origin where the value was written, or {@code null} if unknown
     */
    public record InvalidProperty(String name, String value, String origin) {
    }

}
