package io.redispool.command;

import io.redispool.RedisClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads a running server's {@code COMMAND INFO} and {@code COMMAND DOCS} and renders them
 * as the lines of the command table resource, the format {@code CommandTable} parses.
 *
 * <p>
 * Shared by the generator, which writes the resource, and by the test that fails when the
 * committed resource and the server disagree: both see exactly the same rendering.
 */
final class ServerCommandTable {

    static final String HEADER = "# name\tgroup\tsince\tarity\tflags\tacl\ttips\tkeys\tkeyspecs\ttimeout\tdocflags";

    /**
     * WAIT blocks for up to its timeout but the server does not flag it {@code blocking};
     * the table records its timeout all the same, so that its wait extends the socket
     * timeout.
     */
    private static final List<String> BLOCKING_WITHOUT_FLAG = List.of("wait", "waitaof");

    private final RedisClient client;

    ServerCommandTable(RedisClient client) {
        this.client = client;
    }

    /** The server's version line, for the resource's first comment. */
    String version() {
        for (String line : this.client.commands().info("server").split("\r\n")) {
            if (line.startsWith("redis_version:")) {
                return line.substring("redis_version:".length());
            }
        }
        throw new IllegalStateException("The server's INFO names no redis_version");
    }

    /** One line per command and subcommand, sorted by name. */
    List<String> rows() {
        List<Object> infos = list(this.client.execute("COMMAND", "INFO"));
        List<String> rows = new ArrayList<>();
        for (Object info : infos) {
            addRows(list(info), rows);
        }
        rows.sort(Comparator.naturalOrder());
        return rows;
    }

    private void addRows(List<Object> info, List<String> rows) {
        String name = (String) info.get(0);
        Map<String, Object> docs = docs(name);
        rows.add(render(info, docs));
        if (info.size() > 9) {
            for (Object subcommand : list(info.get(9))) {
                addRows(list(subcommand), rows);
            }
        }
    }

    private Map<String, Object> docs(String name) {
        List<Object> reply = list(this.client.execute("COMMAND", "DOCS", name));
        return reply.isEmpty() ? Map.of() : map(reply.get(1));
    }

    private static String render(List<Object> info, Map<String, Object> docs) {
        String name = (String) info.get(0);
        StringJoiner row = new StringJoiner("\t");
        row.add(name);
        row.add(field(docs.get("group")));
        row.add(field(docs.get("since")));
        row.add(String.valueOf(info.get(1)));
        row.add(words(info.get(2)));
        row.add(words(info.get(6)));
        row.add(words(info.get(7)));
        row.add(info.get(3) + "," + info.get(4) + "," + info.get(5));
        row.add(keySpecs(list(info.get(8))));
        row.add(timeout(name, list(info.get(2)), docs));
        row.add(words(docs.get("doc_flags")));
        return row.toString();
    }

    private static String keySpecs(List<Object> specs) {
        if (specs.isEmpty()) {
            return "-";
        }
        StringJoiner joined = new StringJoiner(";");
        for (Object each : specs) {
            Map<String, Object> spec = map(each);
            Map<String, Object> begin = map(spec.get("begin_search"));
            Map<String, Object> find = map(spec.get("find_keys"));
            joined.add(words(spec.get("flags")) + "/" + search(begin) + "/" + search(find));
        }
        return joined.toString();
    }

    /** {@code type:value,value...} with the spec's values in the server's order. */
    private static String search(Map<String, Object> search) {
        String type = (String) search.get("type");
        Object spec = search.get("spec");
        List<Object> values = (spec instanceof List<?>) ? list(spec) : List.of();
        if (values.isEmpty()) {
            return type;
        }
        StringJoiner joined = new StringJoiner(",", type + ":", "");
        for (int i = 1; i < values.size(); i += 2) {
            joined.add(String.valueOf(values.get(i)));
        }
        return joined.toString();
    }

    /**
     * Where a blocking command's wait is: {@code arg:N:unit} (N from the command name,
     * negative from the end) or {@code token:WORD:unit}; a double is in seconds, an
     * integer in milliseconds, as Redis defines them.
     */
    private static String timeout(String name, List<Object> flags, Map<String, Object> docs) {
        if (!flags.contains("blocking") && !BLOCKING_WITHOUT_FLAG.contains(name)) {
            return "-";
        }
        List<Object> arguments = docs.containsKey("arguments") ? list(docs.get("arguments")) : List.of();
        for (int i = 0; i < arguments.size(); i++) {
            Map<String, Object> argument = map(arguments.get(i));
            String unit = "double".equals(argument.get("type")) ? "s" : "ms";
            if (argument.containsKey("token") && "integer".equals(argument.get("type"))
                    && argument.get("token").equals("BLOCK")) {
                return "token:BLOCK:ms";
            }
            if ("timeout".equals(argument.get("name"))) {
                if (i == arguments.size() - 1) {
                    return "arg:-1:" + unit;
                }
                if (allSingle(arguments.subList(0, i))) {
                    return "arg:" + (i + 1) + ":" + unit;
                }
            }
        }
        throw new IllegalStateException("Cannot tell where the timeout of blocking command " + name + " is");
    }

    private static boolean allSingle(List<Object> arguments) {
        for (Object each : arguments) {
            Map<String, Object> argument = map(each);
            if (argument.containsKey("token") || argument.containsKey("flags") || argument.containsKey("arguments")) {
                return false;
            }
        }
        return true;
    }

    private static String field(Object value) {
        return (value == null) ? "-" : value.toString();
    }

    private static String words(Object value) {
        if (value == null) {
            return "-";
        }
        List<Object> words = list(value);
        if (words.isEmpty()) {
            return "-";
        }
        StringJoiner joined = new StringJoiner(",");
        for (Object word : words) {
            joined.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return joined.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    /** RESP2 sends maps as flat key, value lists. */
    private static Map<String, Object> map(Object value) {
        List<Object> flat = list(value);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < flat.size(); i += 2) {
            map.put((String) flat.get(i), flat.get(i + 1));
        }
        return map;
    }

}
