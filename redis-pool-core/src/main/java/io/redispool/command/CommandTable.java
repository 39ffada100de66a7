package io.redispool.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every command of the Redis version the client was built against, read from the
 * {@code commands.tsv} resource that {@code scripts/generate-command-table} writes from a
 * real server's {@code COMMAND INFO} and {@code COMMAND DOCS}.
 *
 * <p>
 * Loaded once, on first use; immutable and thread-safe afterwards.
 */
public final class CommandTable {

    private static final String RESOURCE = "commands.tsv";

    private static final CommandTable INSTANCE = load();

    private final Map<String, CommandSpec> byName;

    /** Commands with subcommands: CLIENT, CONFIG, OBJECT... */
    private final Set<String> containers;

    /** Containers some of whose subcommands are refused on a pooled connection. */
    private final Set<String> guardedContainers;

    private CommandTable(Map<String, CommandSpec> byName) {
        this.byName = Collections.unmodifiableMap(byName);
        Set<String> containers = new HashSet<>();
        Set<String> guarded = new HashSet<>();
        for (CommandSpec spec : byName.values()) {
            int bar = spec.name().indexOf('|');
            if (bar > 0) {
                String container = spec.name().substring(0, bar);
                containers.add(container);
                if (!spec.connectionUse().isAllowedOnPool()) {
                    guarded.add(container);
                }
            }
        }
        this.containers = Set.copyOf(containers);
        this.guardedContainers = Set.copyOf(guarded);
    }

    /**
     * The table.
     * @return the table for the Redis version this client was built against
     */
    public static CommandTable get() {
        return INSTANCE;
    }

    /**
     * A command by name, as the typed builders look theirs up once.
     * @param name the name in any case; a subcommand as {@code container|sub} or
     * {@code CONTAINER SUB}
     * @return the command's spec
     * @throws IllegalArgumentException if the table does not list it
     */
    public CommandSpec spec(String name) {
        CommandSpec spec = this.byName.get(name.toLowerCase(Locale.ROOT).replace(' ', '|'));
        if (spec == null) {
            throw new IllegalArgumentException("The command table has no command '" + name + "'");
        }
        return spec;
    }

    /**
     * The spec of a command given as it is sent, for commands built by hand; a command
     * the table does not list gets an assumed spec that is never retried.
     * @param arguments the command's name and its arguments
     * @return the spec
     */
    public CommandSpec resolve(byte[][] arguments) {
        String name = lowerCase(arguments[0]);
        CommandSpec spec = this.byName.get(name);
        if (arguments.length > 1 && this.containers.contains(name)) {
            String subcommand = name + "|" + lowerCase(arguments[1]);
            CommandSpec sub = this.byName.get(subcommand);
            if (sub != null) {
                return sub;
            }
            if (this.guardedContainers.contains(name)) {
                return CommandSpec.unknown(subcommand, ConnectionUse.CONNECTION_STATE);
            }
        }
        return (spec != null) ? spec : CommandSpec.unknown(name, ConnectionUse.POOLED);
    }

    /**
     * Every command and subcommand in the table.
     * @return the specs
     */
    public Collection<CommandSpec> specs() {
        return this.byName.values();
    }

    private static String lowerCase(byte[] word) {
        return new String(word, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }

    private static CommandTable load() {
        try (InputStream in = CommandTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The command table resource " + RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, CommandSpec> byName = new HashMap<>(512);
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    CommandSpec spec = parse(line);
                    byName.put(spec.name(), spec);
                }
            }
            return new CommandTable(byName);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read the command table resource " + RESOURCE, ex);
        }
    }

    static CommandSpec parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 11) {
            throw new IllegalStateException("Malformed command table line (" + fields.length + " fields): " + line);
        }
        String name = fields[0];
        Set<String> flags = words(fields[4]);
        Set<String> acl = words(fields[5]);
        // fields[7], the legacy first,last,step key positions, stays in the table for
        // people:
        // the key specs say all they say and more.
        return new CommandSpec(name, optional(fields[1]), optional(fields[2]), Integer.parseInt(fields[3]), flags, acl,
                words(fields[6]), keySpecs(fields[8]), fields[9].equals("-") ? null : BlockingTimeout.parse(fields[9]),
                words(fields[10]), ConnectionUseRules.of(name, flags, acl));
    }

    private static List<KeySpec> keySpecs(String field) {
        if (field.equals("-")) {
            return List.of();
        }
        List<KeySpec> specs = new ArrayList<>();
        for (String each : field.split(";")) {
            String[] parts = each.split("/");
            specs.add(new KeySpec(words(parts[0]), beginSearch(parts[1]), findKeys(parts[2])));
        }
        return List.copyOf(specs);
    }

    private static KeySpec.BeginSearch beginSearch(String text) {
        String[] values = values(text);
        if (text.startsWith("index:")) {
            return new KeySpec.AtIndex(Integer.parseInt(values[0]));
        }
        if (text.startsWith("keyword:")) {
            return new KeySpec.AfterKeyword(values[0], Integer.parseInt(values[1]));
        }
        return new KeySpec.UnknownSearch();
    }

    private static KeySpec.FindKeys findKeys(String text) {
        String[] values = values(text);
        if (text.startsWith("range:")) {
            return new KeySpec.Range(Integer.parseInt(values[0]), Integer.parseInt(values[1]),
                    Integer.parseInt(values[2]));
        }
        if (text.startsWith("keynum:")) {
            return new KeySpec.KeyNum(Integer.parseInt(values[0]), Integer.parseInt(values[1]),
                    Integer.parseInt(values[2]));
        }
        return new KeySpec.UnknownSearch();
    }

    private static String[] values(String text) {
        int colon = text.indexOf(':');
        return (colon < 0) ? new String[0] : text.substring(colon + 1).split(",");
    }

    private static Set<String> words(String field) {
        return field.equals("-") ? Set.of() : Set.copyOf(Arrays.asList(field.split(",")));
    }

    private static String optional(String field) {
        return field.equals("-") ? null : field;
    }

}
