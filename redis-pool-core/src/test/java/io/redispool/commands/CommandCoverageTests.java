package io.redispool.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.redispool.RedisCommands;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How much of the server's command surface the typed API names, counted from the compiled
 * {@link RedisCommands} interface against the command table (the server's
 * {@code COMMAND DOCS}): every command of the data groups and of the server and
 * connection groups is either a method, or listed in {@code not-typed.tsv} with the
 * reason, and the docs list the same.
 */
class CommandCoverageTests {

    /** The groups an application's data lives in. */
    private static final Set<String> DATA_GROUPS = Set.of("string", "hash", "list", "set", "sorted-set", "stream",
            "geo", "hyperloglog", "bitmap", "generic", "scripting");

    private static final Set<String> SERVER_GROUPS = Set.of("server", "connection");

    @Test
    void everyCommandOfTheCountedGroupsIsTypedOrListedWithAReason() throws IOException {
        Map<String, String> notTyped = notTyped();
        Set<String> unexplained = new TreeSet<>();
        Set<String> listedButTyped = new TreeSet<>();
        for (CommandSpec spec : counted(DATA_GROUPS, SERVER_GROUPS)) {
            boolean typed = isTyped(spec);
            if (!typed && !notTyped.containsKey(spec.name())) {
                unexplained.add(spec.name());
            }
            if (typed && notTyped.containsKey(spec.name())) {
                listedButTyped.add(spec.name());
            }
        }
        assertThat(unexplained).as("commands neither typed nor listed in not-typed.tsv").isEmpty();
        assertThat(listedButTyped).as("commands listed in not-typed.tsv that are typed after all").isEmpty();
    }

    @Test
    void atLeastNinetyFivePercentOfTheDataGroupsAreTyped() {
        List<CommandSpec> data = counted(DATA_GROUPS);
        long typed = data.stream().filter(CommandCoverageTests::isTyped).count();
        assertThat(100.0 * typed / data.size()).as("%d of %d data commands typed", typed, data.size())
            .isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void commandsPageListsEveryCommandThatIsNotTyped() throws IOException {
        String page = Files.readString(Path.of("../docs/commands.md"));
        String section = page.substring(page.indexOf("## Not typed"));
        for (Map.Entry<String, String> entry : notTyped().entrySet()) {
            assertThat(section).as(entry.getKey())
                .contains("`" + entry.getKey().replace('|', ' ').toUpperCase(Locale.ROOT) + "`");
        }
    }

    private static List<CommandSpec> counted(Set<String> groups) {
        return counted(groups, Set.of());
    }

    @SafeVarargs
    private static List<CommandSpec> counted(Set<String>... groups) {
        Set<String> all = java.util.Arrays.stream(groups).flatMap(Set::stream).collect(Collectors.toSet());
        Set<String> containers = CommandTable.get()
            .specs()
            .stream()
            .map(CommandSpec::name)
            .filter((name) -> name.contains("|"))
            .map((name) -> name.substring(0, name.indexOf('|')))
            .collect(Collectors.toSet());
        return CommandTable.get()
            .specs()
            .stream()
            .filter((spec) -> all.contains(spec.group()) && !containers.contains(spec.name()))
            .sorted(java.util.Comparator.comparing(CommandSpec::name))
            .collect(Collectors.toList());
    }

    /**
     * A command is typed when {@code RedisCommands} has a method of its name (container
     * and subcommand joined, without '|', '_' or '-'), or that name followed by a variant
     * suffix.
     */
    static boolean isTyped(CommandSpec spec) {
        String wanted = spec.name().replaceAll("[|_-]", "");
        for (Method method : RedisCommands.class.getMethods()) {
            String name = method.getName();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals(wanted) || (lower.startsWith(wanted) && name.length() > wanted.length()
                    && Character.isUpperCase(name.charAt(wanted.length())))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> notTyped() throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        try (InputStream in = CommandCoverageTests.class.getResourceAsStream("not-typed.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    reasons.put(fields[0], fields[1]);
                }
            }
        }
        return reasons;
    }

}
