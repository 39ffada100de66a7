package io.redispool.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One redis.conf directive given on the redis-server command line, such as
 * {@code --requirepass s3cret}, able to show itself with its secrets masked.
 *
 * @param name the directive's name, lower case, without leading dashes
 * @param values its arguments, each passed to redis-server as one command line argument
 */
record Setting(String name, List<String> values) {

    static final String MASK = "****";

    private static final Set<String> SECRET_DIRECTIVES = Set.of("requirepass", "masterauth");

    // RedisServer sets these itself; letting a setting change them would break host(),
    // port(),
    // the log it reads when a start fails, or its hold on the process.
    private static final Set<String> MANAGED_DIRECTIVES = Set.of("port", "bind", "dir", "daemonize", "unixsocket",
            "logfile");

    Setting {
        Objects.requireNonNull(name, "'name' must not be null");
        values = List.copyOf(values);
    }

    /**
     * Checks and normalises a directive given by a user.
     * @param name the directive's name, with or without leading {@code --}
     * @param values its arguments
     * @return the setting
     * @throws IllegalArgumentException if the name is blank, managed by
     * {@link RedisServer}, or a value would be read by redis-server as a directive of its
     * own
     */
    static Setting of(String name, List<String> values) {
        Objects.requireNonNull(name, "'name' must not be null");
        String normalized = name.strip().replaceFirst("^--", "").toLowerCase(Locale.ROOT);
        if (normalized.isEmpty() || normalized.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'name' must be a redis.conf directive but was '" + name + "'");
        }
        if (MANAGED_DIRECTIVES.contains(normalized)) {
            throw new IllegalArgumentException("'" + normalized + "' is set by RedisServer itself and cannot be"
                    + " a setting (managed: " + MANAGED_DIRECTIVES + ")");
        }
        Setting setting = new Setting(normalized, values);
        for (int i = 0; i < values.size(); i++) {
            String value = Objects.requireNonNull(values.get(i),
                    () -> "values of '" + normalized + "' must not be null");
            if (value.startsWith("--")) {
                throw new IllegalArgumentException("Value of '" + normalized + "' must not start with '--', which"
                        + " redis-server reads as the next directive, but was '" + setting.masked().get(i) + "'");
            }
        }
        return setting;
    }

    /**
     * Returns the command line arguments: {@code --name} and then the values.
     * @return the arguments
     */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add("--" + this.name);
        arguments.addAll(this.values);
        return arguments;
    }

    /**
     * Returns the command line arguments with every secret value replaced by
     * {@value #MASK}.
     * @return the arguments, safe to show
     */
    List<String> maskedArguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add("--" + this.name);
        arguments.addAll(masked());
        return arguments;
    }

    /**
     * Returns the values that must never be shown: passwords, and the password rules of
     * an ACL {@code user} directive.
     * @return the secret values
     */
    List<String> secrets() {
        return this.values.stream().filter(this::isSecret).filter((value) -> !value.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return String.join(" ", maskedArguments()).substring(2);
    }

    private List<String> masked() {
        return this.values.stream().map((value) -> isSecret(value) ? MASK : value).toList();
    }

    private boolean isSecret(String value) {
        if (SECRET_DIRECTIVES.contains(this.name)) {
            return true;
        }
        // ACL rules: ">pass" and "<pass" add and remove a password, "#hash" and "!hash"
        // its hash.
        return this.name.equals("user") && !value.isEmpty() && "<>#!".indexOf(value.charAt(0)) >= 0;
    }
}
