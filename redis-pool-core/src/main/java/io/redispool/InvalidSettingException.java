package io.redispool;

import java.util.List;
import java.util.Objects;

/**
 * A setting of the client's configuration has a bad value, or contradicts another.
 *
 * <p>
 * Why it exists: a framework that binds settings from its own sources (Spring Boot's
 * {@code redis.pool.*}) must say which of its properties is wrong and where it was
 * written. It gets the setting's name as data from {@link #setting()} and
 * {@link #conflictsWith()}, never by reading the message. A setting is named as the
 * starter spells its property under {@code redis.pool}: {@code max-connections},
 * {@code keepalive.idle}.
 *
 * <p>
 * A contradiction is still an {@link IllegalArgumentException}, not an
 * {@link IllegalStateException}: both settings are the caller's input to
 * {@link RedisClientConfig.Builder#build()}, and one type is one thing to catch.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;

    private final String value;

    private final String reason;

    private final List<String> conflictsWith;

    private InvalidSettingException(String setting, Object value, String reason, List<String> conflictsWith,
            Throwable cause) {
        super(message(setting, value, reason), cause);
        this.setting = Objects.requireNonNull(setting, "setting");
        this.value = (value != null) ? String.valueOf(value) : null;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.conflictsWith = List.copyOf(conflictsWith);
    }

    /**
     * A setting whose value is bad on its own.
     * @param setting the setting, such as {@code max-connections}
     * @param value the value, already masked if it holds a secret; {@code null} to leave
     * it out of the message
     * @param reason what the value must be, such as {@code must be at least 1}
     * @return the exception
     */
    public static InvalidSettingException invalid(String setting, Object value, String reason) {
        return new InvalidSettingException(setting, value, reason, List.of(), null);
    }

    /**
     * A setting whose value is bad on its own, with the error that revealed it.
     * @param setting the setting
     * @param value the value, already masked if it holds a secret, or {@code null}
     * @param reason what the value must be
     * @param cause the underlying error
     * @return the exception
     */
    public static InvalidSettingException invalid(String setting, Object value, String reason, Throwable cause) {
        return new InvalidSettingException(setting, value, reason, List.of(), cause);
    }

    /**
     * A setting that contradicts others; the reason names them.
     * @param setting the setting to change first, such as {@code min-idle}
     * @param value its value, or {@code null}
     * @param reason how it contradicts them, such as {@code must not exceed
     * 'max-connections' (3)}
     * @param conflictsWith the other settings involved
     * @return the exception
     */
    public static InvalidSettingException conflict(String setting, Object value, String reason,
            String... conflictsWith) {
        return new InvalidSettingException(setting, value, reason, List.of(conflictsWith), null);
    }

    private static String message(String setting, Object value, String reason) {
        if (value == null) {
            return "'" + setting + "' " + reason;
        }
        // Text is quoted so that an empty or blank value shows.
        return "'" + setting + "' " + reason + " but was "
                + ((value instanceof CharSequence) ? "'" + value + "'" : value);
    }

    /**
     * The setting at fault, as the starter spells its property under {@code redis.pool}.
     * @return the setting, such as {@code max-connections}
     */
    public String setting() {
        return this.setting;
    }

    /**
     * The value given, as text; masked when it holds a secret.
     * @return the value, or {@code null} if the message leaves it out
     */
    public String value() {
        return this.value;
    }

    /**
     * What the value must be, or how it contradicts the others.
     * @return the reason, such as {@code must be at least 1}
     */
    public String reason() {
        return this.reason;
    }

    /**
     * The other settings of a contradiction.
     * @return the settings, empty when the value is bad on its own
     */
    public List<String> conflictsWith() {
        return this.conflictsWith;
    }

    /**
     * Whether this is a contradiction between settings rather than one bad value.
     * @return {@code true} when {@link #conflictsWith()} is not empty
     */
    public boolean isConflict() {
        return !this.conflictsWith.isEmpty();
    }

}
