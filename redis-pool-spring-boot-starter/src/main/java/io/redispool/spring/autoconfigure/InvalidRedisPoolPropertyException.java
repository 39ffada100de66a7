package io.redispool.spring.autoconfigure;

import io.redispool.InvalidSettingException;
import io.redispool.RedisUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * Why it exists: the core reports a bad setting as an {@link InvalidSettingException}
 * that names the setting as data ({@code max-connections}); this exception adds what a
 * Spring Boot user needs to fix it, the full property name, the value as written and
 * where it was written, looked up in the environment's configuration property sources, so
 * that {@link InvalidRedisPoolPropertyFailureAnalyzer} can report all three. Credentials
 * are masked.
 */
public final class InvalidRedisPoolPropertyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String PREFIX = "redis.pool.";

    /** Settings of the core whose property is not spelled as the setting. */
    private static final Map<String, String> PROPERTY_OF_SETTING = Map.of("ssl", "ssl.enabled");

    private final transient List<InvalidProperty> properties;

    private final boolean contradiction;

    InvalidRedisPoolPropertyException(String message, List<InvalidProperty> properties, boolean contradiction,
            RuntimeException cause) {
        super(message, cause);
        this.properties = List.copyOf(properties);
        this.contradiction = contradiction;
    }

    /**
     * Translates the core's error into one that names full properties.
     * @param ex the core's error
     * @param environment where the values and their origins are looked up
     * @return the exception
     */
    static InvalidRedisPoolPropertyException from(InvalidSettingException ex, Environment environment) {
        return from(ex, environment, "");
    }

    /**
     * Translates an error whose settings are relative to a group of properties, such as
     * {@code time-to-live} for {@code redis.pool.cache.time-to-live}.
     * @param ex the error
     * @param environment where the values and their origins are looked up
     * @param group the group's path under {@code redis.pool} with a trailing dot, such as
     * {@code cache.}, or the empty string
     * @return the exception
     */
    public static InvalidRedisPoolPropertyException from(InvalidSettingException ex, Environment environment,
            String group) {
        List<String> settings = new ArrayList<>();
        settings.add(ex.setting());
        settings.addAll(ex.conflictsWith());
        List<InvalidProperty> properties = new ArrayList<>();
        String message = ex.getMessage();
        for (String setting : settings) {
            String name = PREFIX + group + PROPERTY_OF_SETTING.getOrDefault(setting, setting);
            properties.add(lookUp(name, environment));
            // Renders the names the core gave as data; nothing is read back from the
            // text.
            message = message.replace("'" + setting + "'", "'" + name + "'");
        }
        return new InvalidRedisPoolPropertyException(message, properties, ex.isConflict(), ex);
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
