package io.redispool.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --name value} pairs from a command line, read with defaults.
 */
public final class CommandLineOptions {

    private final Map<String, String> values = new HashMap<>();

    private CommandLineOptions() {
    }

    /**
     * Reads arguments as {@code --name value} pairs.
     * @param arguments the command line
     * @return the options
     * @throws IllegalArgumentException if an argument is not a pair
     */
    public static CommandLineOptions parse(String... arguments) {
        CommandLineOptions options = new CommandLineOptions();
        for (int i = 0; i < arguments.length; i += 2) {
            if (!arguments[i].startsWith("--") || i + 1 == arguments.length) {
                throw new IllegalArgumentException(
                        "Expected '--name value' pairs but got " + Arrays.toString(arguments));
            }
            options.values.put(arguments[i].substring(2), arguments[i + 1]);
        }
        return options;
    }

    /**
     * A text option.
     * @param name the option's name, without dashes
     * @param fallback its value when absent
     * @return the value
     */
    public String text(String name, String fallback) {
        return this.values.getOrDefault(name, fallback);
    }

    /**
     * A whole number.
     * @param name the option's name, without dashes
     * @param fallback its value when absent
     * @return the value
     */
    public int number(String name, int fallback) {
        String value = this.values.get(name);
        return (value != null) ? Integer.parseInt(value) : fallback;
    }

    /**
     * A comma-separated list; {@code none} or an empty value is an empty list.
     * @param name the option's name, without dashes
     * @param fallback its value when absent
     * @return the items
     */
    public List<String> list(String name, String fallback) {
        String value = text(name, fallback).strip();
        if (value.isEmpty() || value.equals("none")) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    /**
     * A comma-separated list of whole numbers.
     * @param name the option's name, without dashes
     * @param fallback its value when absent
     * @return the numbers
     */
    public List<Integer> numbers(String name, String fallback) {
        return list(name, fallback).stream().map(Integer::valueOf).toList();
    }

    /**
     * A duration such as {@code 500ms} or {@code 2s}.
     * @param name the option's name, without dashes
     * @param fallback its value when absent
     * @return the duration
     */
    public Duration duration(String name, String fallback) {
        String value = text(name, fallback).strip();
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
        }
        throw new IllegalArgumentException("'" + name + "' must be a duration such as 500ms or 2s but was " + value);
    }

}
